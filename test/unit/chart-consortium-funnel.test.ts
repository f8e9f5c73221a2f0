import { describe, expect, it } from 'vitest';
import { chart, render, text, transform } from '../../src/charts/consortium-funnel.ts';
import { formatFigure } from '../../src/i18n/figure-format.ts';
import { LANGS } from '../../src/core/locales.ts';
import { chartFixture, expectSvgSnapshot } from '../chart-support.ts';

const rowOf = (data: ReturnType<typeof chartFixture>, id: string) => data['consortium-results'].find((r) => r.id === id)!;

describe('consortium-funnel transform', () => {
  it('transform(data) keeps proposals then projects, and the two outcome shares of page 4', () => {
    const rows = transform(chartFixture());
    expect(rows.stages.map((s) => s.id)).toEqual(['proposals', 'projects']);
    expect(rows.stages[0].figure.value).toBeGreaterThan(rows.stages[1].figure.value);
    expect(rows.outcomes.map((o) => o.id)).toEqual(['practical-use-rate', 'commercialisation-rate']);
    expect(rows.outcomes[0]!.figure.value).toBeCloseTo(1 / 2, 3);
    expect(rows.outcomes[1]!.figure.value).toBeCloseTo(1 / 3, 3);
    expect(rows.period.start.year).toBe(1997);
    expect(rows.period.end?.year).toBe(2006);
  });

  it('transform(data) reads the years after the end from the outcome notes', () => {
    expect(transform(chartFixture()).yearsAfter).toBe(3);
    const data = chartFixture();
    for (const id of ['practical-use-rate', 'commercialisation-rate'])
      rowOf(data, id).note_ja = 'プロジェクト終了後５年以上経過した後に集計。';
    expect(transform(data).yearsAfter).toBe(5);
    for (const id of ['practical-use-rate', 'commercialisation-rate']) rowOf(data, id).note_ja = undefined;
    expect(transform(data).yearsAfter).toBeNull();
  });

  it('transform(data) lists the outcome chart without values as not in the source', () => {
    const rows = transform(chartFixture());
    expect(rows.notInSource.map((r) => r.id)).toEqual(['outcome-counts']);
    const data = chartFixture();
    data['consortium-results'] = data['consortium-results'].filter((r) => r.id !== 'outcome-counts');
    expect(transform(data).notInSource).toEqual([]);
    expect(text(transform(data), 'ja').table.rows.some((r) => r[1] === '資料に記載なし')).toBe(false);
  });

  it('transform(data) follows a changed value and an added outcome row', () => {
    const data = chartFixture();
    rowOf(data, 'commercialisation-rate').figure = { printed: '約２／５', value: 0.4, unit: 'fraction', approx: true, decimals: 0 };
    const extra = { ...rowOf(data, 'practical-use-rate'), id: 'other-rate', label_en: 'Share of something else' };
    extra.figure = { printed: '約１／４', value: 0.25, unit: 'fraction', approx: true, decimals: 0 };
    data['consortium-results'].push(extra);
    const rows = transform(data);
    expect(rows.outcomes.map((o) => o.figure.value)).toEqual([rowOf(data, 'practical-use-rate').figure!.value, 0.4, 0.25]);
    expect(text(rows, 'en').title).toContain('about 2/5 commercialised');
    expect(text(rows, 'ja').description).toContain('約1/4');
  });

  it('transform(data) fails, naming the row, when a stage is missing', () => {
    const data = chartFixture();
    data['consortium-results'] = data['consortium-results'].filter((r) => r.id !== 'projects');
    expect(() => transform(data)).toThrow(/projects/);
  });

  it('transform(data) leaves out the success cases', () => {
    const ids = transform(chartFixture()).table.map((i) => i.id);
    expect(ids).not.toContain('collagen-investment');
    expect(ids).toContain('budget-total');
  });
});

describe('consortium-funnel text', () => {
  const rows = transform(chartFixture());
  it.each(LANGS)('text(rows, %s) states the funnel with the figures of the data, approximate as printed', (lang) => {
    const t = text(rows, lang);
    // The headline gives the outcomes; the subtitle the funnel's counts.
    for (const i of rows.outcomes) expect(t.title.toLowerCase()).toContain(formatFigure(i.figure, lang).toLowerCase());
    for (const i of rows.stages) expect(t.subtitle).toContain(formatFigure(i.figure, lang));
    expect(t.title.toLowerCase()).toContain(lang === 'ja' ? '約' : 'about');
    const all = JSON.stringify(
      t,
      (key, value) => (key === 'values' ? undefined : value) /* the words: table.values holds numbers, null for text cells */,
    );
    expect(all).not.toMatch(/NaN|undefined|null/);
    expect(t.description).toContain(formatFigure(rows.participants.companies.figure, lang));
    expect(t.description).toContain(formatFigure(rows.budget.figure, lang));
    expect(t.notes.join(' ')).toContain(lang === 'ja' ? '資料は図のみで件数を記載していない' : 'without values');
    expect(t.table.rows.every((r) => r.length === t.table.head.length)).toBe(true);
    expect(t.source).toEqual({ id: 'meti-2007', pages: [4] });
  });
  it('text(rows, lang) calls the printed 総額 a total, not funding', () => {
    const en = text(rows, 'en');
    expect(en.description).toContain(`(total ${formatFigure(rows.budget.figure, 'en')})`);
    expect(`${en.title} ${en.description}`).not.toMatch(/funding/);
    expect(en.subtitle).toContain('about 1,000 projects carried out from about 6,500 proposals');
  });
  it('text(rows, lang) gives the period from the rows', () => {
    expect(text(rows, 'ja').subtitle).toContain('平成9～18年');
    expect(text(rows, 'en').subtitle).toContain('1997–2006');
    expect(text(rows, 'en').subtitle).toContain('at least 3 years');
  });
});

describe('consortium-funnel render', () => {
  const rows = transform(chartFixture());
  it('render(rows) gives every bar a tooltip with the value as printed', () => {
    const svg = render(rows, { lang: 'ja', width: 640 });
    for (const i of [...rows.stages, ...rows.outcomes]) expect(svg).toContain(`data-tip="${i.label_ja}: ${formatFigure(i.figure, 'ja')}"`);
    expect(chart.id).toBe('consortium-funnel');
  });
  it.each(LANGS)('render(rows, {lang: %s, width: 640}) matches its snapshot', (lang) => {
    expectSvgSnapshot(`chart-consortium-funnel-${lang}`, render(rows, { lang, width: 640 }));
  });
});
