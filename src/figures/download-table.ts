/**
 * The data behind a figure, for journalists: one table per figure and language, written as CSV
 * (UTF-8 with BOM, CRLF, formula-safe: downloads/dataset-downloads.ts) and JSON with the same rows. A chart's
 * table is its data table (ChartTable), each numeric column split into the number and the text
 * as the figure shows it; the map's is one row per project with its figures as printed.
 */
import type { FigureInputs } from '../collections/read-collections.ts';
import { chartById } from '../charts/chart-registry.ts';
import type { ChartTable } from '../charts/lib/types.ts';
import { FIGURE_EXPORT_UI } from '../i18n/figure-export.ts';
import { pick, type Lang } from '../core/locales.ts';
import { t } from '../i18n/ui.ts';
import { excelCopy, toCsv, type Cell, type FlatRow } from '../downloads/dataset-downloads.ts';
import { formatFigure } from '../i18n/figure-format.ts';
import { absoluteUrl } from '../core/urls.ts';
import type { Figure, Period } from '../schemas/figure.ts';
import { FIELD_LABELS } from '../core/field-labels.ts';
import { MEASURES } from '../core/measures.ts';
import { figureText, sourceById } from './figure-text.ts';
import { figureKind } from './figure-registry.ts';
import { REUSE, SITE_LICENCE } from '../core/reuse.ts';
import { datasetsLastUpdated } from '../collections/last-updated.ts';
import { creditWithPages } from '../i18n/reuse-names.ts';
import type { DatasetId } from '../schemas/datasets.ts';

export type ColumnType = 'string' | 'number' | 'boolean';

export interface FigureColumn {
  name: string;
  type: ColumnType;
  /** Set on a column of figures the site computed (its name says so too): never printed in the source. */
  computed?: true;
}

export interface FigureTable {
  caption: string;
  columns: FigureColumn[];
  /** Keyed by column name; null where a cell is empty. */
  rows: FlatRow[];
  notes: string[];
}

/** A chart's table: text columns as they are; a numeric column as its number, then its text as shown. */
export function chartTable(table: ChartTable, lang: Lang): Omit<FigureTable, 'notes'> {
  const ui = FIGURE_EXPORT_UI[lang];
  const mark = (i: number) => (table.computed[i] ? { computed: true as const } : {});
  const columns = table.head.flatMap((head, i): FigureColumn[] =>
    table.numeric[i]
      ? [
          { name: head, type: 'number', ...mark(i) },
          { name: ui.shownColumn(head), type: 'string', ...mark(i) },
        ]
      : [{ name: head, type: 'string', ...mark(i) }],
  );
  const rows = table.rows.map((cells, r) => {
    const row: FlatRow = {};
    table.head.forEach((head, i) => {
      if (table.numeric[i]) {
        row[head] = table.values[r]![i] ?? null;
        row[ui.shownColumn(head)] = cells[i]!;
      } else row[head] = cells[i]!;
    });
    return row;
  });
  return { caption: table.caption, columns: unique(columns), rows };
}

/** The map's table: one row per project, north to south, each figure as value, as printed and whether approximate. */
export function mapTable(inputs: FigureInputs, lang: Lang): Omit<FigureTable, 'notes'> {
  const ui = t(lang);
  const words = FIGURE_EXPORT_UI[lang];
  const { projects, bureaus } = inputs.chartData;
  const heading = { companies: ui.colCompanies, universities: ui.colUniversities };
  const columns: FigureColumn[] = [
    { name: ui.colProject, type: 'string' },
    { name: ui.colBureau, type: 'string' },
    { name: ui.colFields, type: 'string' },
    ...MEASURES.flatMap((m): FigureColumn[] => [
      { name: heading[m], type: 'number' },
      { name: words.shownColumn(heading[m]), type: 'string' },
      { name: words.printedColumn(heading[m]), type: 'string' },
      { name: words.approxColumn(heading[m]), type: 'boolean' },
    ]),
  ];
  const rows = projects.map((p) => {
    const bureau = bureaus.find((b) => b.id === p.bureau);
    if (!bureau) throw new Error(`project ${p.id} names bureau ${p.bureau}, which is not in bureaus`);
    const row: FlatRow = {
      [ui.colProject]: pick(p, 'name', lang),
      [ui.colBureau]: pick(bureau, 'name', lang),
      [ui.colFields]: p.fields.map((f) => FIELD_LABELS[f][lang]).join(words.listSeparator),
    };
    for (const m of MEASURES) Object.assign(row, figureColumns(heading[m], p[m], lang));
    return row;
  });
  return { caption: ui.projectsTableCaption, columns: unique(columns), rows };
}

function figureColumns(heading: string, figure: Figure, lang: Lang): FlatRow {
  const words = FIGURE_EXPORT_UI[lang];
  return {
    [heading]: figure.value,
    [words.shownColumn(heading)]: formatFigure(figure, lang),
    [words.printedColumn(heading)]: figure.printed,
    [words.approxColumn(heading)]: figure.approx,
  };
}

/** Two columns of one name would overwrite each other's cells: a build error, not a lost column. */
function unique(columns: FigureColumn[]): FigureColumn[] {
  const names = columns.map((c) => c.name);
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  if (repeated.length) throw new Error(`figure data has repeated columns: ${repeated.join(', ')}`);
  return columns;
}

export function figureTable(id: string, lang: Lang, inputs: FigureInputs): FigureTable {
  if (figureKind(id) === 'map') return { ...mapTable(inputs, lang), notes: [t(lang).universitiesTotalNote] };
  const chart = chartById(id);
  const text = chart.text(chart.transform(inputs.chartData), lang);
  return { ...chartTable(text.table, lang), notes: text.notes };
}

/** A figure's data is for a spreadsheet: the CSV with a BOM, as Excel needs. */
export const figureCsv = (table: FigureTable): string =>
  excelCopy(
    toCsv(
      table.rows,
      table.columns.map((c) => c.name),
    ),
  );

/** `2007-10-25`, `2007-10` or `2007`: the date as precise as the source gives it. */
function isoDate(period: Period | undefined): string | null {
  if (!period) return null;
  const { year, month, day } = period.start;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}${month ? `-${pad(month)}` : ''}${month && day ? `-${pad(day)}` : ''}`;
}

/** The datasets the map is drawn from: the projects and their bureaus. */
const MAP_DATASETS: readonly DatasetId[] = ['cluster-projects', 'bureaus'];

/** The datasets a figure is built from (ids from src/schemas/datasets.ts), for its last-updated date. */
export function figureDatasets(id: string, inputs: FigureInputs): readonly DatasetId[] {
  if (figureKind(id) === 'map') return MAP_DATASETS;
  const chart = chartById(id);
  return chart.text(chart.transform(inputs.chartData), 'en').datasets as DatasetId[];
}

export interface FigureJson {
  id: string;
  lang: Lang;
  title: string;
  subtitle: string;
  caption: string;
  source: { publisher: string; title: string; date: string | null; pages: number[] };
  /** The figure's page, absolute. */
  page: string;
  /** The licence the figure and its data may be reused under (core/reuse.ts). */
  licence: { name: string; title: string; path: string; terms: string };
  /** The credit line to give: the site and the source, with the figure's pages. */
  credit: string;
  /** `YYYY-MM-DD` the figure's datasets last changed (from the repository); '' if unknown. */
  lastUpdated: string;
  columns: FigureColumn[];
  rows: Record<string, Cell>[];
  notes: string[];
}

export function figureJson(id: string, lang: Lang, inputs: FigureInputs, table = figureTable(id, lang, inputs)): FigureJson {
  const text = figureText(id, lang, inputs);
  const source = sourceById(inputs.sources, text.source.id);
  return {
    id,
    lang,
    title: text.title,
    subtitle: text.subtitle,
    caption: table.caption,
    source: {
      publisher: pick(source, 'publisher', lang),
      title: pick(source, 'title', lang),
      date: isoDate(source.date),
      pages: text.source.pages,
    },
    page: absoluteUrl(text.pagePath),
    licence: { name: SITE_LICENCE.name, title: SITE_LICENCE.title, path: SITE_LICENCE.path, terms: REUSE[lang].terms },
    credit: creditWithPages(source, text.source.pages, lang),
    lastUpdated: datasetsLastUpdated(figureDatasets(id, inputs)),
    columns: table.columns,
    // Every column in every row, in column order, as the CSV has them.
    rows: table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.name, row[c.name] ?? null]))),
    notes: table.notes,
  };
}
