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
  it('text(rows, lang) states the gap as printed, approximate, in both languages', () => {
    const rows = transform(chartFixture());
    expect(text(rows, 'ja').title).toContain('約10%');
    expect(text(rows, 'en').title).toContain('about 10 percentage points');
    for (const lang of ['ja', 'en'] as const) {
      const t = text(rows, lang);
      expect(t.table.rows.map((r) => r[1])).toEqual(['35.4%', '45.1%']);
      expect(JSON.stringify(t, (key, value) => (key === 'values' ? undefined : value) /* the words: table.values holds numbers, null for text cells */)).not.toMatch(/NaN|undefined|null/);
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
