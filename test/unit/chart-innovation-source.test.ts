import { describe, expect, it } from 'vitest';
import { render, text, transform } from '../../src/charts/innovation-source.ts';
import { chartFixture, expectSvgSnapshot } from '../chart-support.ts';

describe('innovation-source transform', () => {
  it('transform(data) takes the two bars and the gap the slide annotates', () => {
    const rows = transform(chartFixture());
    expect(rows.bars.map((b) => b.id)).toEqual(['solo-rd', 'university-collaboration']);
    expect(rows.bars.map((b) => b.figure.value)).toEqual([35.4, 45.1]);
    expect(rows.gap).toMatchObject({ value: 10, approx: true });
  });

  it('transform(data) follows a changed value', () => {
    const data = chartFixture();
    data['innovation-source'].find((r) => r.id === 'solo-rd')!.figure!.value = 30;
    expect(transform(data).bars[0]!.figure.value).toBe(30);
  });

  it('transform(data) refuses data without the gap row', () => {
    const data = chartFixture();
    data['innovation-source'] = data['innovation-source'].filter((r) => r.id !== 'gap');
    expect(() => transform(data)).toThrow(/gap/);
  });
});

describe('innovation-source text', () => {
  it("text(rows, lang) headlines the slide's finding (a higher rate from collaboration) with the two printed values", () => {
    const rows = transform(chartFixture());
    const ja = text(rows, 'ja').title;
    const en = text(rows, 'en').title;
    expect(ja).toBe('革新的な新製品の割合は連携が高い：45.1%対35.4%');
    expect(en).toBe('Collaboration shows a higher rate of innovative new products: 45.1% vs 35.4%');
    // The subtitle names the two kinds of R&D as the slide does.
    expect(text(rows, 'ja').subtitle).toContain('大学・研究機関等の連携と単独での研究開発');
    expect(text(rows, 'en').subtitle).toMatch(/collaboration with universities.*, and solo .*R&D$/);
    // The slide's 約１０％ says neither points nor a relative gap: the titles do not read it either way.
    for (const title of [ja, en]) expect(title).not.toMatch(/points|ポイント|more often|約10%|about 10%/);
  });

  it('text(rows, lang) states the gap as printed, approximate, and that the base of the rate is not given', () => {
    const rows = transform(chartFixture());
    expect(text(rows, 'ja').description).toContain('資料は差を約10%と注記している');
    expect(text(rows, 'en').description).toContain('The source marks the gap as about 10%');
    expect(text(rows, 'ja').notes.join('')).toContain('母数');
    expect(text(rows, 'en').notes.join(' ')).toContain('does not say what the rate is of');
    for (const lang of ['ja', 'en'] as const) {
      const t = text(rows, lang);
      expect(t.table.rows.map((r) => r[1])).toEqual(['35.4%', '45.1%']);
      expect(
        JSON.stringify(
          t,
          (key, value) => (key === 'values' ? undefined : value) /* the words: table.values holds numbers, null for text cells */,
        ),
      ).not.toMatch(/NaN|undefined|null/);
    }
  });
});

describe('innovation-source render', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`render(rows, {lang: ${lang}, width: 640}) matches its snapshot`, () => {
      expectSvgSnapshot(`chart-innovation-source-${lang}`, render(transform(chartFixture()), { lang, width: 640 }));
    });
  }
});
