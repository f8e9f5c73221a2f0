/**
 * collaboration-by-firm-size: collaborating, not collaborating and the unlabelled rest (computed
 * as 100 − both) by band of employees, as 100% stacked bars (page 1, survey of 2004).
 */
import { describe, expect, it } from 'vitest';
import { bandLabel, chart, render, text, transform } from '../../src/charts/collaboration-by-firm-size.ts';
import { formatFigure, formatValue } from '../../src/i18n/figure-format.ts';
import { LANGS } from '../../src/core/locales.ts';
import { chartFixture, expectSvgSnapshot } from '../chart-support.ts';

const figureValue = (id: string) => chartFixture()['collaboration-by-firm-size'].find((r) => r.id === id)!.figure!.value;

describe('collaboration-by-firm-size transform', () => {
  it('transform(data) groups the rows by band, smallest firms first, and computes the rest as 100 − both', () => {
    const rows = transform(chartFixture());
    expect(rows.bands.map((b) => b.employees.printed)).toEqual(['21～50', '51～100', '101～300', '301～']);
    for (const b of rows.bands) {
      const key = b.employees.printed.replace('～', '-').replace(/-$/, '');
      const collaborating = figureValue(`e${key}-collaborating`);
      const not = figureValue(`e${key}-not-collaborating`);
      expect(b.collaborating.value).toBe(collaborating);
      expect(b.notCollaborating.value).toBe(not);
      expect(b.notShown.figure.value).toBeCloseTo(100 - collaborating - not, 6);
      expect(b.notShown.figure.value).toBeGreaterThan(0);
      expect(b.notShown.figure.decimals).toBe(1);
      expect(b.notShown.kind).toBe('difference');
      expect(b.notShown.figure.printed).toBe('');
    }
    expect(rows.risesWithSize).toBe(true);
    expect(rows.series.collaborating.label_ja).toBe('開発型連携（産学官連携）');
    expect(rows.pages).toEqual([1]);
  });

  it('transform(data) follows a changed value, and the title stops claiming a rise that is no longer there', () => {
    const data = chartFixture();
    const r = data['collaboration-by-firm-size'].find((x) => x.id === 'e51-100-collaborating')!;
    r.figure = { ...r.figure!, value: 20.0 };
    const rows = transform(data);
    expect(rows.bands[1]!.collaborating.value).toBe(20);
    expect(rows.bands[1]!.notShown.figure.value).toBeCloseTo(100 - 20 - 70.4, 6);
    expect(rows.risesWithSize).toBe(false);
    expect(text(rows, 'ja').title).not.toContain('大きいほど');
    expect(text(rows, 'en').title).not.toContain('Larger firms collaborate more');
  });

  it('transform(data) fails when a band adds up to more than 100%', () => {
    const data = chartFixture();
    const r = data['collaboration-by-firm-size'].find((x) => x.id === 'e301-not-collaborating')!;
    r.figure = { ...r.figure!, value: 80 };
    expect(() => transform(data)).toThrow(/301～ adds up to more than 100%/);
  });

  it('transform(data) fails on a band missing a series, naming both', () => {
    const data = chartFixture();
    data['collaboration-by-firm-size'] = data['collaboration-by-firm-size'].filter((r) => r.id !== 'e101-300-not-collaborating');
    expect(() => transform(data)).toThrow(/not-collaborating row for 101～300/);
  });

  it('transform(data) takes an added band in order of size', () => {
    const data = chartFixture();
    const rows = data['collaboration-by-firm-size'];
    for (const series of ['collaborating', 'not-collaborating'] as const) {
      const base = rows.find((r) => r.id === `e21-50-${series}`)!;
      rows.push({
        ...base,
        id: `e1-20-${series}`,
        employees: { printed: '1～20', min: 1, max: 20 },
        figure: { ...base.figure!, value: series === 'collaborating' ? 10 : 75 },
      });
    }
    const out = transform(data);
    expect(out.bands.map((b) => b.employees.printed)).toEqual(['1～20', '21～50', '51～100', '101～300', '301～']);
    expect(out.bands[0]!.notShown.figure.value).toBe(15);
    expect(text(out, 'ja').title).toContain('10.0%から31.5%へ');
    expect(text(out, 'ja').subtitle).toContain('1～20人から301人以上まで');
  });

  it('transform(data) fails on a duplicated row', () => {
    const data = chartFixture();
    const rows = data['collaboration-by-firm-size'];
    rows.push({ ...rows[0]!, id: 'dup' });
    expect(() => transform(data)).toThrow(/two collaborating rows for 21～50/);
  });
});

describe('collaboration-by-firm-size text', () => {
  const rows = transform(chartFixture());
  const small = rows.bands[0]!;
  const large = rows.bands.at(-1)!;

  it('bandLabel reads the bands naturally', () => {
    expect(bandLabel(small.employees, 'ja')).toBe('21～50人');
    expect(bandLabel(large.employees, 'ja')).toBe('301人以上');
    expect(bandLabel(small.employees, 'en')).toBe('21–50');
    expect(bandLabel(large.employees, 'en')).toBe('301 or more');
  });

  for (const lang of LANGS) {
    it(`text(rows, '${lang}') states the rise from the smallest to the largest band, from the data`, () => {
      const t = text(rows, lang);
      const from = formatFigure(small.collaborating, lang);
      const to = formatFigure(large.collaborating, lang);
      expect(t.title.indexOf(from)).toBeGreaterThan(-1);
      expect(t.title.indexOf(to)).toBeGreaterThan(t.title.indexOf(from));
      expect(t.subtitle).toContain(bandLabel(small.employees, lang));
      expect(t.subtitle).toContain(bandLabel(large.employees, lang));
      for (const b of rows.bands) expect(t.description).toContain(formatFigure(b.collaborating, lang));
      expect(t.table.rows).toEqual(
        rows.bands.map((b) => [
          bandLabel(b.employees, lang),
          formatFigure(b.collaborating, lang),
          formatFigure(b.notCollaborating, lang),
          formatFigure(b.notShown.figure, lang),
        ]),
      );
      expect(t.table.head[3]).toMatch(lang === 'ja' ? /資料に内訳なし/ : /Not shown in the source/);
      expect(
        JSON.stringify(
          t,
          (key, value) => (key === 'values' ? undefined : value) /* the words: table.values holds numbers, null for text cells */,
        ),
      ).not.toMatch(/NaN|undefined|null/);
      expect(t.datasets).toEqual(['collaboration-by-firm-size']);
    });
  }

  it('text says the rest is computed and not broken down by the source, with its range from the data', () => {
    const rests = rows.bands.map((b) => b.notShown.figure.value);
    const lo = rows.bands.find((b) => b.notShown.figure.value === Math.min(...rests))!.notShown.figure;
    const hi = rows.bands.find((b) => b.notShown.figure.value === Math.max(...rests))!.notShown.figure;
    expect(text(rows, 'ja').notes.join('')).toContain(`${formatFigure(lo, 'ja')}～${formatFigure(hi, 'ja')}`);
    expect(text(rows, 'en').notes.join(' ')).toContain(`${formatFigure(lo, 'en')} to ${formatFigure(hi, 'en')}`);
    expect(text(rows, 'en').title).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});

describe('collaboration-by-firm-size render', () => {
  const rows = transform(chartFixture());
  for (const lang of LANGS) {
    it(`render(rows, {lang: '${lang}', width: 640}) matches its snapshot`, () => {
      expectSvgSnapshot(`chart-collaboration-by-firm-size-${lang}`, render(rows, { lang, width: 640 }));
    });
  }

  it('render puts a value too wide for its segment under the bar, in the ink, rather than dropping it', () => {
    // At 240 px the plot is about 180 px wide: 13.3% of it (about 24 px) cannot hold "13.3" and its padding.
    const svg = render(rows, { lang: 'en', width: 240 });
    const under = [...svg.matchAll(/<g[^>]*fill="#1b1f24"[^>]*>((?:(?!<\/g>).)*)<\/g>/gs)].map((m) => m[1]!).join('');
    expect(under).toContain('>13.3<');
    const inside = [...svg.matchAll(/<text[^>]*>([\d.]+)<\/text>/g)].map((m) => m[1]);
    for (const b of rows.bands) expect(inside).toContain(formatValue(b.collaborating, 'en'));
  });

  it('render gives all twelve segments a tooltip with the value, the rest marked as computed', () => {
    const svg = render(rows, { lang: 'en', width: 350 });
    const tips = [...svg.matchAll(/data-tip="([^"]*)"/g)].map((m) => m[1]!);
    expect(tips).toHaveLength(rows.bands.length * 3);
    expect(tips).toContain(
      `21–50 employees, Development collaboration (industry–academia–government): ${formatFigure(rows.bands[0]!.collaborating, 'en')}`,
    );
    expect(tips).toContain(
      `301 or more employees, Not shown in the source (computed: 100% minus both): ${formatFigure(rows.bands[3]!.notShown.figure, 'en')}`,
    );
    expect(chart.id).toBe('collaboration-by-firm-size');
  });
});
