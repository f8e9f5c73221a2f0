/**
 * Choosing type sizes so text fits the card: the largest size of a list at which the text,
 * wrapped, stays within its lines and height; when even the smallest size is too big, that size
 * with the lines cut (the layout then clamps them with an ellipsis). Pure arithmetic on measured
 * widths; nothing is drawn here.
 */
import { widthEm, type Advances } from '../text/text-width.ts';
import { wrapLines } from '../text/wrap-text.ts';

/** A last line less full than this is a widow (a lone word, one kana): a smaller size that avoids it is better. */
const WIDOW = 0.3;

/** Measured widths run a little short of satori's (it rounds glyph positions up): keep this much in hand. */
const SLACK = 0.97;

export interface TextBox {
  /** Candidate font sizes in px, largest first. */
  sizes: readonly number[];
  /** Line height as a multiple of the font size. */
  leading: number;
  width: number;
  maxHeight: number;
  maxLines: number;
}

export interface TextFit {
  size: number;
  /** The text broken into lines at this size: the card draws these, so satori need not guess. */
  text: readonly string[];
  /** Line height in whole px (satori rounds it anyway; rounding here keeps the sums exact). */
  lineHeight: number;
  lines: number;
  height: number;
  /** The text did not fit at the smallest size and is cut to `lines`. */
  clamped: boolean;
}

export const lineHeightPx = (size: number, leading: number) => Math.round(size * leading);

export function fitText(text: string, box: TextBox, advances: Advances): TextFit {
  if (box.sizes.length === 0) throw new Error('fitText needs at least one size');
  let fallback: TextFit | undefined;
  for (const size of box.sizes) {
    const lineHeight = lineHeightPx(size, box.leading);
    const allowed = Math.min(box.maxLines, Math.floor(box.maxHeight / lineHeight));
    const max = box.width * SLACK;
    const broken = wrapLines(text, max, (s) => widthEm(s, advances) * size);
    const lines = broken.length;
    if (lines > allowed) continue;
    const fit = { size, text: broken, lineHeight, lines, height: lines * lineHeight, clamped: false };
    const lastFill = (widthEm(broken.at(-1) ?? '', advances) * size) / max;
    if (lines === 1 || lastFill >= WIDOW) return fit;
    // Fits, but leaves a widow: keep it in case no smaller size does better.
    fallback ??= fit;
  }
  if (fallback) return fallback;
  const size = box.sizes.at(-1)!;
  const lineHeight = lineHeightPx(size, box.leading);
  const lines = Math.max(1, Math.min(box.maxLines, Math.floor(box.maxHeight / lineHeight)));
  const broken = wrapLines(text, box.width * SLACK, (s) => widthEm(s, advances) * size);
  return { size, text: broken, lineHeight, lines, height: lines * lineHeight, clamped: true };
}

export interface RowItem {
  label: string;
  value: string;
}

export interface RowBox {
  /** Candidate sizes of the values, largest first; labels keep `labelSize`. */
  sizes: readonly number[];
  labelSize: number;
  /** Space between items, and the padding each item adds beside its text. */
  gap: number;
  inset: number;
  width: number;
}

/**
 * The largest value size at which a row of key figures (value over label, side by side) fits
 * the width on one line each. Labels that are wider than the row allows wrap in the layout.
 */
export function fitRow(items: readonly RowItem[], box: RowBox, fonts: { bold: Advances; regular: Advances }): number {
  for (const size of box.sizes) {
    const total = items.reduce(
      (sum, item) => sum + box.inset + Math.max(widthEm(item.value, fonts.bold) * size, widthEm(item.label, fonts.regular) * box.labelSize),
      box.gap * Math.max(0, items.length - 1),
    );
    if (total <= box.width * SLACK) return size;
  }
  return box.sizes.at(-1)!;
}
