import { describe, expect, it } from 'vitest';
import { chart, DRAWN_AT_MOST, NAMED_TIES_AT_MOST, render, text, transform } from '../../src/charts/network-size.ts';
import type { ChartData } from '../../src/schemas/datasets.ts';
import { formatFigure } from '../../src/i18n/figure-format.ts';
import { chartFixture, expectSvgSnapshot } from '../chart-support.ts';
import { syntheticDataTexts } from '../../scripts/synthetic-data.ts';
import { buildCollections } from '../../src/pipeline/build-collections.ts';
import { chartDataFrom } from '../../src/collections/read-collections.ts';
import { readDataTexts, toInputs } from '../fixtures/data-dir.ts';
import { CHART_WIDTHS, EMBED_EXTRA_WIDTHS } from '../../src/charts/lib/drawn-widths.ts';

const national = (data: ChartData, id: string) => data['phase1-outcomes'].find((r) => r.id === id)!.figure!;
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : [];

/** A new project, cloned from one in the fixture, with the given figures. */
function extraProject(data: ChartData, companies: number, universities: number) {
  const base = structuredClone(data.projects[0]!);
  return {
    ...base,
    id: 'test-extra',
    name_ja: '試験プロジェクト',
    name_en: 'Test Project',
    bureau: 'shikoku',
    companies: { ...base.companies, value: companies },
    universities: { ...base.universities, value: universities },
  };
}

describe('network-size transform', () => {
  it('transform(data) keeps every project, most companies first, with its bureau', () => {
    const data = chartFixture();
    const rows = transform(data);
    expect(rows.projects.map((p) => p.id).sort()).toEqual(data.projects.map((p) => p.id).sort());
    const values = rows.projects.map((p) => p.companies.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    for (const p of rows.projects) {
      const source = data.projects.find((q) => q.id === p.id)!;
      const bureau = data.bureaus.find((b) => b.id === source.bureau)!;
      expect([p.bureau_ja, p.bureau_en]).toEqual([bureau.short_ja, bureau.short_en]);
      expect(p.companies).toEqual(source.companies);
      expect(p.universities).toEqual(source.universities);
    }
  });

  it('transform(data) takes the national totals from phase1-outcomes and sums the projects', () => {
    const data = chartFixture();
    const rows = transform(data);
    expect(rows.national.companies).toEqual(national(data, 'current-companies'));
    expect(rows.national.universities).toEqual(national(data, 'current-universities'));
    expect(rows.sums.companies.figure.value).toBe(data.projects.reduce((s, p) => s + p.companies.value, 0));
    expect(rows.sums.companies.figure.approx).toBe(data.projects.some((p) => p.companies.approx));
    expect(rows.sums.universities.figure.value).toBe(data.projects.reduce((s, p) => s + p.universities.value, 0));
    // The rule the chart must show: universities join several projects, so the sum exceeds the national number.
    expect(rows.sums.universities.figure.value).toBeGreaterThan(rows.national.universities.value);
  });

  it('transform(data) with an added project places it by its companies and adds it to the sums', () => {
    const data = chartFixture();
    // Computed figures are kept per data object: the figures before the change come from a fresh copy.
    const before = transform(chartFixture());
    const top = Math.max(...data.projects.map((p) => p.companies.value));
    data.projects.push(extraProject(data, top + 1, 7));
    const rows = transform(data);
    expect(rows.projects).toHaveLength(before.projects.length + 1);
    expect(rows.projects[0]!.id).toBe('test-extra');
    expect(rows.projects[0]!.bureau_ja).toBe(data.bureaus.find((b) => b.id === 'shikoku')!.short_ja);
    expect(rows.sums.companies.figure.value).toBe(before.sums.companies.figure.value + top + 1);
    expect(rows.sums.universities.figure.value).toBe(before.sums.universities.figure.value + 7);
  });

  it('transform(data) with a removed project drops it from the bars and the sums', () => {
    const data = chartFixture();
    // Computed figures are kept per data object: the figures before the change come from a fresh copy.
    const before = transform(chartFixture());
    const removed = data.projects.splice(0, 1)[0]!;
    const rows = transform(data);
    expect(rows.projects.map((p) => p.id)).not.toContain(removed.id);
    expect(rows.projects).toHaveLength(before.projects.length - 1);
    expect(rows.sums.universities.figure.value).toBe(before.sums.universities.figure.value - removed.universities.value);
  });

  it('transform(data) follows a changed value into the order and the sums', () => {
    const data = chartFixture();
    // Computed figures are kept per data object: the figures before the change come from a fresh copy.
    const before = transform(chartFixture());
    const last = before.projects[before.projects.length - 1]!;
    const project = data.projects.find((p) => p.id === last.id)!;
    const old = project.companies.value;
    project.companies = { ...project.companies, value: before.projects[0]!.companies.value + 100 };
    const rows = transform(data);
    expect(rows.projects[0]!.id).toBe(last.id);
    expect(rows.sums.companies.figure.value).toBe(before.sums.companies.figure.value - old + project.companies.value);
  });

  it('transform(data) fails on a project whose bureau is unknown', () => {
    const data = chartFixture();
    data.projects[0]!.bureau = 'nowhere';
    expect(() => transform(data)).toThrow(/bureau nowhere/);
  });
});

describe('network-size text', () => {
  it('text(rows, lang) names the largest project in the headline and its figures in the subtitle, in both languages', () => {
    const data = chartFixture();
    const rows = transform(data);
    const maxC = Math.max(...data.projects.map((p) => p.companies.value));
    const top = data.projects.find((p) => p.companies.value === maxC)!;
    const topIsAlsoUniversityLeader = data.projects.every((p) => p.id === top.id || p.universities.value < top.universities.value);
    expect(topIsAlsoUniversityLeader).toBe(true);
    for (const lang of ['ja', 'en'] as const) {
      const t = text(rows, lang);
      expect(t.title).toContain(lang === 'ja' ? top.name_ja : top.name_en);
      expect(t.title).toMatch(lang === 'ja' ? /参加企業・大学とも最多$/ : /is largest by both measures$/);
      expect(t.subtitle).toContain(formatFigure(top.companies, lang));
      expect(t.subtitle).toContain(formatFigure(top.universities, lang));
      expect(t.subtitle).toContain(String(data.projects.length));
      expect(t.subtitle).toContain(formatFigure(national(data, 'current-companies'), lang));
      expect(t.subtitle).toContain(formatFigure(national(data, 'current-universities'), lang));
      expect(t.table.rows).toHaveLength(data.projects.length);
      for (const s of strings(t)) expect(s).not.toMatch(/NaN|undefined|null|Infinity/);
    }
  });

  it('text(rows, lang) says the university counts add up to more than the national total, with the sum from the data', () => {
    const data = chartFixture();
    const rows = transform(data);
    const sum = data.projects.reduce((s, p) => s + p.universities.value, 0);
    const ja = text(rows, 'ja');
    const en = text(rows, 'en');
    expect(ja.description).toContain(`${sum.toLocaleString('ja-JP')}大学`);
    expect(ja.description).toContain('上回る');
    expect(ja.notes.join('')).toContain(`${sum.toLocaleString('ja-JP')}大学`);
    expect(en.description).toContain(
      `${sum.toLocaleString('en-GB')} universities, more than the nationwide total of ${formatFigure(national(data, 'current-universities'), 'en')}`,
    );
    expect(en.notes.join(' ')).toMatch(/several projects/);
    // The deck gives no reason for the excess: the reason is the site's reading, and says so.
    expect(ja.notes.join('')).toContain('ためとみられるが、資料はこの点を説明していない');
    expect(en.notes.join(' ')).toContain(
      'presumably because a university takes part in several projects, but the source does not explain it',
    );
    for (const t of [ja, en]) expect(`${t.description} ${t.notes.join(' ')}`).not.toMatch(/ためである|, because a university/);
  });

  it("text(rows, lang) names the regional bureaus without calling them METI's (an outside fact)", () => {
    const en = text(transform(chartFixture()), 'en');
    expect(`${en.title} ${en.subtitle} ${en.description} ${en.table.head.join(' ')} ${en.notes.join(' ')}`).not.toMatch(/METI/);
    expect(en.table.head).toContain('Regional bureau');
  });

  it('text(rows, lang) names both leaders when companies and universities peak in different projects', () => {
    const data = chartFixture();
    const uniLeader = data.projects.find((p) => p.id === 'kansai-bio-cluster')!;
    uniLeader.universities = { ...uniLeader.universities, value: 500 };
    const rows = transform(data);
    const en = text(rows, 'en');
    expect(en.title).toContain('Kansai Bio Cluster Project');
    expect(en.title).toContain('Regional Industry Revitalization Project');
    expect(en.subtitle).toContain('500 universities');
    expect(text(rows, 'ja').title).toContain('参加大学は関西バイオクラスタープロジェクト');
  });
});

describe('network-size render', () => {
  it('chart has the public id', () => expect(chart.id).toBe('network-size'));

  it('render(rows) gives every bar a tip with the figure as printed', () => {
    const data = chartFixture();
    const svg = render(transform(data), { lang: 'ja', width: 350 });
    for (const p of data.projects) expect(svg).toContain(`${p.name_ja}`);
    expect(svg.match(/data-tip=/g)).toHaveLength(data.projects.length * 2);
    expect(svg).toContain(
      `data-tip="地域産業活性化プロジェクト（関東）：${formatFigure(data.projects.find((p) => p.id === 'kanto-regional-revitalization')!.companies, 'ja')}"`,
    );
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`render(rows, {lang: ${lang}, width: 640}) matches its snapshot`, () => {
      expectSvgSnapshot(`chart-network-size-${lang}`, render(transform(chartFixture()), { lang, width: 640 }));
    });
  }
});

describe('network-size with more projects than it draws', () => {
  /** The fixture with copies of its projects added (distinct ids, names and company counts) until there are `total`. */
  function manyProjects(total: number): ChartData {
    const data = chartFixture();
    const base = data.projects;
    for (let i = base.length; i < total; i++) {
      const from = structuredClone(base[i % base.length]!);
      data.projects.push({
        ...from,
        id: `copy-${i}`,
        name_ja: `複製${i}`,
        name_en: `Copy ${i}`,
        companies: { ...from.companies, value: 5 + i },
      });
    }
    return data;
  }

  it(`draws the ${DRAWN_AT_MOST} projects with the most companies, and no others`, () => {
    const data = manyProjects(DRAWN_AT_MOST + 25);
    const rows = transform(data);
    const svg = render(rows, { lang: 'en', width: 640 });
    expect(svg.match(/data-tip=/g)).toHaveLength(DRAWN_AT_MOST * 2);
    const byCompanies = [...data.projects].sort((a, b) => b.companies.value - a.companies.value);
    const cut = byCompanies[DRAWN_AT_MOST - 1]!.companies.value;
    expect(byCompanies[DRAWN_AT_MOST]!.companies.value).toBeLessThan(cut);
    for (const p of byCompanies.slice(0, DRAWN_AT_MOST)) expect(svg).toContain(`data-tip="${p.name_en} (`);
    for (const p of byCompanies.slice(DRAWN_AT_MOST)) expect(svg).not.toContain(`data-tip="${p.name_en} (`);
  });

  it('says in every language how many it draws of how many, and the range and place of the rest', () => {
    const total = DRAWN_AT_MOST + 25;
    const data = manyProjects(total);
    const rows = transform(data);
    const en = text(rows, 'en');
    const ja = text(rows, 'ja');
    // The projects left out, from the data: the fewest companies among them and the most.
    const byCompanies = [...data.projects].sort((a, b) => b.companies.value - a.companies.value);
    const left = byCompanies.slice(DRAWN_AT_MOST);
    const [most, least] = [left[0]!.companies, left.at(-1)!.companies];
    expect(most.value).toBeGreaterThan(least.value);
    expect(en.subtitle).toContain(`the ${DRAWN_AT_MOST} of the ${total} Phase II projects with the most companies`);
    expect(en.description).toContain(
      `the table shows the same ${DRAWN_AT_MOST}, and the projects index and the data downloads list all ${total}`,
    );
    expect(en.notes.at(-1)).toBe(
      `The chart and its table show the ${DRAWN_AT_MOST} projects with the most companies. The other ${total - DRAWN_AT_MOST} have from ${formatFigure(least, 'en')} to ${formatFigure(most, 'en')}; the projects index and the data downloads list all ${total}.`,
    );
    expect(ja.subtitle).toContain(`第Ⅱ期${total}プロジェクトのうち参加企業数の多い${DRAWN_AT_MOST}プロジェクト`);
    expect(ja.description).toContain(
      `表も同じ${DRAWN_AT_MOST}プロジェクトを掲げ、全${total}プロジェクトはプロジェクト一覧とデータのダウンロードにある`,
    );
    expect(ja.notes.at(-1)).toBe(
      `グラフと表には参加企業数の多い${DRAWN_AT_MOST}プロジェクトを掲げている。残る${total - DRAWN_AT_MOST}プロジェクトの参加企業は${formatFigure(least, 'ja')}から${formatFigure(most, 'ja')}まで。全${total}プロジェクトはプロジェクト一覧とデータのダウンロードにある。`,
    );
    for (const [t, lang] of [
      [en, 'en'],
      [ja, 'ja'],
    ] as const) {
      // The downloads keep every project; the page's table shows the ones drawn, in the drawn order.
      expect(t.table.rows).toHaveLength(total);
      expect(t.table.projectsShown).toBe(DRAWN_AT_MOST);
      const drawnNames = byCompanies.slice(0, DRAWN_AT_MOST).map((p) => (lang === 'ja' ? p.name_ja : p.name_en));
      expect(t.table.rows.slice(0, t.table.projectsShown).map((r) => r[0])).toEqual(drawnNames);
    }
  });

  it('names the one figure of the projects left out when they all have the same', () => {
    const extra = 5;
    const data = manyProjects(DRAWN_AT_MOST + extra);
    const low = Math.min(...data.projects.map((p) => p.companies.value)) - 1;
    const sorted = [...data.projects].sort((a, b) => b.companies.value - a.companies.value);
    for (const p of sorted.slice(DRAWN_AT_MOST)) p.companies = { ...p.companies, value: low };
    const rows = transform(data);
    const figure = rows.projects.at(-1)!.companies;
    expect(text(rows, 'en').notes.at(-1)).toContain(`The other ${extra} have ${formatFigure(figure, 'en')} each;`);
    expect(text(rows, 'ja').notes.at(-1)).toContain(`残る${extra}プロジェクトの参加企業はいずれも${formatFigure(figure, 'ja')}。`);
  });

  it(`at ${DRAWN_AT_MOST} projects or fewer says nothing of a limit`, () => {
    const rows = transform(manyProjects(DRAWN_AT_MOST));
    expect(render(rows, { lang: 'ja', width: 640 }).match(/data-tip=/g)).toHaveLength(DRAWN_AT_MOST * 2);
    expect(text(rows, 'en').notes.join(' ')).not.toContain('The chart and its table show');
    expect(text(rows, 'ja').notes.join('')).not.toContain('グラフと表には');
    for (const lang of ['ja', 'en'] as const) expect(text(rows, lang).table.projectsShown).toBeUndefined();
  });
});

describe('network-size at 100 times the real data (scripts/synthetic-data.ts, as the benchmark builds)', () => {
  const factor = 100;
  const expectedProjects = factor * 17;
  const data = chartDataFrom(buildCollections(toInputs(syntheticDataTexts(factor, readDataTexts())), { expectedProjects }));
  const rows = transform(data);

  it(`draws ${DRAWN_AT_MOST} of the ${expectedProjects} projects, and its page table shows the same ones`, () => {
    expect(rows.projects).toHaveLength(expectedProjects);
    for (const lang of ['ja', 'en'] as const) {
      const svg = render(rows, { lang, width: 640 });
      expect(svg.match(/data-tip=/g)).toHaveLength(DRAWN_AT_MOST * 2);
      const t = text(rows, lang);
      expect(t.table.projectsShown).toBe(DRAWN_AT_MOST);
      expect(t.table.rows).toHaveLength(expectedProjects);
      // Each project is a tip `name（bureau）：…` or `name (bureau): …`: shown rows are drawn, the others are not.
      const tipOf = (name: string) => `data-tip="${name}${lang === 'ja' ? '（' : ' ('}`;
      for (const r of t.table.rows.slice(0, DRAWN_AT_MOST)) expect(svg).toContain(tipOf(r[0]!));
      for (const r of t.table.rows.slice(DRAWN_AT_MOST)) expect(svg).not.toContain(tipOf(r[0]!));
    }
  });

  it("keeps an embed's five drawings under 175 KB in each language", () => {
    // The embed draws every width of charts/lib/drawn-widths.ts; its page must stay under 300 KB with room to spare.
    const widths = [...CHART_WIDTHS, ...EMBED_EXTRA_WIDTHS];
    expect(widths).toHaveLength(5);
    for (const lang of ['ja', 'en'] as const) {
      const bytes = widths.reduce((sum, width) => sum + Buffer.byteLength(render(rows, { lang, width })), 0);
      expect(bytes, lang).toBeLessThan(175_000);
    }
  });

  it('keeps its headline a headline (test/unit/chart-headlines.test.ts) when dozens of projects tie', () => {
    const en = text(rows, 'en');
    const ja = text(rows, 'ja');
    expect(en.title.split(/\s+/).length, en.title).toBeLessThanOrEqual(12);
    expect([...new Intl.Segmenter('ja', { granularity: 'grapheme' }).segment(ja.title)].length, ja.title).toBeLessThanOrEqual(30);
  });

  it('says how many are left out and the companies they have, the same in ja and en', () => {
    const left = rows.projects.slice(DRAWN_AT_MOST);
    const [most, least] = [left[0]!.companies, left.at(-1)!.companies];
    const en = text(rows, 'en').notes.at(-1)!;
    const ja = text(rows, 'ja').notes.at(-1)!;
    expect(en).toContain(
      `The other ${expectedProjects - DRAWN_AT_MOST} have from ${formatFigure(least, 'en')} to ${formatFigure(most, 'en')};`,
    );
    expect(ja).toContain(
      `残る${expectedProjects - DRAWN_AT_MOST}プロジェクトの参加企業は${formatFigure(least, 'ja')}から${formatFigure(most, 'ja')}まで。`,
    );
    for (const note of [en, ja]) expect(note).toContain(String(expectedProjects));
  });
});

describe('network-size with many projects tied at an extreme', () => {
  it(`names up to ${NAMED_TIES_AT_MOST} tied projects and counts more, in the headline and the description, in ja and en`, () => {
    const data = chartFixture();
    const top = Math.max(...data.projects.map((p) => p.companies.value)) + 1;
    const tied = NAMED_TIES_AT_MOST + 2;
    // The first `tied` projects (not the university leader) share the most companies.
    const uniLeader = [...data.projects].sort((a, b) => b.universities.value - a.universities.value)[0]!;
    const others = data.projects.filter((p) => p.id !== uniLeader.id).slice(0, tied);
    for (const p of others) p.companies = { ...p.companies, value: top };
    const rows = transform(data);
    const en = text(rows, 'en');
    const ja = text(rows, 'ja');
    expect(en.title).toBe(
      `${tied} projects have the most companies; ${uniLeader.name_en} (${rows.projects.find((p) => p.id === uniLeader.id)!.bureau_en}) the most universities`,
    );
    expect(ja.title).toContain(`参加企業は${tied}プロジェクト、参加大学は${uniLeader.name_ja}`);
    expect(en.description).toContain(`to ${formatFigure(others[0]!.companies, 'en')} (${tied} projects)`);
    expect(ja.description).toContain(`${tied}プロジェクトの${formatFigure(others[0]!.companies, 'ja')}まで`);
    for (const p of others) {
      expect(en.title).not.toContain(p.name_en);
      expect(ja.title).not.toContain(p.name_ja);
    }
  });

  it(`names the tied projects when there are ${NAMED_TIES_AT_MOST} or fewer`, () => {
    const data = chartFixture();
    const top = Math.max(...data.projects.map((p) => p.companies.value)) + 1;
    const uniLeader = [...data.projects].sort((a, b) => b.universities.value - a.universities.value)[0]!;
    const others = data.projects.filter((p) => p.id !== uniLeader.id).slice(0, NAMED_TIES_AT_MOST);
    for (const p of others) p.companies = { ...p.companies, value: top };
    const en = text(transform(data), 'en');
    for (const p of others) expect(en.title).toContain(p.name_en);
    expect(en.title).toContain('have the most companies');
  });
});
