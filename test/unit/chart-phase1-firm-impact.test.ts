/**
 * phase1-firm-impact: the three printed shares of page 3 as bars; the sales and net-profit
 * trends, which the source shows without values, only named in the notes and the table.
 */
import { describe, expect, it } from 'vitest';
import { chart, render, text, transform } from '../../src/charts/phase1-firm-impact.ts';
import { formatFigure } from '../../src/i18n/figure-format.ts';
import { LANGS } from '../../src/core/locales.ts';
import { chartFixture, expectSvgSnapshot } from '../chart-support.ts';

const figureOf = (id: string) => chartFixture()['phase1-outcomes'].find((r) => r.id === id)!.figure!;

describe('phase1-firm-impact transform', () => {
  it('transform(data) takes the three shares in the slide’s order, as printed', () => {
    const rows = transform(chartFixture());
    expect(rows.bars.map((b) => b.id)).toEqual(['new-collaboration-share', 'new-business-share', 'second-founding-share']);
    for (const b of rows.bars) {
      expect(b.figure).toEqual(figureOf(b.id));
      expect(b.figure.unit).toBe('percent');
    }
  });

  it('transform(data) lists the sales and net-profit trends as not in the source, with no value', () => {
    const rows = transform(chartFixture());
    expect(rows.notInSource.map((m) => m.id)).toEqual(['sales-trend', 'net-profit-trend']);
    for (const m of rows.notInSource) expect(m.note_ja.length * m.note_en.length).toBeGreaterThan(0);
    expect(rows.pages).toEqual([3]);
  });

  it('transform(data) follows a changed value', () => {
    const data = chartFixture();
    const r = data['phase1-outcomes'].find((x) => x.id === 'second-founding-share')!;
    r.figure = { ...r.figure!, value: 30.5, printed: '３０．５％' };
    const rows = transform(data);
    expect(rows.bars.find((b) => b.id === 'second-founding-share')!.figure.value).toBe(30.5);
    // The new largest value leads the description and the ranking.
    expect(text(rows, 'en').description).toMatch(/The largest is firms that made a "second founding".*, 30\.5%/);
  });

  it('transform(data) fails on a missing bar row, naming it', () => {
    const data = chartFixture();
    data['phase1-outcomes'] = data['phase1-outcomes'].filter((r) => r.id !== 'new-business-share');
    expect(() => transform(data)).toThrow(/new-business-share/);
  });

  it('transform(data) ignores an added row it does not chart', () => {
    const data = chartFixture();
    const base = data['phase1-outcomes'].find((r) => r.id === 'new-business-share')!;
    data['phase1-outcomes'].push({ ...base, id: 'extra-share', figure: { ...base.figure!, value: 99 } });
    expect(transform(data).bars.map((b) => b.id)).not.toContain('extra-share');
  });

  it('transform(data) fails when a trend gains a value, rather than hiding it', () => {
    const data = chartFixture();
    const r = data['phase1-outcomes'].find((x) => x.id === 'sales-trend')!;
    r.status = 'printed';
    r.figure = { printed: '１０％', value: 10, unit: 'percent', approx: false, decimals: 0 };
    expect(() => transform(data)).toThrow(/sales-trend/);
  });
});

describe('phase1-firm-impact text', () => {
  const rows = transform(chartFixture());

  for (const lang of LANGS) {
    it(`text(rows, '${lang}') puts the data’s shares in the title, table and description`, () => {
      const t = text(rows, lang);
      expect(t.title).toContain(formatFigure(figureOf('new-business-share'), lang));
      expect(t.title).toContain(formatFigure(figureOf('new-collaboration-share'), lang));
      for (const b of rows.bars) expect(t.description).toContain(formatFigure(b.figure, lang));
      expect(t.table.rows).toHaveLength(rows.bars.length + rows.notInSource.length);
      expect(t.table.rows.map((r) => r[1])).toEqual(expect.arrayContaining(rows.bars.map((b) => formatFigure(b.figure, lang))));
      const all = JSON.stringify(
        t,
        (key, value) => (key === 'values' ? undefined : value) /* the words: table.values holds numbers, null for text cells */,
      );
      expect(all).not.toMatch(/NaN|undefined|null/);
      expect(t.datasets).toEqual(['phase1-outcomes']);
      expect(t.source).toEqual({ id: 'meti-2007', pages: [3] });
    });
  }

  it('text says, in both languages, that the trends have no values and are not estimated', () => {
    const ja = text(rows, 'ja');
    const en = text(rows, 'en');
    for (const m of rows.notInSource) {
      expect(ja.notes.join('')).toContain(m.label_ja);
      expect(en.notes.join(' ')).toContain(m.label_en);
    }
    expect(ja.notes.join('')).toMatch(/数値が記載されていない.*推計もしない/);
    expect(en.notes.join(' ')).toMatch(/prints no values.*does not estimate/);
    expect(ja.table.rows.at(-1)![1]).toBe('資料に数値なし');
    expect(en.table.rows.at(-1)![1]).toBe('Not given in the source');
    expect(ja.title).toMatch(/[\u3040-\u30ff]/);
    expect(en.title).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});

describe('phase1-firm-impact render', () => {
  const rows = transform(chartFixture());
  for (const lang of LANGS) {
    it(`render(rows, {lang: '${lang}', width: 640}) matches its snapshot`, () => {
      expectSvgSnapshot(`chart-phase1-firm-impact-${lang}`, render(rows, { lang, width: 640 }));
    });
  }

  it('render gives every bar a tooltip with the value as printed', () => {
    const svg = render(rows, { lang: 'en', width: 350 });
    for (const b of rows.bars)
      expect(svg).toContain(`data-tip="${`${b.label_en}: ${formatFigure(b.figure, 'en')}`.replace(/"/g, '&quot;')}"`);
    expect(chart.id).toBe('phase1-firm-impact');
  });
});
