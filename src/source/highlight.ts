/**
 * A block of the source text as a page shows it: line for line as extracted, but for labels the
 * slide sets vertically, which the extraction gives a character a line (単／独／で／の) and which are
 * set horizontally (単独での); and cut into pieces around the figures transcribed from it, so each
 * can be highlighted under its anchor. Pure: the block and its anchors in, pieces out.
 */
import type { SourceAnchor } from '../schemas/source-anchor.ts';

export type Piece = { text: string } | { text: string; anchor: SourceAnchor };

/**
 * A line of vertical text: one or two characters (a character and its punctuation), not Latin or digits (a chart's ticks 0, 5 stay apart).
 */
const VERTICAL = 2;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII, control characters included.
const CJK = /[^\x00-\x7f０-９]/;

/**
 * The block's lines, with trailing spaces dropped and runs of vertical-text lines joined. Returns
 * the text and, for each offset of the original, its offset in the result.
 */
export function joinLines(text: string): { text: string; at: number[] } {
  const lines = text.split('\n');
  const shortLine = (line: string | undefined) =>
    line !== undefined && [...line.trim()].length > 0 && [...line.trim()].length <= VERTICAL && CJK.test(line.trim());
  let out = '';
  const at: number[] = [];
  lines.forEach((line, index) => {
    const kept = line.replace(/[ \t\u3000]+$/, '');
    for (let i = 0; i < line.length; i++) at.push(out.length + Math.min(i, kept.length));
    out += kept;
    if (index === lines.length - 1) return;
    // The line break itself: dropped inside vertical text, kept otherwise.
    at.push(out.length);
    if (!(shortLine(line) && shortLine(lines[index + 1]))) out += '\n';
  });
  at.push(out.length);
  return { text: out, at };
}

export function blockPieces(text: string, anchors: readonly SourceAnchor[]): Piece[] {
  const joined = joinLines(text);
  const pieces: Piece[] = [];
  let at = 0;
  for (const anchor of [...anchors].sort((a, b) => a.start - b.start)) {
    const [start, end] = [joined.at[anchor.start]!, joined.at[anchor.end]!];
    // Two figures on the same characters would be highlighted once, under the first.
    if (start < at) continue;
    if (start > at) pieces.push({ text: joined.text.slice(at, start) });
    pieces.push({ text: joined.text.slice(start, end), anchor });
    at = end;
  }
  if (at < joined.text.length) pieces.push({ text: joined.text.slice(at) });
  return pieces;
}
