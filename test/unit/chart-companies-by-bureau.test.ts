import { describe, expect, it } from 'vitest';
import { chart, render, text, transform } from '../../src/charts/companies-by-bureau.ts';
import type { ChartData } from '../../src/schemas/datasets.ts';
import { chartFixture, expectSvgSnapshot } from '../chart-support.ts';

const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : [];

/** Adds a project to the data in memory; the bureau sums and shares are computed from the projects. */
function addProject(data: ChartData, bureauId: string, companies: number, universities: number) {
  const base = structuredClone(data.projects[0]!);
  data.projects.push({
    ...base,
    id: 'test-extra',
    bureau: bureauId,
    companies: { ...base.companies, value: companies },
    universities: { ...base.universities, value: universities },
  });
}

const sumOf = (data: ChartData, bureau: string, m: 'companies' | 'universities') =>
  data.projects.filter((p) => p.bureau === bureau).reduce((s, p) => s + p[m].value, 0);
const total = (data: ChartData, m: 'companies' | 'universities') => data.projects.reduce((s, p) => s + p[m].value, 0);

describe('companies-by-bureau transform', () => {
  it('transform(data) lists the bureaus north to south with the sums of their projects, computed', () => {
    const data = chartFixture();
    const rows = transform(data);
    expect(rows.bureaus.map((b) => b.id)).toEqual([...data.bureaus].sort((a, b) => a.derived.order - b.derived.order).map((b) => b.id));
    for (const b of rows.bureaus) {
      const own = data.projects.filter((p) => p.bureau === b.id);
      expect(b.projectCount.figure.value).toBe(own.length);
      expect(b.companies.kind).toBe('sum');
      expect(b.companies.figure.value).toBe(sumOf(data, b.id, 'companies'));
      expect(b.companies.figure.approx).toBe(own.some((p) => p.companies.approx));
      expect(b.universities.figure.value).toBe(sumOf(data, b.id, 'universities'));
    }
  });

  it('transform(data) gives each bureau its share of the projects added up, so the shares add up to 100%', () => {
    const data = chartFixture();
    const rows = transform(data);
    for (const b of rows.bureaus) {
      expect(b.companiesShare.exact).toBeCloseTo((100 * sumOf(data, b.id, 'companies')) / total(data, 'companies'), 9);
      expect(b.universitiesShare.exact).toBeCloseTo((100 * sumOf(data, b.id, 'universities')) / total(data, 'universities'), 9);
    }
    expect(rows.bureaus.reduce((s, b) => s + b.companiesShare.exact, 0)).toBeCloseTo(100, 9);
    expect(rows.sums.companies.figure.value).toBe(total(data, 'companies'));
    expect(rows.sums.universities.figure.value).toBe(total(data, 'universities'));
  });

  it('transform(data) keeps north-to-south order whatever order the bureaus come in', () => {
    const data = chartFixture();
    const order = transform(data).bureaus.map((b) => b.id);
    data.bureaus.reverse();
    expect(transform(data).bureaus.map((b) => b.id)).toEqual(order);
  });

  it('transform(data) with an added project raises its bureau’s companies, share and universities', () => {
    // Computed figures are kept per data object, so the changed data is a fresh copy.
    const before = transform(chartFixture());
    const data = chartFixture();
    addProject(data, 'okinawa', 500, 3);
    const rows = transform(data);
    const [was, now] = [before, rows].map((r) => r.bureaus.find((b) => b.id === 'okinawa')!);
    expect(now!.companies.figure.value).toBe(was!.companies.figure.value + 500);
    expect(now!.universities.figure.value).toBe(was!.universities.figure.value + 3);
    expect(now!.projectCount.figure.value).toBe(was!.projectCount.figure.value + 1);
    expect(now!.companiesShare.exact).toBeCloseTo(
      (100 * (was!.companies.figure.value + 500)) / (before.sums.companies.figure.value + 500),
      9,
    );
    expect(rows.sums.companies.figure.value).toBe(before.sums.companies.figure.value + 500);
  });

  it('transform(data) with a removed project lowers its bureau’s sums', () => {
    const before = transform(chartFixture());
    const data = chartFixture();
    const removed = data.projects.find((p) => p.id === 'kanto-regional-revitalization')!;
    data.projects = data.projects.filter((p) => p !== removed);
    const rows = transform(data);
    const [was, now] = [before, rows].map((r) => r.bureaus.find((b) => b.id === removed.bureau)!);
    expect(now!.companies.figure.value).toBe(was!.companies.figure.value - removed.companies.value);
    expect(now!.universities.figure.value).toBe(was!.universities.figure.value - removed.universities.value);
    expect(now!.projectCount.figure.value).toBe(was!.projectCount.figure.value - 1);
  });
});

describe('companies-by-bureau text', () => {
  it('text(rows, lang) names the bureaus with the most companies and university participations, in both languages', () => {
    const data = chartFixture();
    const rows = transform(data);
    // Kanto: 約2,140 + 約420 + 約930 = 約3,490 companies, 3,490 / 10,750 of the projects = 32.5%, shown 約32%.
    // Kinki: 56 + 30 + 15 = 101 university participations, the most.
    const headline = {
      ja: '参加企業は関東、大学の延べ数は近畿が最多',
      en: 'Kanto leads in participating companies, Kinki in university participations',
    };
    const expected = {
      ja: ['関東の約3,490社（約32%）', '近畿の101大学'],
      en: ['Kanto, about 3,490 companies (about 32%)', 'Kinki, 101 participations'],
    };
    for (const lang of ['ja', 'en'] as const) {
      const t = text(rows, lang);
      expect(t.title).toBe(headline[lang]);
      for (const part of expected[lang]) expect(t.subtitle).toContain(part);
      expect(t.subtitle).toContain(lang === 'ja' ? '北から南' : 'north to south');
      expect(t.table.rows).toHaveLength(data.bureaus.length);
      for (const s of strings(t)) expect(s).not.toMatch(/NaN|undefined|null|Infinity/);
    }
  });

  it('text(rows, lang) says what the shares are of, and that they are not of the printed national totals', () => {
    const rows = transform(chartFixture());
    const en = text(rows, 'en').notes.join(' ');
    expect(en).toContain('not of the nationwide total the source prints (10,700 companies)');
    expect(en).toContain('added up (about 10,750 companies)');
    expect(en).toContain('(419 universities)');
    expect(en).toContain('not of the nationwide number of universities (about 290 universities, each counted once)');
    const ja = text(rows, 'ja').notes.join('');
    expect(ja).toContain('全国計（10,700社）に対する割合ではない');
    expect(ja).toContain('全国の大学数（約290大学、重複なし）に対する割合ではない');
  });

  it('text(rows, lang) says the projects are listed under the bureaus, neither "METI\'s" bureaus nor their jurisdictions (管内)', () => {
    const rows = transform(chartFixture());
    const all = (lang: 'ja' | 'en') => {
      const t = text(rows, lang);
      return `${t.title} ${t.subtitle} ${t.description} ${t.notes.join(' ')}`;
    };
    expect(all('ja')).not.toContain('管内');
    expect(all('ja')).toContain('下に掲げられたプロジェクト');
    expect(all('en')).not.toMatch(/METI/);
    expect(all('en')).toContain('listed under each');
  });

  it('text(rows, lang) marks every computed column and lists every computed figure for the note', () => {
    const rows = transform(chartFixture());
    for (const lang of ['ja', 'en'] as const) {
      const t = text(rows, lang);
      expect(t.table.computed).toEqual([false, true, true, true, true, true]);
      t.table.head.forEach((h, i) => {
        expect(h.endsWith(lang === 'ja' ? '（計算値）' : '(computed)')).toBe(t.table.computed[i]);
      });
      expect(t.computed.map((d) => d.id)).toContain('bureau.kanto.companies-share');
      expect(t.computed.map((d) => d.id)).toContain('bureau.kinki.universities-share');
    }
  });

  it('text(rows, lang) names one bureau once when it leads both measures', () => {
    const data = chartFixture();
    addProject(data, 'kanto', 0, 900);
    const rows = transform(data);
    expect(text(rows, 'en').title).toBe('Kanto leads in both participating companies and university participations');
    expect(text(rows, 'en').subtitle).toMatch(/The most: about [\d,]+ companies \(about \d+%\) and 992 participations$/);
    expect(text(rows, 'ja').title).toBe('参加企業、大学の延べ数とも関東が最多');
  });
});

describe('companies-by-bureau render', () => {
  it('chart has the public id', () => expect(chart.id).toBe('companies-by-bureau'));

  it('render(rows) gives every bar a tip; company tips carry the share', () => {
    const data = chartFixture();
    const rows = transform(data);
    const svg = render(rows, { lang: 'ja', width: 350 });
    expect(svg.match(/data-tip=/g)).toHaveLength(rows.bureaus.length * 2);
    // The tip names the computed sum and share and says they are computed.
    expect(svg).toContain('関東（3プロジェクト）：約3,490社（約32%）（計算値）');
    expect(svg).toContain('近畿（3プロジェクト）：101大学（24.1%）（計算値）');
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`render(rows, {lang: ${lang}, width: 640}) matches its snapshot`, () => {
      expectSvgSnapshot(`chart-companies-by-bureau-${lang}`, render(transform(chartFixture()), { lang, width: 640 }));
    });
  }
});
