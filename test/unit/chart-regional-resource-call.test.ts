import { describe, expect, it } from 'vitest';
import { chart, render, text, transform } from '../../src/charts/regional-resource-call.ts';
import { formatFigure } from '../../src/i18n/figure-format.ts';
import { LANGS } from '../../src/core/locales.ts';
import { chartFixture, expectSvgSnapshot } from '../chart-support.ts';

const rowOf = (data: ReturnType<typeof chartFixture>, id: string) => data['regional-resource-program'].find((r) => r.id === id)!;

describe('regional-resource-call transform', () => {
  it('transform(data) gives the call counts as bars, the ratio, and the budget and limits as facts', () => {
    const rows = transform(chartFixture());
    expect(rows.bars.map((b) => b.id)).toEqual(['proposals', 'adopted']);
    expect(rows.ratio.id).toBe('ratio');
    expect(rows.facts.map((f) => f.id)).toEqual(['budget', 'rd-period-max', 'rd-cost-year1-max', 'rd-cost-year2-max']);
    expect(rows.period).toMatchObject({ start: { year: 2007 }, fiscal: true });
  });

  it('the printed ratio agrees with proposals ÷ adopted, to its printed decimals', () => {
    const { bars, ratio } = transform(chartFixture());
    const [proposals, adopted] = bars;
    expect((proposals!.figure.value / adopted!.figure.value).toFixed(ratio.figure.decimals)).toBe(
      ratio.figure.value.toFixed(ratio.figure.decimals),
    );
  });

  it('transform(data) follows a changed value', () => {
    const data = chartFixture();
    rowOf(data, 'adopted').figure = { ...rowOf(data, 'adopted').figure!, printed: '６０件', value: 60 };
    const rows = transform(data);
    expect(rows.bars[1]!.figure.value).toBe(60);
    expect(text(rows, 'ja').title).toContain('173件中60件を採択');
    expect(render(rows, { lang: 'en', width: 640 })).toContain('data-tip="Proposals adopted: 60"');
  });

  it('transform(data) follows an added and a removed row', () => {
    const data = chartFixture();
    data['regional-resource-program'].push({
      ...rowOf(data, 'budget'),
      id: 'budget-extra',
      label_ja: '追加の予算',
      label_en: 'Extra budget',
    });
    data['regional-resource-program'] = data['regional-resource-program'].filter((r) => r.id !== 'rd-period-max');
    const rows = transform(data);
    expect(rows.facts.map((f) => f.id)).toEqual(['budget', 'rd-cost-year1-max', 'rd-cost-year2-max', 'budget-extra']);
    expect(text(rows, 'en').description).toContain('Extra budget');
  });

  it('transform(data) fails without exactly one competition ratio', () => {
    const data = chartFixture();
    data['regional-resource-program'] = data['regional-resource-program'].filter((r) => r.id !== 'ratio');
    expect(() => transform(data)).toThrow(/competition ratio/);
  });
});

describe('regional-resource-call text', () => {
  const rows = transform(chartFixture());
  it.each(LANGS)('text(rows, %s) states the call with the figures of the data', (lang) => {
    const t = text(rows, lang);
    for (const i of [...rows.bars, rows.ratio]) expect(t.title).toContain(formatFigure(i.figure, lang));
    expect(t.title).toContain(lang === 'ja' ? '平成19年度' : 'FY2007');
    for (const i of rows.facts) expect(t.description).toContain(formatFigure(i.figure, lang));
    expect(
      JSON.stringify(
        t,
        (key, value) => (key === 'values' ? undefined : value) /* the words: table.values holds numbers, null for text cells */,
      ),
    ).not.toMatch(/NaN|undefined|null/);
    expect(t.table.rows).toHaveLength(rows.bars.length + 1 + rows.facts.length);
  });
  it('text(rows, lang) keeps 以内 / up to on the limits', () => {
    expect(text(rows, 'ja').description).toContain('2年以内');
    expect(text(rows, 'en').description).toContain('up to 2 years');
  });
});

describe('regional-resource-call render', () => {
  const rows = transform(chartFixture());
  it('render(rows) gives each bar a tooltip with the value as printed', () => {
    const svg = render(rows, { lang: 'ja', width: 640 });
    expect(svg).toContain('data-tip="提案数: 173件"');
    expect(svg).toContain('data-tip="採択数: 58件"');
    expect(chart.id).toBe('regional-resource-call');
  });
  it.each(LANGS)('render(rows, {lang: %s, width: 640}) matches its snapshot', (lang) => {
    expectSvgSnapshot(`chart-regional-resource-call-${lang}`, render(rows, { lang, width: 640 }));
  });
});
