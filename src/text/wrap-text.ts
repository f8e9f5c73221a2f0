/**
 * The one line breaker, for every text drawn at build time (share cards, chart labels, the words
 * around downloaded figures). Where a line may break is not decided here by hand: the Unicode
 * line breaking algorithm (UAX #14, through the `linebreak` package that satori uses too) gives
 * the opportunities, with its Japanese rules (禁則: nothing breaks before 。、」）ー or a small kana,
 * nor after 「（); in Japanese text BudouX's phrase model then keeps only the opportunities
 * between phrases, so 「全体像」 never becomes 「全 / 体像」. Lines are then filled greedily,
 * measured with the font's advances (text-width.ts). Pure: text and a measure in, lines out.
 */
import LineBreaker from 'linebreak';
import { Parser } from './budoux/budoux-parser.ts';
import { model } from './budoux/budoux-ja-model.ts';
import { textWidth, type Weight } from './text-width.ts';

/** Width of a piece of text in px. */
export type Measure = (text: string) => number;

/** Kana or kanji: text BudouX's Japanese model is for. */
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

let budoux: Parser | undefined;

/** Where UAX #14 lets a line begin (indices in UTF-16 units), without the end of the text. */
function opportunities(text: string): { position: number; required: boolean }[] {
  const breaker = new LineBreaker(text);
  const found: { position: number; required: boolean }[] = [];
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) if (b.position < text.length) found.push(b);
  return found;
}

const cut = (text: string, at: readonly number[]): string[] => [0, ...at].map((start, i) => text.slice(start, at[i] ?? text.length));

/**
 * The pieces a line may break between, each with the spaces after it. Latin text breaks where
 * UAX #14 allows (after spaces and hyphens); Japanese text only where UAX #14 allows and a
 * BudouX phrase ends (or after a space or a newline).
 */
export function breakUnits(text: string): string[] {
  if (text === '') return [];
  let breaks = opportunities(text);
  if (JAPANESE.test(text)) {
    budoux ??= new Parser(model);
    const phraseEnds = new Set(budoux.parseBoundaries(text));
    breaks = breaks.filter((b) => b.required || /\s/u.test(text[b.position - 1]!) || phraseEnds.has(b.position));
  }
  return cut(
    text,
    breaks.map((b) => b.position),
  );
}

const segmentStarts = (text: string, granularity: 'word' | 'grapheme'): number[] =>
  [...new Intl.Segmenter('ja', { granularity }).segment(text)].map((s) => s.index).filter((i) => i > 0);

/**
 * Finer pieces for a unit wider than a line, tried in turn: words (ICU's dictionary, where UAX #14
 * also allows a break, so 禁則 still holds), then every UAX #14 opportunity, then every grapheme.
 */
const FINER: ((unit: string) => string[])[] = [
  (unit) => {
    const words = new Set(segmentStarts(unit, 'word'));
    return cut(
      unit,
      opportunities(unit)
        .map((b) => b.position)
        .filter((p) => words.has(p)),
    );
  },
  (unit) =>
    cut(
      unit,
      opportunities(unit).map((b) => b.position),
    ),
  (unit) => cut(unit, segmentStarts(unit, 'grapheme')),
];

/**
 * Lines no wider than `maxWidth` (px), filled greedily as browsers and satori fill them. A unit
 * wider than a line is broken at its finer opportunities, and at last between graphemes, so
 * nothing is ever wider than the line unless one character is.
 */
export function wrapLines(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => measure(s.trimEnd()) <= maxWidth;
  const place = (unit: string, depth: number): void => {
    if (fits(line + unit)) {
      line += unit;
      return;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
    if (fits(unit) || depth === FINER.length) line = unit;
    else for (const piece of FINER[depth]!(unit)) place(piece, depth + 1);
  };
  for (const unit of breakUnits(text)) {
    // A newline in the text is a hard break.
    if (/\n$/u.test(unit)) {
      place(unit.replace(/\s+$/u, ''), 0);
      lines.push(line.trimEnd());
      line = '';
    } else place(unit, 0);
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** wrapLines in the image font at `fontSize`. */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: Weight = 'regular'): string[] {
  return wrapLines(text, maxWidth, (s) => textWidth(s, fontSize, weight));
}

/**
 * Like wrapText, but with lines of even length (as CSS text-wrap: balance): the same number of
 * lines as wrapText gives at `maxWidth`, at the narrowest width that keeps that number, so no
 * title ends in a lone word or glyph.
 */
export function balancedWrapText(text: string, maxWidth: number, fontSize: number, weight: Weight = 'regular'): string[] {
  const count = wrapText(text, maxWidth, fontSize, weight).length;
  if (count < 2) return wrapText(text, maxWidth, fontSize, weight);
  let lo = 0;
  let hi = Math.ceil(maxWidth);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wrapText(text, mid, fontSize, weight).length <= count) hi = mid;
    else lo = mid;
  }
  return wrapText(text, hi, fontSize, weight);
}
