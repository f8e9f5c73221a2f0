/**
 * A block of the source text as a page shows it: the extraction's line breaks inside the block
 * joined (they are where the slide's boxes wrapped, even inside words: 「コ／ラーゲン」), and the
 * text cut into pieces around the figures transcribed from it, so each can be highlighted under
 * its anchor. Pure: the block and its anchors in, pieces out.
 */
import type { SourceAnchor } from '../schemas/source-anchor.ts';

export type Piece = { text: string } | { text: string; anchor: SourceAnchor };

/** Latin letters and digits on both sides of a break were two words: they keep a space between them. */
const LATIN = /[A-Za-z0-9]/;

/** A line that starts an item (○, ◇, ・, ①, 【, ＜, a number) or follows a full stop begins a line of its own. */
const NEW_LINE_AFTER = /[。：:]$/;
const NEW_LINE_BEFORE = /^[○◎◇◆・①-⑳【＜<※■●〇0-9０-９]/;

/**
 * The block's lines joined: a break with its surrounding spaces goes, or becomes one space between
 * two Latin words, and stays a break before a new item, after a sentence or at a blank line (where
 * one block of the extraction ends and the next begins). Returns the text and,
 * for each offset of the original, its offset in the result.
 */
export function joinLines(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; ) {
    const brk = /^[ \t\u3000]*(?:\n[ \t\u3000]*)+/.exec(text.slice(i));
    if (brk && brk[0].includes('\n')) {
      const before = out.at(-1) ?? '';
      const after = text[i + brk[0].length] ?? '';
      for (let k = 0; k < brk[0].length; k++) at.push(out.length);
      // A blank line (between blocks) always stays a break.
      const blank = brk[0].split('\n').length > 2;
      if (blank || NEW_LINE_AFTER.test(before) || NEW_LINE_BEFORE.test(text.slice(i + brk[0].length))) out += '\n';
      else if (LATIN.test(before) && LATIN.test(after)) out += ' ';
      i += brk[0].length;
      continue;
    }
    at.push(out.length);
    out += text[i];
    i++;
  }
  at.push(out.length);
  return { text: out.replace(/[ \t\u3000]+$/, ''), at };
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
