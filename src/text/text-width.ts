/**
 * How wide text is, from the one font every image is drawn with: the advance width of each
 * glyph, read from the font file by fontkitten (fontkit's lean successor, which Astro itself uses
 * to read fonts). Charts size their label margins with it, the share cards choose their type
 * sizes with it, the download SVGs wrap their words with it, so all of them agree with each
 * other and with what satori draws (it, too, sums the advances of each grapheme). Pure
 * arithmetic once the font is read.
 */
import { create, type Font } from 'fontkitten';
import { fontData } from './font-files.ts';

export type Weight = 'regular' | 'bold';

/** Advance width of a character in em (1 = the font size). */
export type Advances = (codePoint: number) => number;

/** Reads a TrueType font's advance widths: its `cmap` maps the character to a glyph, its `hmtx` gives the glyph's advance. */
export function advancesOf(file: Buffer): Advances {
  const font = create(file);
  if (!('glyphForCodePoint' in font)) throw new Error('expected one font, not a collection');
  return advancesIn(font);
}

function advancesIn(font: Font): Advances {
  const cache = new Map<number, number>();
  return (codePoint) => {
    let em = cache.get(codePoint);
    if (em === undefined) {
      em = font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
      cache.set(codePoint, em);
    }
    return em;
  };
}

let fonts: Record<Weight, Advances> | undefined;
/** Both weights of the site's image font, read once per build. */
export function fontAdvances(): Record<Weight, Advances> {
  if (!fonts) {
    const { regular, bold } = fontData();
    fonts = { regular: advancesOf(regular), bold: advancesOf(bold) };
  }
  return fonts;
}

/** Width of a run of text in em, summing advances (no kerning: satori measures grapheme by grapheme too). */
export function widthEm(text: string, advances: Advances): number {
  let em = 0;
  for (const ch of text) em += advances(ch.codePointAt(0)!);
  return em;
}

/** Width of `text` in px at `fontSize` in the image font. */
export function textWidth(text: string, fontSize = 10, weight: Weight = 'regular'): number {
  return widthEm(text, fontAdvances()[weight]) * fontSize;
}

/** The widest of the labels, plus padding, for a margin that fits them all. */
export function labelMargin(labels: string[], fontSize = 10, padding = 12): number {
  return Math.ceil(Math.max(0, ...labels.map((l) => textWidth(l, fontSize))) + padding);
}

/**
 * Widths here are the images' font's (Noto Sans JP); a page shows the same words in the reader's
 * font, which can set them about a tenth wider. Drawings that lay out their own text leave that
 * room: a width they reserve is grown by READER_SPREAD, a room they fill is used to READER_FILL.
 */
export const READER_SPREAD = 1.1;
export const READER_FILL = 0.9;
