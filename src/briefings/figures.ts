/**
 * The figures prose may bind to, by key. A key names a dataset row (`consortium-results.proposals`),
 * a project's figure (`cluster-projects.kanto-regional-revitalization.companies`), a period
 * (`period.consortium-results.proposals`) or a figure the site computes (`derived.<id>`, declared
 * in src/derived/catalogue.ts). Every resolved figure carries its source and page for the notes,
 * and a computed one its declaration, so its note says it was computed and how.
 */
import { FIGURE_TABLE_IDS, type ChartData, type FigureTableId } from '../schemas/datasets.ts';
import { catalogueOf } from '../derived/catalogue.ts';
import type { DerivedFigure } from '../derived/derived-figure.ts';
import { formatDerived } from '../derived/derived-format.ts';
import type { Lang } from '../core/locales.ts';
import { pick } from '../core/locales.ts';
import { formatFigure, formatPeriod } from '../i18n/figure-format.ts';
import type { Figure } from '../schemas/figure.ts';

export interface BoundFigure {
  /** The figure as the reader sees it (約6,500件 / about 6,500). */
  text: string;
  /** Where it comes from: the printed figure's source and page. */
  source: string;
  page: number;
  /** Set when the site computed the figure: its declaration, for a "computed from" note. */
  derived?: DerivedFigure;
}

type Resolver = (data: ChartData, lang: Lang) => BoundFigure;

const TABLES = FIGURE_TABLE_IDS;
type Table = FigureTableId;

function tableRow(data: ChartData, table: Table, id: string): ChartData[Table][number] | undefined {
  const rows: ChartData[Table][number][] = data[table];
  return rows.find((r) => r.id === id);
}

const formatted = (figure: Figure, row: { source: string; page: number }, lang: Lang): BoundFigure => ({
  text: formatFigure(figure, lang),
  source: row.source,
  page: row.page,
});

/** A computed figure from the catalogue: counts and ranks as plain numbers, the rest with their unit. */
function computed(d: DerivedFigure, lang: Lang): BoundFigure {
  return { text: formatDerived(d, lang), source: 'meti-2007', page: d.pages[0] ?? 0, derived: d };
}

/**
 * Names the site picks out by the printed figures (the bureau and the project with the most
 * companies): not numbers, but computed all the same, so their note says how.
 */
const SELECTIONS: Record<string, Resolver> = {
  'top-bureau': (d, lang) => {
    const top = [...d.bureaus].sort(
      (a, b) => catalogueOf(d).get(`bureau.${b.id}.companies`).exact - catalogueOf(d).get(`bureau.${a.id}.companies`).exact,
    )[0]!;
    const share = catalogueOf(d).get('top-bureau-companies-share');
    return {
      text: pick(top, 'short', lang),
      source: 'meti-2007',
      page: share.pages[0] ?? 0,
      derived: {
        ...share,
        id: 'top-bureau',
        formula: {
          ja: '下に記載されたプロジェクトの参加企業数の合計が最も多い経済産業局',
          en: 'the regional bureau whose projects have the most participating companies, added up',
        },
      },
    };
  },
  'largest-project': (d, lang) => {
    const top = [...d.projects].sort((a, b) => b.companies.value - a.companies.value)[0]!;
    const rank = catalogueOf(d).get(`project.${top.id}.companies-rank`);
    return {
      text: pick(top, 'name', lang),
      source: top.source,
      page: top.page,
      derived: {
        ...rank,
        id: 'largest-project',
        formula: {
          ja: '資料の参加企業数が最も多いプロジェクト',
          en: 'the project with the most participating companies by the printed figures',
        },
      },
    };
  },
};

const derivedKeys = (data: ChartData) => [...catalogueOf(data).all.map((d) => d.id), ...Object.keys(SELECTIONS)];

/** Every key that resolves, for error messages and for authors. */
export function knownKeys(data: ChartData): string[] {
  return [
    ...TABLES.flatMap((t) => data[t].filter((r) => r.figure).map((r) => `${t}.${r.id}`)),
    ...TABLES.flatMap((t) => data[t].filter((r) => 'period' in r && r.period).map((r) => `period.${t}.${r.id}`)),
    ...data.projects.flatMap((p) => [
      `cluster-projects.${p.id}.companies`,
      `cluster-projects.${p.id}.universities`,
      `cluster-projects.${p.id}.name`,
    ]),
    ...derivedKeys(data).map((k) => `derived.${k}`),
  ];
}

/** Resolves a key, or returns why it does not (the caller adds the file position). */
export function resolveFigure(key: string, data: ChartData, lang: Lang): BoundFigure | { error: string } {
  if (key.startsWith('derived.')) {
    const id = key.slice('derived.'.length);
    const selection = SELECTIONS[id];
    if (selection) return selection(data, lang);
    const catalogue = catalogueOf(data);
    return catalogue.has(id)
      ? computed(catalogue.get(id), lang)
      : { error: `unknown computed figure "${key}"; declare it in src/derived/catalogue.ts` };
  }
  if (key.startsWith('period.')) {
    const [table, id] = key.slice('period.'.length).split('.') as [string, string];
    if (!(TABLES as readonly string[]).includes(table))
      return { error: `unknown dataset "${table}" in "${key}"; known: ${TABLES.join(', ')}` };
    const row = tableRow(data, table as Table, id);
    const period = row && 'period' in row ? row.period : undefined;
    if (!row || !period) return { error: `no period for "${key}"` };
    return { text: formatPeriod(period, lang), source: row.source, page: row.page };
  }
  const [dataset, id, field] = key.split('.');
  if (dataset === 'cluster-projects') {
    const project = data.projects.find((p) => p.id === id);
    if (!project) return { error: `unknown project "${id}" in "${key}"` };
    if (field === 'companies' || field === 'universities') return formatted(project[field], project, lang);
    if (field === 'name') return { text: pick(project, 'name', lang), source: project.source, page: project.page };
    return { error: `unknown field "${field}" in "${key}"; use companies, universities or name` };
  }
  if (!dataset || !(TABLES as readonly string[]).includes(dataset)) {
    return { error: `unknown dataset "${dataset}" in "${key}"; known: cluster-projects, ${TABLES.join(', ')}, derived` };
  }
  const row = tableRow(data, dataset as Table, id ?? '');
  if (!row) return { error: `unknown row "${id}" of ${dataset} in "${key}"` };
  if (!row.figure) return { error: `${dataset}.${id} has no value in the source (status ${row.status}); say so in words instead` };
  return formatted(row.figure, row, lang);
}

/** A bound figure's text for pages built in code; an unknown key stops the build. */
export function boundText(key: string, data: ChartData, lang: Lang): string {
  const figure = resolveFigure(key, data, lang);
  if ('error' in figure) throw new Error(`:fig[${key}]: ${figure.error}`);
  return figure.text;
}
