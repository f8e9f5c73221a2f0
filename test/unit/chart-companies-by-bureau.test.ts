import { describe, expect, it } from 'vitest';
import { chart, render, text, transform } from '../../src/charts/companies-by-bureau.ts';
import type { ChartData } from '../../src/charts/lib/types.ts';
import { formatFigure, formatShare } from '../../src/lib/format.ts';
import { chartFixture, expectSvgSnapshot } from '../chart-support.ts';

const national = (data: ChartData, id: string) => data['phase1-outcomes'].find((r) => r.id === id)!.figure!;
const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []);

/**
 * Adds a project to the data as the pipeline would: the project itself and its bureau's derived
 * sums (the chart reads the bureau sums; the fixture is edited in memory, never re-read).
 */
function addProject(data: ChartData, bureauId: string, companies: number, universities: number) {
  const base = structuredClone(data.projects[0]!);
  data.projects.push({ ...base, id: 'test-extra', bureau: bureauId, companies: { ...base.companies, value: companies }, universities: { ...base.universities, value: universities } });
  const d = data.bureaus.find((b) => b.id === bureauId)!.derived;
  d.projectCount += 1;
  d.companies = { value: d.companies.value + companies, approx: d.companies.approx || base.companies.approx };
  d.universities = { value: d.universities.value + universities, approx: d.universities.approx || base.universities.approx };
}

function removeProject(data: ChartData, projectId: string) {
  const project = data.projects.find((p) => p.id === projectId)!;
  data.projects = data.projects.filter((p) => p.id !== projectId);
  const d = data.bureaus.find((b) => b.id === project.bureau)!.derived;
  d.projectCount -= 1;
  d.companies = { ...d.companies, value: d.companies.value - project.companies.value };
  d.universities = { ...d.universities, value: d.universities.value - project.universities.value };
  return project;
}

describe('companies-by-bureau transform', () => {
  it('transform(data) lists the bureaus north to south with the sums of their projects', () => {
    const data = chartFixture();
    const rows = transform(data);
    expect(rows.bureaus.map((b) => b.id)).toEqual([...data.bureaus].sort((a, b) => a.derived.order - b.derived.order).map((b) => b.id));
    for (const b of rows.bureaus) {
      const own = data.projects.filter((p) => p.bureau === b.id);
      expect(b.projectCount).toBe(own.length);
      expect(b.companies.value).toBe(own.reduce((s, p) => s + p.companies.value, 0));
      expect(b.companies.approx).toBe(own.some((p) => p.companies.approx));
      expect(b.universities.value).toBe(own.reduce((s, p) => s + p.universities.value, 0));
    }
  });

  it('transform(data) gives each bureau its share of the printed national total of companies', () => {
    const data = chartFixture();
    const rows = transform(data);
    const total = national(data, 'current-companies');
    expect(rows.national.companies).toEqual(total);
    for (const b of rows.bureaus) expect(b.companiesShare).toBeCloseTo(b.companies.value / total.value, 12);
    expect(rows.sums.companies.value).toBe(data.projects.reduce((s, p) => s + p.companies.value, 0));
    expect(rows.sums.universities.value).toBe(data.projects.reduce((s, p) => s + p.universities.value, 0));
  });

  it('transform(data) keeps north-to-south order whatever order the bureaus come in', () => {
    const data = chartFixture();
    const order = transform(data).bureaus.map((b) => b.id);
    data.bureaus.reverse();
    expect(transform(data).bureaus.map((b) => b.id)).toEqual(order);
  });

  it('transform(data) with an added project raises its bureau’s companies, share and universities', () => {
    const data = chartFixture();
    const before = transform(data);
    addProject(data, 'okinawa', 500, 3);
    const rows = transform(data);
    const [was, now] = [before, rows].map((r) => r.bureaus.find((b) => b.id === 'okinawa')!);
    expect(now!.companies.value).toBe(was!.companies.value + 500);
    expect(now!.universities.value).toBe(was!.universities.value + 3);
    expect(now!.projectCount).toBe(was!.projectCount + 1);
    expect(now!.companiesShare).toBeCloseTo((was!.companies.value + 500) / national(data, 'current-companies').value, 12);
    expect(rows.sums.companies.value).toBe(before.sums.companies.value + 500);
  });

  it('transform(data) with a removed project lowers its bureau’s sums', () => {
    const data = chartFixture();
    const before = transform(data);
    const removed = removeProject(data, 'kanto-regional-revitalization');
    const rows = transform(data);
    const [was, now] = [before, rows].map((r) => r.bureaus.find((b) => b.id === removed.bureau)!);
    expect(now!.companies.value).toBe(was!.companies.value - removed.companies.value);
    expect(now!.universities.value).toBe(was!.universities.value - removed.universities.value);
    expect(now!.projectCount).toBe(was!.projectCount - 1);
  });

  it('transform(data) follows a changed bureau sum and a changed national total', () => {
    const data = chartFixture();
    data.bureaus.find((b) => b.id === 'shikoku')!.derived.companies = { value: 5000, approx: true };
    const totalRow = data['phase1-outcomes'].find((r) => r.id === 'current-companies')!;
    totalRow.figure = { ...totalRow.figure!, value: 20000 };
    const rows = transform(data);
    const shikoku = rows.bureaus.find((b) => b.id === 'shikoku')!;
    expect(shikoku.companies.value).toBe(5000);
    expect(shikoku.companiesShare).toBe(5000 / 20000);
  });
});

describe('companies-by-bureau text', () => {
  it('text(rows, lang) names the bureaus with the most companies and university participations, in both languages', () => {
    const data = chartFixture();
    const rows = transform(data);
    const byCompanies = [...data.bureaus].sort((a, b) => b.derived.companies.value - a.derived.companies.value)[0]!;
    const byUniversities = [...data.bureaus].sort((a, b) => b.derived.universities.value - a.derived.universities.value)[0]!;
    const share = formatShare(byCompanies.derived.companies.value / national(data, 'current-companies').value, 'en');
    for (const lang of ['ja', 'en'] as const) {
      const t = text(rows, lang);
      const top = rows.bureaus.find((b) => b.id === byCompanies.id)!;
      expect(t.title).toContain(lang === 'ja' ? byCompanies.short_ja : byCompanies.short_en);
      expect(t.title).toContain(lang === 'ja' ? byUniversities.short_ja : byUniversities.short_en);
      expect(t.title).toContain(formatFigure(top.companies, lang));
      expect(t.title).toContain(share);
      expect(t.title).toContain(String(byUniversities.derived.universities.value));
      expect(t.subtitle).toContain(lang === 'ja' ? '北から南' : 'north to south');
      expect(t.table.rows).toHaveLength(data.bureaus.length);
      for (const s of strings(t)) expect(s).not.toMatch(/NaN|undefined|null|Infinity/);
    }
  });

  it('text(rows, lang) explains why the shares add up to more than 100% and the universities get no share', () => {
    const data = chartFixture();
    const rows = transform(data);
    const total = national(data, 'current-companies').value;
    const sum = data.projects.reduce((s, p) => s + p.companies.value, 0);
    for (const lang of ['ja', 'en'] as const) {
      const notes = text(rows, lang).notes.join(' ');
      expect(notes).toContain(formatShare(sum / total, lang));
      expect(notes).toContain(formatFigure(rows.sums.companies, lang));
      expect(notes).toContain(formatFigure(rows.sums.universities, lang));
      expect(notes).toContain(formatFigure(rows.national.universities, lang));
    }
  });

  it('text(rows, lang) names one bureau once when it leads both measures', () => {
    const data = chartFixture();
    const kanto = data.bureaus.find((b) => b.id === 'kanto')!;
    kanto.derived.universities = { value: 999, approx: false };
    const rows = transform(data);
    expect(text(rows, 'en').title).toMatch(/^Kanto has the most participating companies \(.*\) and university participations \(999 universities\)$/);
    expect(text(rows, 'ja').title).toContain('とも関東が最多');
  });
});

describe('companies-by-bureau render', () => {
  it('chart has the public id', () => expect(chart.id).toBe('companies-by-bureau'));

  it('render(rows) gives every bar a tip; company tips carry the share', () => {
    const data = chartFixture();
    const rows = transform(data);
    const svg = render(rows, { lang: 'ja', width: 350 });
    expect(svg.match(/data-tip=/g)).toHaveLength(rows.bureaus.length * 2);
    for (const b of rows.bureaus) expect(svg).toContain(`${formatFigure(b.companies, 'ja')}（全国計の${formatShare(b.companiesShare, 'ja')}）`);
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`render(rows, {lang: ${lang}, width: 640}) matches its snapshot`, () => {
      expectSvgSnapshot(`chart-companies-by-bureau-${lang}`, render(transform(chartFixture()), { lang, width: 640 }));
    });
  }
});
