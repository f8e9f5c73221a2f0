/**
 * The data behind every figure (CSV and JSON downloads): the CSV opens in a spreadsheet and
 * reads back to exactly the JSON's rows; the numbers are the datasets' own, checked here
 * against content/data/*.json read independently (sums, shares and matches by label computed
 * in the test), and agree with the text each cell shows.
 */
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { CHARTS, chartById } from '../../src/charts/chart-registry.ts';
import { figureCsv, figureJson, figureTable, type FigureJson } from '../../src/figures/download-table.ts';
import { FIGURE_IDS } from '../../src/figures/figure-registry.ts';
import { FIGURE_EXPORT_UI } from '../../src/i18n/figure-export.ts';
import { LANGS, type Lang } from '../../src/core/locales.ts';
import { t } from '../../src/i18n/ui.ts';
import type { Cell } from '../../src/downloads/dataset-downloads.ts';
import { FIELD_LABELS, type FieldId } from '../../src/core/field-labels.ts';
import { contentData, figureInputs } from './figure-inputs.ts';

const inputs = figureInputs();
const CASES = LANGS.flatMap((lang) => FIGURE_IDS.map((id) => [id, lang] as [string, Lang]));
const BOM = '\uFEFF';

/** A CSV cell back to the JSON's type: numbers and booleans parsed, empty cells null, formula guards undone. */
function fromCsv(text: string, type: string): Cell {
  if (text === '') return null;
  if (type === 'number') return Number(text);
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

describe.each(CASES)('data of %s (%s)', (id, lang) => {
  const table = figureTable(id, lang, inputs);
  const csv = figureCsv(table);
  const json = JSON.parse(JSON.stringify(figureJson(id, lang, inputs))) as FigureJson;

  it('is a CSV with a BOM, CRLF line ends and one header line of column names', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const header = csvParse(csv.slice(1)).columns;
    expect(header).toEqual(json.columns.map((c) => c.name));
    expect(new Set(header).size).toBe(header.length);
  });

  it('reads back from the CSV to exactly the JSON’s rows', () => {
    const parsed = csvParse(csv.slice(1));
    expect(parsed).toHaveLength(json.rows.length);
    const back = parsed.map((row) => Object.fromEntries(json.columns.map((c) => [c.name, fromCsv(row[c.name] ?? '', c.type)])));
    expect(back).toEqual(json.rows);
  });

  it('describes itself: id, language, title, source from the sources dataset, absolute page address, typed columns', () => {
    const source = contentData('sources').find((s) => s.id === 'meti-2007');
    expect([json.id, json.lang]).toEqual([id, lang]);
    expect(json.title.length).toBeGreaterThan(10);
    expect(json.source.publisher).toBe(source[`publisher_${lang}`]);
    expect(json.source.title).toBe(source[`title_${lang}`]);
    expect(json.source.date).toBe('2007-10-25');
    expect(json.source.pages.length).toBeGreaterThan(0);
    expect(json.page).toBe(`http://localhost:4321/${lang}/${id === 'map' ? 'map' : `charts/${id}`}/`);
    for (const c of json.columns) expect(['string', 'number', 'boolean']).toContain(c.type);
    for (const row of json.rows)
      for (const c of json.columns) {
        const v = row[c.name];
        if (v !== null) expect(typeof v, `${c.name}: ${String(v)}`).toBe(c.type);
      }
  });
});

/** `約2,140社`, `about 2,140 companies`, `35.4%`, `8.2%`, `29 universities` → the number written; null for other texts (億円, 1/3, …). */
function writtenNumber(text: string): number | null {
  const m = /^(?:約|about )?(\d[\d,]*(?:\.\d+)?)(%|社|大学|件|倍|×| compan(?:y|ies)| universit(?:y|ies))?$/.exec(text);
  return m ? Number(m[1]!.replaceAll(',', '')) : null;
}

describe.each(LANGS)('chart tables’ numbers (%s)', (lang) => {
  it.each(CHARTS.map((c) => c.id))(
    '%s: values parallel the rows, a number for each numeric cell that shows one, agreeing with its text',
    (id) => {
      const chart = chartById(id);
      const table = chart.text(chart.transform(inputs.chartData), lang).table;
      expect(table.values.map((r) => r.length)).toEqual(table.rows.map((r) => r.length));
      let numbers = 0;
      for (const [r, cells] of table.rows.entries()) {
        for (const [i, text] of cells.entries()) {
          const value = table.values[r]![i]!;
          if (!table.numeric[i]) {
            expect(value, `${text} is a text cell`).toBeNull();
            continue;
          }
          // A numeric cell without a number says so in words, with no digit.
          if (value === null) {
            expect(text).not.toMatch(/\d/);
            continue;
          }
          numbers++;
          expect(Number.isFinite(value)).toBe(true);
          const written = writtenNumber(text);
          // Shares are shown to one decimal; counts and printed figures exactly.
          if (written !== null) expect(Math.abs(written - value), `${text} shows ${value}`).toBeLessThanOrEqual(0.05);
        }
      }
      expect(numbers).toBeGreaterThan(0);
    },
  );

  it.each(CHARTS.map((c) => c.id))('%s: the data’s text columns are the chart’s table, cell for cell', (id) => {
    const chart = chartById(id);
    const table = chart.text(chart.transform(inputs.chartData), lang).table;
    const shown = FIGURE_EXPORT_UI[lang].shownColumn;
    const rows = figureTable(id, lang, inputs).rows;
    expect(rows.map((row) => table.head.map((h, i) => row[table.numeric[i] ? shown(h) : h]))).toEqual(table.rows);
  });
});

/** Labels compared across scripts: NFKC (full-width digits) and plain quotes. */
const plain = (s: string) => s.normalize('NFKC').replace(/[“”]/g, '"');
const label = (row: Record<string, string>, lang: Lang) => row[`label_${lang}`]!;
const numberColumn = (id: string, lang: Lang, index: number) =>
  chartById(id).text(chartById(id).transform(inputs.chartData), lang).table.head[index]!;
const rowsOf = (id: string, lang: Lang) => figureTable(id, lang, inputs).rows;

describe.each(LANGS)('figure data equal the datasets (%s)', (lang) => {
  const projects = contentData('cluster-projects');
  const bureaus = contentData('bureaus');
  const ui = t(lang);
  const words = FIGURE_EXPORT_UI[lang];

  it('map: each project’s companies and universities, as printed and approximate, as in cluster-projects.json', () => {
    const rows = rowsOf('map', lang);
    expect(rows).toHaveLength(projects.length);
    for (const p of projects) {
      const row = rows.find((r) => r[ui.colProject] === p[`name_${lang}`])!;
      expect(row, p.id).toBeDefined();
      expect(row[ui.colBureau]).toBe(bureaus.find((b) => b.id === p.bureau)[`name_${lang}`]);
      expect(String(row[ui.colFields]).split(words.listSeparator)).toEqual(p.fields.map((f: FieldId) => FIELD_LABELS[f][lang]));
      for (const [m, heading] of [
        ['companies', ui.colCompanies],
        ['universities', ui.colUniversities],
      ] as const) {
        expect(row[heading]).toBe(p[m].value);
        expect(row[words.printedColumn(heading)]).toBe(p[m].printed);
        expect(row[words.approxColumn(heading)]).toBe(p[m].printed.startsWith('約'));
      }
    }
  });

  it('network-size: each project’s figures as in cluster-projects.json', () => {
    const rows = rowsOf('network-size', lang);
    const [name, , companies, universities] = [0, 1, 2, 3].map((i) => numberColumn('network-size', lang, i)) as [
      string,
      string,
      string,
      string,
    ];
    expect(rows).toHaveLength(projects.length);
    for (const p of projects) {
      const row = rows.find((r) => r[name] === p[`name_${lang}`])!;
      expect([row[companies], row[universities]]).toEqual([p.companies.value, p.universities.value]);
    }
  });

  it('companies-by-bureau: sums of the bureau’s projects, and their shares of all the projects as shown (rounded)', () => {
    const rows = rowsOf('companies-by-bureau', lang);
    const [name, count, companies, share, universities, universitiesShare] = [0, 1, 2, 3, 4, 5].map((i) =>
      numberColumn('companies-by-bureau', lang, i),
    ) as string[];
    const all = (m: 'companies' | 'universities') => projects.reduce((s, p) => s + p[m].value, 0);
    for (const b of bureaus) {
      const own = projects.filter((p) => p.bureau === b.id);
      const row = rows.find((r) => r[name!] === b[`name_${lang}`])!;
      const sum = own.reduce((s, p) => s + p.companies.value, 0);
      const participations = own.reduce((s, p) => s + p.universities.value, 0);
      expect(row[count!]).toBe(own.length);
      expect(row[companies!]).toBe(sum);
      expect(row[universities!]).toBe(participations);
      // Shares are of the projects added up, given no finer than their inputs: a whole percent for the
      // approximate company counts, 0.1 point for the exact university counts.
      expect(Number.isInteger(row[share!])).toBe(true);
      expect(Math.abs((row[share!] as number) - (sum / all('companies')) * 100)).toBeLessThanOrEqual(0.5);
      expect(row[universitiesShare!]).toBeCloseTo(Math.round((participations / all('universities')) * 1000) / 10, 9);
    }
  });

  it('marks computed columns in the JSON and names them so in the CSV', () => {
    const json = figureJson('companies-by-bureau', lang, inputs);
    const computed = json.columns.filter((c) => c.computed).map((c) => c.name);
    expect(computed).toHaveLength(10);
    for (const name of computed) expect(name).toMatch(lang === 'ja' ? /（計算値）/ : /\(computed\)/);
    expect(json.columns.find((c) => !c.computed)!.name).toBe(lang === 'ja' ? '経済産業局' : 'Regional bureau');
    expect(figureJson('network-size', lang, inputs).columns.some((c) => c.computed)).toBe(false);
  });

  it('companies-by-field: companies of every project in the field, summed, and the number of projects', () => {
    const rows = rowsOf('companies-by-field', lang);
    const [field, count, companies] = [0, 1, 2].map((i) => numberColumn('companies-by-field', lang, i)) as string[];
    const fields = new Set<FieldId>(projects.flatMap((p) => p.fields));
    expect(rows).toHaveLength(fields.size);
    for (const f of fields) {
      const own = projects.filter((p) => p.fields.includes(f));
      const row = rows.find((r) => r[field!] === FIELD_LABELS[f][lang])!;
      expect([row[count!], row[companies!]]).toEqual([own.length, own.reduce((s, p) => s + p.companies.value, 0)]);
    }
  });

  // Charts whose rows are the figure rows of one dataset, matched by label.
  it.each([
    ['innovation-source', ['innovation-source']],
    ['consortium-funnel', ['consortium-results']],
    ['regional-resource-call', ['regional-resource-program']],
    ['phase1-firm-impact', ['phase1-outcomes']],
    ['phase1-network', ['phase1-outcomes']],
    ['cocreation-budget', ['cocreation-budget']],
  ])('%s: each row’s number is its row’s figure in %s', (id, datasets) => {
    const figures = datasets.flatMap((d) => contentData(d));
    const [item, value] = [0, id === 'cocreation-budget' ? 2 : 1].map((i) => numberColumn(id, lang, i)) as [string, string];
    const rows = rowsOf(id, lang);
    let matched = 0;
    for (const row of rows) {
      const names = figures.filter((f) => plain(label(f, lang)) === plain(String(row[item])));
      expect(names.length, `${String(row[item])} names one row of ${datasets.join(', ')}`).toBe(1);
      const source = names[0]!;
      expect(row[value], String(row[item])).toBe(source.figure ? source.figure.value : null);
      matched++;
    }
    expect(matched).toBe(rows.length);
  });

  it('cocreation-budget: each part’s share is its amount over its parent’s', () => {
    const budget = contentData('cocreation-budget');
    const [item, , , share] = [0, 1, 2, 3].map((i) => numberColumn('cocreation-budget', lang, i)) as string[];
    for (const row of rowsOf('cocreation-budget', lang)) {
      const node = budget.find((b) => label(b, lang) === row[item!])!;
      const parent = budget.find((b) => b.id === node.parent);
      const expected = node.figure && parent?.figure ? (node.figure.value / parent.figure.value) * 100 : null;
      if (expected === null) expect(row[share!]).toBeNull();
      // Amounts are rounded (９２億円 is ±0.5億円), so shares are given to the whole percent.
      else expect(Math.abs((row[share!] as number) - expected)).toBeLessThanOrEqual(0.5);
    }
  });

  it('collaboration-by-firm-size: the two printed shares per band, smallest firms first, and the rest to 100', () => {
    const survey = contentData('collaboration-by-firm-size');
    const [, collaborating, notCollaborating, rest] = [0, 1, 2, 3].map((i) =>
      numberColumn('collaboration-by-firm-size', lang, i),
    ) as string[];
    const mins = [...new Set(survey.map((r) => r.employees.min as number))].sort((a, b) => a - b);
    const rows = rowsOf('collaboration-by-firm-size', lang);
    expect(rows).toHaveLength(mins.length);
    mins.forEach((min, i) => {
      const of = (series: string) => survey.find((r) => r.employees.min === min && r.series === series).figure.value as number;
      expect([rows[i]![collaborating!], rows[i]![notCollaborating!]]).toEqual([of('collaborating'), of('not-collaborating')]);
      expect(rows[i]![rest!]).toBeCloseTo(100 - of('collaborating') - of('not-collaborating'), 6);
    });
  });
});
