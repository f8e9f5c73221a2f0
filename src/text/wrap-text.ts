/**
 * Line breaking for the words around a downloaded figure (title, subtitle, source, credit,
 * legends), which run longer than chart labels and carry figures and addresses. The charts'
 * wrapLabel breaks Japanese between any two characters, which can split `10,700社` or a URL;
 * here Japanese breaks only between words of a kind (a run of kanji, of katakana, a number
 * with its counter, a kana), never before closing punctuation or small kana and never after an
 * opening bracket; Latin text breaks at spaces. Widths are estimated with textWidth.
 */
import { textWidth } from './text-width.ts';

const KANJI = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF々〆]/u;
const KATAKANA = /[\u30A0-\u30FF\uFF66-\uFF9F]/u;
/** Latin letters, digits and what joins them in a word, a number or an address. */
const LATIN = /[\p{Script=Latin}\p{Nd}\p{Script=Greek}\p{Script=Cyrillic}.,:;!?'’"“”()\[\]/\\@#$%&*+=_~<>|^{}¥€£×–—-]/u;
/** Never at the start of a line (JIS X 4051 line-start prohibitions, as browsers apply them). */
const NO_START = /^[、。，．,.）」』】〕〉》］｝・：；！？ー〜ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ％%]/u;
/** Never at the end of a line. */
const NO_END = /[（「『【〔〈《［｛]$/u;
/** Prefixes that belong to the number after them (約2,140社). */
const PREFIXES = new Set(['約']);

type Kind = 'latin' | 'kanji' | 'katakana' | 'space' | 'other';

const kindOf = (ch: string): Kind =>
  /\s/u.test(ch) && ch !== '\u3000' ? 'space' : KANJI.test(ch) ? 'kanji' : KATAKANA.test(ch) && ch !== '・' ? 'katakana' : LATIN.test(ch) ? 'latin' : 'other';

/** The pieces a line may break between, each with the spaces that follow it. */
export function breakUnits(text: string): string[] {
  const runs: { text: string; kind: Kind }[] = [];
  for (const ch of text) {
    const kind = kindOf(ch);
    const last = runs.at(-1);
    // Spaces end the run before them; runs of one kind stay together, except `other` (kana,
    // punctuation, full-width space): one run per character.
    if (last && kind === 'space') last.text += ch;
    else if (last && kind !== 'other' && last.kind === kind && !/\s$/u.test(last.text)) last.text += ch;
    else runs.push({ text: ch, kind });
  }
  const units: string[] = [];
  let glueNext = false;
  for (const [i, run] of runs.entries()) {
    const previous = runs[i - 1];
    const glue =
      units.length > 0 &&
      (glueNext ||
        NO_START.test(run.text) ||
        // A number keeps its counter: 10,700社, 2ページ, 83大学.
        (previous?.kind === 'latin' && /\d\s*$/u.test(previous.text) && (run.kind === 'kanji' || run.kind === 'katakana')) ||
        (PREFIXES.has(previous?.text ?? '') && /^\d/u.test(run.text)));
    if (glue) units[units.length - 1] += run.text;
    else units.push(run.text);
    glueNext = NO_END.test(run.text.trimEnd());
  }
  return units;
}

/** Lines no wider than `maxWidth` at `fontSize`; a unit wider than a line gets a line of its own, broken by character. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => textWidth(s.trimEnd(), fontSize) <= maxWidth;
  for (const unit of breakUnits(text)) {
    if (fits(line + unit)) {
      line += unit;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
    for (const ch of fits(unit) ? [unit] : [...unit]) {
      if (line && !fits(line + ch)) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += ch;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * Like wrapText, but with lines of even length (as CSS text-wrap: balance): the same number of
 * lines as wrapText gives at `maxWidth`, at the narrowest width that keeps that number, so no
 * title ends in a lone word or glyph.
 */
export function balancedWrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const count = wrapText(text, maxWidth, fontSize).length;
  if (count < 2) return wrapText(text, maxWidth, fontSize);
  let lo = 0;
  let hi = Math.ceil(maxWidth);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wrapText(text, mid, fontSize).length <= count) hi = mid;
    else lo = mid;
  }
  return wrapText(text, hi, fontSize);
}
