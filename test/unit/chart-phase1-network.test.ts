/**
 * phase1-network: network size (as of July 2007) and cumulative university start-ups as numbers,
 * and the "300 monozukuri SMEs" split as a part-to-whole bar (page 3).
 */
import { describe, expect, it } from 'vitest';
import { chart, render, text, transform } from '../../src/charts/phase1-network.ts';
import { formatFigure, formatPeriod } from '../../src/i18n/figure-format.ts';
import { LANGS } from '../../src/core/locales.ts';
import { chartFixture, expectSvgSnapshot } from '../chart-support.ts';

const rowOf = (id: string) => chartFixture()['phase1-outcomes'].find((r) => r.id === id)!;

describe('phase1-network transform', () => {
  it('transform(data) takes the counts with their periods, and the two parts of the 300 SMEs', () => {
    const rows = transform(chartFixture());
    expect(rows.counts.map((c) => c.id)).toEqual(['network-companies-2007-07', 'network-universities-2007-07', 'university-startups']);
    for (const c of rows.counts) expect(c.figure).toEqual(rowOf(c.id).figure);
    const [companies, universities, startups] = rows.counts;
    expect(companies!.period).toMatchObject({ start: { year: 2007, month: 7 }, asOf: true });
    expect(universities!.period).toMatchObject({ start: { year: 2007, month: 7 }, asOf: true });
    expect(startups!.period).toBeNull();
    expect(companies!.short_ja).toBe('参加企業');
    expect(companies!.short_en).toBe('Participating companies');
    expect(rows.monozukuri.cluster.figure).toEqual(rowOf('monozukuri-300-cluster').figure);
    expect(rows.monozukuri.other.figure).toEqual(rowOf('monozukuri-300-other').figure);
    // A part-to-whole bar: the parts make the whole.
    expect(rows.monozukuri.cluster.figure.value + rows.monozukuri.other.figure.value).toBe(100);
    expect(rows.monozukuri.approx.printed).toBe(rowOf('monozukuri-300-share-approx').figure!.printed);
    expect(rows.monozukuri.name_ja).toBe('「モノ作り中小企業300社」');
    expect(rows.monozukuri.name_en).toBe('“300 monozukuri SMEs”');
    expect(rows.pages).toEqual([3]);
  });

  it('transform(data) follows changed values when the parts still add up', () => {
    const data = chartFixture();
    const rows = data['phase1-outcomes'];
    const set = (id: string, value: number) => {
      const r = rows.find((x) => x.id === id)!;
      r.figure = { ...r.figure!, value };
    };
    set('monozukuri-300-cluster', 45);
    set('monozukuri-300-other', 55);
    set('university-startups', 500);
    const out = transform(data);
    expect(out.monozukuri.cluster.figure.value).toBe(45);
    expect(out.counts[2]!.figure.value).toBe(500);
    expect(text(out, 'en').subtitle).toContain('that were cluster firms (45%)');
    expect(text(out, 'ja').description).toContain('500件');
  });

  it('transform(data) fails when the parts no longer make 100%', () => {
    const data = chartFixture();
    const r = data['phase1-outcomes'].find((x) => x.id === 'monozukuri-300-cluster')!;
    r.figure = { ...r.figure!, value: 40 };
    expect(() => transform(data)).toThrow(/add up to 98%/);
  });

  it('transform(data) fails on a missing row, naming it', () => {
    const data = chartFixture();
    data['phase1-outcomes'] = data['phase1-outcomes'].filter((r) => r.id !== 'university-startups');
    expect(() => transform(data)).toThrow(/university-startups/);
  });

  it('transform(data) ignores an added row it does not chart', () => {
    const data = chartFixture();
    const base = rowOf('university-startups');
    data['phase1-outcomes'].push({ ...base, id: 'spin-offs-extra' });
    expect(transform(data).counts).toHaveLength(3);
  });
});

describe('phase1-network text', () => {
  const rows = transform(chartFixture());
  for (const lang of LANGS) {
    it(`text(rows, '${lang}') takes its figures and dates from the data`, () => {
      const t = text(rows, lang);
      const [companies, universities, startups] = rows.counts;
      expect(t.title.toLowerCase()).toContain(formatFigure(companies!.figure, lang).toLowerCase());
      expect(t.title).toContain(formatFigure(universities!.figure, lang));
      expect(t.subtitle).toContain(formatFigure(rows.monozukuri.cluster.figure, lang));
      expect(t.subtitle).toContain(formatPeriod(companies!.period!, lang));
      for (const f of [
        companies!.figure,
        universities!.figure,
        startups!.figure,
        rows.monozukuri.cluster.figure,
        rows.monozukuri.other.figure,
      ]) {
        expect(t.description).toContain(formatFigure(f, lang));
        expect(t.table.rows.some((r) => r[1] === formatFigure(f, lang))).toBe(true);
      }
      // Approximate counts say so wherever they appear.
      expect(t.title).toMatch(lang === 'ja' ? /約10,700社/ : /About 10,700 companies/);
      expect(t.notes.join(' ')).toContain(rows.monozukuri.approx.printed);
      expect(
        JSON.stringify(
          t,
          (key, value) => (key === 'values' ? undefined : value) /* the words: table.values holds numbers, null for text cells */,
        ),
      ).not.toMatch(/NaN|undefined|null/);
      expect(t.datasets).toEqual(['phase1-outcomes']);
    });
  }

  it('text is in the reader’s language', () => {
    expect(text(rows, 'en').title).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(text(rows, 'ja').title).toMatch(/産業クラスター/);
  });
});

describe('phase1-network render', () => {
  const rows = transform(chartFixture());
  for (const lang of LANGS) {
    it(`render(rows, {lang: '${lang}', width: 640}) matches its snapshot`, () => {
      expectSvgSnapshot(`chart-phase1-network-${lang}`, render(rows, { lang, width: 640 }));
    });
  }

  it('render gives every number and both parts of the bar a tooltip with the value as printed', () => {
    for (const width of [640, 350]) {
      const svg = render(rows, { lang: 'ja', width });
      const tips = [...svg.matchAll(/data-tip="([^"]*)"/g)].map((m) => m[1]!);
      expect(tips).toHaveLength(5);
      expect(tips).toContain('ネットワーク形成：参加企業: 約10,700社');
      expect(tips.some((t) => t.endsWith(`: ${formatFigure(rows.monozukuri.other.figure, 'ja')}`))).toBe(true);
    }
    expect(chart.id).toBe('phase1-network');
  });
});
