/**
 * Plot estimates label widths from Latin letters; Japanese and other full-width glyphs are
 * about one em wide. These estimates size margins so labels are never clipped.
 */
const FULL_WIDTH = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Width of `text` in pixels at `fontSize`: full-width glyphs 1 em, digits and Latin about 0.6 em. */
export function textWidth(text: string, fontSize = 10): number {
  let em = 0;
  for (const ch of text) em += FULL_WIDTH.test(ch) ? 1 : /[A-Z]/.test(ch) ? 0.68 : /[ilj.,:;'|!]/.test(ch) ? 0.3 : 0.58;
  return em * fontSize;
}

/** The widest of the labels, plus padding, for a margin that fits them all. */
export function labelMargin(labels: string[], fontSize = 10, padding = 12): number {
  return Math.ceil(Math.max(0, ...labels.map((l) => textWidth(l, fontSize))) + padding);
}

/**
 * Breaks a label into lines no wider than `maxWidth` pixels. Latin text breaks at spaces;
 * Japanese, which has none, between any two characters (never before 、。）).
 */
export function wrapLabel(text: string, maxWidth: number, fontSize = 10): string[] {
  const lines: string[] = [];
  const words = /[\u3000-\u30FF\u4E00-\u9FFF\uFF00-\uFFEF]/u.test(text) ? [...text] : text.split(/(?<= )/);
  let line = '';
  for (const word of words) {
    const next = line + word;
    if (line && textWidth(next.trimEnd(), fontSize) > maxWidth && !/^[、。）」』,.)]/u.test(word)) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else line = next;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

/** Like wrapLabel, but with lines of even length: the same number of lines, none left with one glyph. */
export function balancedWrap(text: string, maxWidth: number, fontSize: number): string[] {
  const count = wrapLabel(text, maxWidth, fontSize).length;
  let lo = 0;
  let hi = Math.ceil(maxWidth);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wrapLabel(text, mid, fontSize).length <= count) hi = mid;
    else lo = mid;
  }
  return wrapLabel(text, hi, fontSize);
}
