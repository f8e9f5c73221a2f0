/**
 * A block of the source text cut into pieces around the figures transcribed from it, so the page
 * can highlight each figure under its anchor. Pure: the block and its anchors in, pieces out.
 */
import type { SourceAnchor } from '../schemas/source-anchor.ts';

export type Piece = { text: string } | { text: string; anchor: SourceAnchor };

export function blockPieces(text: string, anchors: readonly SourceAnchor[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const anchor of [...anchors].sort((a, b) => a.start - b.start)) {
    // Two figures on the same characters (a text's 約４割 and the pie's 42% never overlap; a
    // repeated printing would) are highlighted once, under the first.
    if (anchor.start < at) continue;
    if (anchor.start > at) pieces.push({ text: text.slice(at, anchor.start) });
    pieces.push({ text: text.slice(anchor.start, anchor.end), anchor });
    at = anchor.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
