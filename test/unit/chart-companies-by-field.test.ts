import { describe, expect, it } from 'vitest';
import { chart, render, text, transform } from '../../src/charts/companies-by-field.ts';
import type { ChartData } from '../../src/schemas/datasets.ts';
import { formatFigure } from '../../src/i18n/figure-format.ts';
import { FIELD_LABELS, type FieldId } from '../../src/core/field-labels.ts';
import { chartFixture, expectSvgSnapshot } from '../chart-support.ts';

const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : [];

/** The rule, worked out independently: a field's bar counts the companies of every project that lists it. */
function expected(data: ChartData) {
  const fields = new Set(data.projects.flatMap((p) => p.fields));
  return new Map(
    [...fields].map((id) => {
      const own = data.projects.filter((p) => p.fields.includes(id));
      return [id, { companies: own.reduce((s, p) => s + p.companies.value, 0), projects: own.map((p) => p.id) }];
    }),
  );
}

describe('companies-by-field transform', () => {
  it('transform(data) counts each project’s companies in every field it lists, most companies first', () => {
    const data = chartFixture();
    const rows = transform(data);
    const want = expected(data);
    expect(rows.fields.map((f) => f.id).sort()).toEqual([...want.keys()].sort());
    for (const f of rows.fields) {
      expect(f.companies.value).toBe(want.get(f.id)!.companies);
      expect(f.projects.map((p) => p.id)).toEqual(want.get(f.id)!.projects);
      expect(f.companies.approx).toBe(true);
    }
    const values = rows.fields.map((f) => f.companies.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('transform(data) counts each project once in the total, so multi-field projects make the bars exceed it', () => {
    const data = chartFixture();
    const rows = transform(data);
    const total = data.projects.reduce((s, p) => s + p.companies.value, 0);
    const multi = data.projects.filter((p) => p.fields.length > 1);
    expect(rows.total.value).toBe(total);
    expect(rows.projectCount).toBe(data.projects.length);
    expect(rows.multiField.map((p) => p.id)).toEqual(multi.map((p) => p.id));
    // Each extra field of a project adds its companies once more.
    const extra = multi.reduce((s, p) => s + (p.fields.length - 1) * p.companies.value, 0);
    expect(rows.barsSum.value).toBe(total + extra);
    expect(rows.barsSum.value).toBeGreaterThan(rows.total.value);
  });

  it('transform(data) with an added multi-field project adds it to each of its fields', () => {
    const data = chartFixture();
    // Computed figures are kept per data object: the figures before the change come from a fresh copy.
    const before = transform(chartFixture());
    const base = structuredClone(data.projects[0]!);
    data.projects.push({ ...base, id: 'test-extra', fields: ['semiconductors', 'energy'], companies: { ...base.companies, value: 100 } });
    const rows = transform(data);
    const bar = (r: typeof rows, id: FieldId) => r.fields.find((f) => f.id === id)!;
    for (const id of ['semiconductors', 'energy'] as const) {
      expect(bar(rows, id).companies.value).toBe(bar(before, id).companies.value + 100);
      expect(bar(rows, id).projects).toHaveLength(bar(before, id).projects.length + 1);
    }
    expect(rows.total.value).toBe(before.total.value + 100);
    expect(rows.barsSum.value).toBe(before.barsSum.value + 200);
    expect(rows.multiField.map((p) => p.id)).toContain('test-extra');
  });

  it('transform(data) with a removed project drops a field no other project lists', () => {
    const data = chartFixture();
    const only = data.projects.filter((p) => p.fields.includes('processing-trade'));
    expect(only).toHaveLength(1);
    data.projects = data.projects.filter((p) => p.id !== only[0]!.id);
    const rows = transform(data);
    expect(rows.fields.map((f) => f.id)).not.toContain('processing-trade');
    expect(rows.total.value).toBe(data.projects.reduce((s, p) => s + p.companies.value, 0));
  });

  it('transform(data) follows a changed value into every field of the project', () => {
    const data = chartFixture();
    // Computed figures are kept per data object: the figures before the change come from a fresh copy.
    const before = transform(chartFixture());
    const project = data.projects.find((p) => p.fields.length > 1)!;
    project.companies = { ...project.companies, value: project.companies.value + 1000 };
    const rows = transform(data);
    for (const f of rows.fields) {
      const old = before.fields.find((g) => g.id === f.id)!;
      expect(f.companies.value).toBe(old.companies.value + (project.fields.includes(f.id) ? 1000 : 0));
    }
    expect(rows.total.value).toBe(before.total.value + 1000);
  });
});

describe('companies-by-field text', () => {
  it('text(rows, lang) names the leading field with its companies and projects, in both languages', () => {
    const data = chartFixture();
    const rows = transform(data);
    const want = expected(data);
    const [leadId, lead] = [...want].sort((a, b) => b[1].companies - a[1].companies)[0]!;
    for (const lang of ['ja', 'en'] as const) {
      const t = text(rows, lang);
      const leadRow = rows.fields.find((f) => f.id === leadId)!;
      expect(t.title).toContain(FIELD_LABELS[leadId][lang]);
      expect(t.title).toContain(formatFigure(leadRow.companies, lang));
      expect(t.title).toContain(String(lead.projects.length));
      expect(t.table.rows).toHaveLength(want.size);
      for (const s of strings(t)) expect(s).not.toMatch(/NaN|undefined|null|Infinity/);
    }
  });

  it('text(rows, lang) says the bars add up to more than the total, with both sums from the data', () => {
    const data = chartFixture();
    const rows = transform(data);
    const multi = data.projects.filter((p) => p.fields.length > 1).length;
    const ja = text(rows, 'ja');
    const en = text(rows, 'en');
    expect(ja.notes[0]).toContain(`${multi}プロジェクト`);
    expect(ja.notes[0]).toContain(formatFigure(rows.barsSum, 'ja'));
    expect(ja.notes[0]).toContain(formatFigure(rows.total, 'ja'));
    expect(ja.notes[0]).toContain('上回る');
    expect(en.notes[0]).toContain(`The ${multi} projects that list several fields`);
    expect(en.description).toContain(`add up to ${formatFigure(rows.barsSum, 'en')}, more than`);
  });

  it('text(rows, lang) says the bars equal the total when no project has several fields', () => {
    const data = chartFixture();
    data.projects = data.projects.filter((p) => p.fields.length === 1);
    const rows = transform(data);
    expect(rows.barsSum.value).toBe(rows.total.value);
    expect(text(rows, 'en').notes[0]).toMatch(/^Every project is in one field/);
    expect(text(rows, 'ja').notes[0]).toContain('等しい');
  });
});

describe('companies-by-field render', () => {
  it('chart has the public id', () => expect(chart.id).toBe('companies-by-field'));

  it('render(rows) gives every bar a tip with the approximate figure', () => {
    const rows = transform(chartFixture());
    const svg = render(rows, { lang: 'en', width: 350 });
    expect(svg.match(/data-tip=/g)).toHaveLength(rows.fields.length);
    for (const f of rows.fields) expect(svg).toContain(formatFigure(f.companies, 'en'));
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`render(rows, {lang: ${lang}, width: 640}) matches its snapshot`, () => {
      expectSvgSnapshot(`chart-companies-by-field-${lang}`, render(transform(chartFixture()), { lang, width: 640 }));
    });
  }
});
