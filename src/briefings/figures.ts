/**
 * The figures prose may bind to, by key. A key names a dataset row (`consortium-results.proposals`),
 * a project's figure (`cluster-projects.kanto-regional-revitalization.companies`), a period
 * (`period.consortium-results.proposals`) or a derived figure defined once here (`derived.…`).
 * Every resolved figure carries its source and page, for the notes.
 */
import type { ChartData, FigureRow } from '../charts/lib/types.ts';
import type { Lang } from '../i18n/locales.ts';
import { pick } from '../i18n/locales.ts';
import { formatFigure, formatPeriod, formatShare, sumFigure } from '../lib/format.ts';
import type { Figure, Period } from '../schemas/figure.ts';

export interface BoundFigure {
  /** The figure as the reader sees it (約6,500件 / about 6,500). */
  text: string;
  /** Where it comes from; derived figures name the source of their inputs. */
  source: string;
  page: number;
}

type Resolver = (data: ChartData, lang: Lang) => BoundFigure;

const TABLES = ['phase1-outcomes', 'consortium-results', 'regional-resource-program', 'cocreation-budget', 'collaboration-by-firm-size', 'innovation-source'] as const;
type Table = (typeof TABLES)[number];

function tableRow(data: ChartData, table: Table, id: string): FigureRow | undefined {
  return data[table].find((r) => r.id === id);
}

const formatted = (figure: Figure, row: { source: string; page: number }, lang: Lang): BoundFigure => ({
  text: formatFigure(figure, lang),
  source: row.source,
  page: row.page,
});

/** Figures computed from the data, each defined once and named. */
export const DERIVED: Record<string, Resolver> = {
  'project-count': (d, lang) => ({ text: new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB').format(d.projects.length), source: 'meti-2007', page: 2 }),
  'bureau-count': (d, lang) => ({ text: new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB').format(d.bureaus.length), source: 'meti-2007', page: 2 }),
  'top-bureau-companies-share': (d, lang) => {
    const top = [...d.bureaus].sort((a, b) => b.derived.companiesShare - a.derived.companiesShare)[0]!;
    return { text: formatShare(top.derived.companiesShare, lang), source: 'meti-2007', page: 2 };
  },
  'top-bureau': (d, lang) => {
    const top = [...d.bureaus].sort((a, b) => b.derived.companiesShare - a.derived.companiesShare)[0]!;
    return { text: pick(top, 'short', lang), source: 'meti-2007', page: 2 };
  },
  'largest-project': (d, lang) => {
    const top = [...d.projects].sort((a, b) => b.companies.value - a.companies.value)[0]!;
    return { text: pick(top, 'name', lang), source: 'meti-2007', page: 2 };
  },
  'projects-companies-sum': (d, lang) => {
    const sum = d.projects.reduce((s, p) => s + p.companies.value, 0);
    return { text: formatFigure(sumFigure({ value: sum, approx: d.projects.some((p) => p.companies.approx) }, 'companies'), lang), source: 'meti-2007', page: 2 };
  },
  'projects-universities-sum': (d, lang) => {
    const sum = d.projects.reduce((s, p) => s + p.universities.value, 0);
    return { text: formatFigure(sumFigure({ value: sum, approx: d.projects.some((p) => p.universities.approx) }, 'universities'), lang), source: 'meti-2007', page: 2 };
  },
  'consortium-adoption-share': (d, lang) => {
    const proposals = tableRow(d, 'consortium-results', 'proposals')?.figure;
    const projects = tableRow(d, 'consortium-results', 'projects')?.figure;
    if (!proposals || !projects) throw new Error('consortium-results needs proposals and projects');
    return { text: `${lang === 'ja' ? '約' : 'about '}${formatShare(projects.value / proposals.value, lang)}`, source: 'meti-2007', page: 4 };
  },
  'regional-resource-adoption-share': (d, lang) => {
    const proposals = tableRow(d, 'regional-resource-program', 'proposals')?.figure;
    const adopted = tableRow(d, 'regional-resource-program', 'adopted')?.figure;
    if (!proposals || !adopted) throw new Error('regional-resource-program needs proposals and adopted');
    return { text: formatShare(adopted.value / proposals.value, lang), source: 'meti-2007', page: 5 };
  },
  'cocreation-rd-share': (d, lang) => {
    const total = tableRow(d, 'cocreation-budget', 'programme')?.figure;
    const rd = tableRow(d, 'cocreation-budget', 'innovation-rd')?.figure;
    if (!total || !rd) throw new Error('cocreation-budget needs programme and innovation-rd');
    return { text: formatShare(rd.value / total.value, lang), source: 'meti-2007', page: 6 };
  },
};

/** Every key that resolves, for error messages and for authors. */
export function knownKeys(data: ChartData): string[] {
  return [
    ...TABLES.flatMap((t) => data[t].filter((r) => r.figure).map((r) => `${t}.${r.id}`)),
    ...TABLES.flatMap((t) => data[t].filter((r) => r.period).map((r) => `period.${t}.${r.id}`)),
    ...data.projects.flatMap((p) => [`cluster-projects.${p.id}.companies`, `cluster-projects.${p.id}.universities`, `cluster-projects.${p.id}.name`]),
    ...Object.keys(DERIVED).map((k) => `derived.${k}`),
  ];
}

/** Resolves a key, or returns why it does not (the caller adds the file position). */
export function resolveFigure(key: string, data: ChartData, lang: Lang): BoundFigure | { error: string } {
  if (key.startsWith('derived.')) {
    const resolver = DERIVED[key.slice('derived.'.length)];
    return resolver ? resolver(data, lang) : { error: `unknown derived figure "${key}"; known: ${Object.keys(DERIVED).map((k) => `derived.${k}`).join(', ')}` };
  }
  if (key.startsWith('period.')) {
    const [table, id] = key.slice('period.'.length).split('.') as [string, string];
    if (!(TABLES as readonly string[]).includes(table)) return { error: `unknown dataset "${table}" in "${key}"; known: ${TABLES.join(', ')}` };
    const row = tableRow(data, table as Table, id);
    if (!row?.period) return { error: `no period for "${key}"` };
    return { text: formatPeriod(row.period as Period, lang), source: row.source, page: row.page };
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
