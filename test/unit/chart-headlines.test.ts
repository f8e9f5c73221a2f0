/**
 * Every chart's title is a headline: it states the finding in at most 12 words in English and 30
 * characters in Japanese (counted as a reader sees them, by grapheme), built from the real data, so
 * it fits three lines on a phone (test/site/charts.test.ts measures that). What does not fit is in
 * the subtitle. The map's title, the finding of the other figure, keeps to the same measure.
 */
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/chart-registry.ts';
import { LANGS } from '../../src/core/locales.ts';
import { figureText } from '../../src/figures/figure-text.ts';
import { chartFixture } from '../chart-support.ts';
import { figureInputs } from './figure-inputs.ts';

const MAX_WORDS_EN = 12;
const MAX_CHARS_JA = 30;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const graphemes = (s: string) => [...new Intl.Segmenter('ja', { granularity: 'grapheme' }).segment(s)].length;

describe('words and graphemes count as a reader would', () => {
  it('counts words by spaces, and a Japanese string by what it shows (② and a surrogate pair are one each)', () => {
    expect(words('About 1/2 of completed projects reached practical use')).toBe(8);
    expect(graphemes('要求額の約81%が②')).toBe(10);
    expect(graphemes('𠮷野家')).toBe(3);
  });
});

for (const [name, data] of [
  ['the fixture data', chartFixture()],
  ['the site’s data', figureInputs().chartData],
] as const) {
  describe(`every chart title is a headline (${name})`, () => {
    for (const chart of CHARTS) {
      const rows = chart.transform(data);
      it(`${chart.id}: English ≤ ${MAX_WORDS_EN} words, Japanese ≤ ${MAX_CHARS_JA} characters, a subtitle to go with it`, () => {
        const en = chart.text(rows, 'en');
        const ja = chart.text(rows, 'ja');
        expect(words(en.title), en.title).toBeLessThanOrEqual(MAX_WORDS_EN);
        expect(graphemes(ja.title), ja.title).toBeLessThanOrEqual(MAX_CHARS_JA);
        for (const t of [en, ja]) {
          // A headline is one statement: no second sentence, no trailing full stop.
          expect(t.title).not.toMatch(/[.。](\s|$)/);
          expect(t.subtitle.length).toBeGreaterThan(0);
          expect(t.subtitle).not.toBe(t.title);
        }
        // Both headlines state as many figures (their units differ: 92億円 is ¥9.2 billion).
        const figures = (s: string) => s.replace(/[(（][\d]+[)）]|[①-⑳]/g, '').match(/\d[\d,./]*\d|\d/g)?.length ?? 0;
        expect(figures(ja.title)).toBe(figures(en.title));
      });
    }
  });
}

describe('the map’s title keeps to the same measure', () => {
  it.each(LANGS)('map title (%s)', (lang) => {
    const { title } = figureText('map', lang, figureInputs());
    if (lang === 'en') expect(words(title), title).toBeLessThanOrEqual(MAX_WORDS_EN);
    else expect(graphemes(title), title).toBeLessThanOrEqual(MAX_CHARS_JA);
  });
});
