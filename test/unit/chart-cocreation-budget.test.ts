import { describe, expect, it } from 'vitest';
import { chart, render, text, transform } from '../../src/charts/cocreation-budget.ts';
import { formatFigure } from '../../src/i18n/figure-format.ts';
import { LANGS } from '../../src/core/locales.ts';
import { chartFixture, expectSvgSnapshot } from '../chart-support.ts';

const rowOf = (data: ReturnType<typeof chartFixture>, id: string) => data['cocreation-budget'].find((r) => r.id === id)!;
const OKU = 1e8;

describe('cocreation-budget transform', () => {
  it('transform(data) builds the hierarchy from the parent links, each parent before its parts', () => {
    const rows = transform(chartFixture());
    expect(rows.nodes.map((n) => [n.id, n.depth])).toEqual([
      ['programme', 0],
      ['innovation-infrastructure', 1],
      ['innovation-community', 2],
      ['industry-academia-system', 2],
      ['innovation-rd', 1],
      ['innovation-rd-bureau', 2],
      ['innovation-rd-nedo', 2],
      ['industrial-cluster-plan', 1],
    ]);
    expect(rows.period).toMatchObject({ start: { year: 2008 }, fiscal: true });
  });

  it('transform(data) places each part inside its parent, one after another', () => {
    const byId = new Map(transform(chartFixture()).nodes.map((n) => [n.id, n]));
    const span = (id: string) => [byId.get(id)!.start! / OKU, byId.get(id)!.end! / OKU];
    expect(span('programme')[1]).toBeCloseTo(92);
    expect(span('innovation-infrastructure')).toEqual([0, expect.closeTo(17.7)]);
    expect(span('innovation-rd')[0]).toBeCloseTo(17.7);
    expect(span('innovation-rd')[1]).toBeCloseTo(92);
    expect(span('industry-academia-system')[0]).toBeCloseTo(12.2);
    expect(span('innovation-rd-nedo')[0]).toBeCloseTo(17.7 + 54.3);
    expect(byId.get('innovation-rd-bureau')!.parentStart! / OKU).toBeCloseTo(17.7);
  });

  it('transform(data) gives the item without an amount no bar, and invents none', () => {
    const cluster = transform(chartFixture()).nodes.find((n) => n.id === 'industrial-cluster-plan')!;
    expect(cluster.figure).toBeNull();
    expect(cluster.start).toBeNull();
    expect(cluster.end).toBeNull();
  });

  it('transform(data) checks that the parts add up to each parent', () => {
    expect(transform(chartFixture()).sums).toEqual([
      { id: 'programme', adds: true },
      { id: 'innovation-infrastructure', adds: true },
      { id: 'innovation-rd', adds: true },
    ]);
  });

  it('transform(data) follows a changed value: later siblings move and the sum no longer adds up', () => {
    const data = chartFixture();
    rowOf(data, 'innovation-community').figure = {
      ...rowOf(data, 'innovation-community').figure!,
      printed: '１３．０億円',
      value: 13 * OKU,
    };
    const rows = transform(data);
    const system = rows.nodes.find((n) => n.id === 'industry-academia-system')!;
    expect(system.start! / OKU).toBeCloseTo(13);
    expect(rows.sums.find((s) => s.id === 'innovation-infrastructure')).toEqual({ id: 'innovation-infrastructure', adds: false });
    expect(text(rows, 'ja').notes.join('')).toContain('一致しない');
    expect(rows.max / OKU).toBeCloseTo(92);
  });

  it('transform(data) follows an added and a removed row', () => {
    const data = chartFixture();
    data['cocreation-budget'] = data['cocreation-budget'].filter((r) => r.id !== 'innovation-rd-nedo');
    data['cocreation-budget'].push({
      ...rowOf(data, 'innovation-community'),
      id: 'new-part',
      parent: 'industrial-cluster-plan',
      label_ja: '新しい事業',
      label_en: 'A new part',
    });
    const rows = transform(data);
    const ids = rows.nodes.map((n) => n.id);
    expect(ids).not.toContain('innovation-rd-nedo');
    expect(ids.at(-1)).toBe('new-part');
    expect(rows.nodes.at(-1)!.depth).toBe(2);
    expect(rows.sums.find((s) => s.id === 'innovation-rd')!.adds).toBe(false);
  });

  it('transform(data) rejects a parent that is not a row, and a second total', () => {
    const data = chartFixture();
    rowOf(data, 'innovation-rd-nedo').parent = 'nowhere';
    expect(() => transform(data)).toThrow(/nowhere/);
    const two = chartFixture();
    rowOf(two, 'innovation-rd').parent = undefined;
    expect(() => transform(two)).toThrow(/one total/);
  });
});

describe('cocreation-budget text', () => {
  const rows = transform(chartFixture());
  it.each(LANGS)('text(rows, %s) names the total and its largest part with the figures of the data', (lang) => {
    const t = text(rows, lang);
    const [root] = rows.nodes;
    const largest = rows.nodes.filter((n) => n.depth === 1 && n.figure).sort((a, b) => b.figure!.value - a.figure!.value)[0]!;
    expect(t.title).toContain(formatFigure(root!.figure!, lang));
    expect(t.subtitle).toContain(formatFigure(largest.figure!, lang));
    expect(t.title).toContain(lang === 'ja' ? largest.label_ja : largest.label_en);
    // 74.3億円 of 92億円 is 80.8%, but 92億円 is rounded to ±0.5億円: 80.3% to 81.3%, so 約81% (about 81%).
    expect(t.title).toContain(lang === 'ja' ? 'の約81%が' : 'takes about 81% of');
    expect(t.computed.map((d) => d.id)).toContain(`cocreation-budget.${largest.id}.share-of-parent`);
    for (const n of rows.nodes.filter((x) => x.figure)) expect(t.description).toContain(formatFigure(n.figure!, lang));
    expect(
      JSON.stringify(
        t,
        (key, value) => (key === 'values' ? undefined : value) /* the words: table.values holds numbers, null for text cells */,
      ),
    ).not.toMatch(/NaN|undefined|null/);
    expect(t.table.rows).toHaveLength(rows.nodes.length);
  });
  it('text(rows, lang) says the Industrial Cluster Plan has no amount in the source', () => {
    expect(text(rows, 'ja').notes.join('')).toContain('③産業クラスター計画は資料に金額の記載がない');
    expect(text(rows, 'en').notes.join(' ')).toContain('(3) Industrial Cluster Plan has no amount in the source');
    expect(text(rows, 'ja').table.rows.at(-1)).toEqual(['③産業クラスター計画', '地域イノベーション協創プログラム', '資料に記載なし', '—']);
  });
});

describe('cocreation-budget render', () => {
  const rows = transform(chartFixture());
  it('render(rows) draws a bar with a tooltip for each amount, none for the item without one', () => {
    const svg = render(rows, { lang: 'ja', width: 640 });
    expect(svg).toContain('data-tip="②イノベーション創出研究開発事業: 74.3億円（約81%、計算値）"');
    expect(svg.match(/data-tip=/g)).toHaveLength(rows.nodes.filter((n) => n.figure).length);
    expect(svg).not.toContain('data-tip="③');
    expect(chart.id).toBe('cocreation-budget');
  });
  it.each(LANGS)('render(rows, {lang: %s, width: 640}) matches its snapshot', (lang) => {
    expectSvgSnapshot(`chart-cocreation-budget-${lang}`, render(rows, { lang, width: 640 }));
  });
});
