/**
 * Rules that hold across rows and datasets: keys exist, every prefecture is covered once,
 * parts add up to their totals and ratios agree with their counts within the rounding the
 * printed figures allow. Each failure points at the cell that carries the figure checked.
 */
import { DATASET_IDS, type DatasetId, type FigureRow, type FigureTableId, type RowOf } from '../schemas/datasets.ts';
import type { Figure } from '../schemas/figure.ts';
import type { DataProblem } from './data-error.ts';
import type { Decoded } from './decode.ts';
import { intervalOf, overlaps, ratio, show, sum, type Interval } from '../derived/rounding.ts';

/** Every dataset's rows as decoded from its CSV, each typed by its own row codec. */
export type DecodedRows = { [Id in DatasetId]: Decoded<RowOf<Id>>[] };
/** The decoded rows, and the file each dataset came from (as messages name it). */
export type DecodedDatasets = DecodedRows & { files: Record<DatasetId, string> };

export const EXPECTED_PROJECTS = 17;
export const EXPECTED_PREFECTURES = 47;

export interface CheckOptions {
  /**
   * How many cluster projects the data must hold: the 17 of page 2 unless said otherwise. Only the
   * benchmark's synthetic datasets (scripts/synthetic-data.ts) set it, through buildData's options
   * or CLUSTER_ATLAS_EXPECTED_PROJECTS read by scripts/build-data.ts.
   */
  expectedProjects?: number;
}

export function checkDatasets(d: DecodedDatasets, options: CheckOptions = {}): DataProblem[] {
  const problems: DataProblem[] = [];
  const at = (dataset: DatasetId, row: Decoded<unknown> | undefined, field: string, expected: string, found?: string) => {
    const cell = row?.record.cells.get(field);
    problems.push({
      file: d.files[dataset]!,
      line: cell?.line ?? row?.record.line ?? 1,
      column: cell?.column ?? 1,
      field,
      expected,
      ...(found === undefined ? {} : { found }),
    });
  };

  // Any dataset's rows, read by column name (the checks below that hold for every dataset).
  const rowsOf = (key: DatasetId): readonly Decoded<Record<string, unknown>>[] => d[key];

  // Unique keys in every dataset.
  for (const key of DATASET_IDS) {
    const keyField = key === 'prefectures' ? 'code' : 'id';
    const seen = new Map<string, number>();
    for (const row of rowsOf(key)) {
      const value = String(row.entry[keyField]);
      const first = seen.get(value);
      if (first !== undefined) at(key, row, keyField, `a unique ${keyField} (already used on line ${first})`, value);
      else seen.set(value, row.record.line);
    }
  }

  // References between datasets.
  const sourceIds = new Set(d.sources.map((r) => r.entry.id));
  for (const key of DATASET_IDS.filter((k) => k !== 'sources' && k !== 'prefectures')) {
    for (const row of rowsOf(key)) {
      for (const field of ['source', 'prefectures_source']) {
        const value = row.entry[field];
        if (typeof value === 'string' && !sourceIds.has(value))
          at(key, row, field, `a source id from sources.csv (${[...sourceIds].join(', ')})`, value);
      }
      const cited = row.entry.cited_source;
      if (Array.isArray(cited)) {
        for (const c of cited) if (!sourceIds.has(c)) at(key, row, 'cited_source', 'source ids from sources.csv', c);
      }
    }
  }

  const bureauIds = new Set(d.bureaus.map((r) => r.entry.id));
  for (const row of d['cluster-projects']) {
    if (!bureauIds.has(row.entry.bureau))
      at('cluster-projects', row, 'bureau', `a bureau id from bureaus.csv (${[...bureauIds].join(', ')})`, row.entry.bureau);
  }
  const expectedProjects = options.expectedProjects ?? EXPECTED_PROJECTS;
  if (d['cluster-projects'].length !== expectedProjects) {
    const expected =
      expectedProjects === EXPECTED_PROJECTS
        ? `${EXPECTED_PROJECTS} projects, as listed on page 2`
        : `${expectedProjects} projects (the expected count given to the pipeline)`;
    at('cluster-projects', d['cluster-projects'].at(-1), 'id', expected, `${d['cluster-projects'].length} projects`);
  }
  const projectIds = new Set(d['cluster-projects'].map((r) => r.entry.id));
  for (const row of d['project-networks']) {
    if (!projectIds.has(row.entry.project))
      at('project-networks', row, 'project', 'a project id from cluster-projects.csv', row.entry.project);
  }

  // Prefectures: 47, each covered by exactly one bureau.
  const codes = new Set(d.prefectures.map((r) => r.entry.code));
  if (d.prefectures.length !== EXPECTED_PREFECTURES) {
    at('prefectures', d.prefectures.at(-1), 'code', `${EXPECTED_PREFECTURES} prefectures`, `${d.prefectures.length}`);
  }
  const coveredBy = new Map<string, string>();
  for (const row of d.bureaus) {
    for (const code of row.entry.prefectures) {
      if (!codes.has(code)) at('bureaus', row, 'prefectures', 'JIS codes listed in prefectures.csv', code);
      const other = coveredBy.get(code);
      if (other) at('bureaus', row, 'prefectures', `each prefecture in exactly one bureau (${code} is also in ${other})`, code);
      coveredBy.set(code, row.entry.id);
    }
  }
  for (const row of d.prefectures) {
    if (!coveredBy.has(row.entry.code))
      at('prefectures', row, 'code', `a bureau in bureaus.csv that covers prefecture ${row.entry.code}`, row.entry.code);
  }

  // Figures that the slides relate to one another.
  const fig = (key: FigureTableId, id: string) => {
    const rows: readonly Decoded<FigureRow>[] = d[key];
    const row = rows.find((r) => r.entry.id === id);
    if (!row) at(key, undefined, 'id', `a row with id ${id} (a cross-check needs it)`);
    return row;
  };
  const figureOf = (row: Decoded<FigureRow> | undefined): Figure | undefined => row?.entry.figure ?? undefined;

  // Per-project companies add up to the national total (page 2) within the rounding of 約.
  const national = fig('phase1-outcomes', 'current-companies');
  const nationalFigure = figureOf(national);
  if (nationalFigure) {
    const total = sum(d['cluster-projects'].map((r) => intervalOf(r.entry.companies)));
    if (!overlaps(total, intervalOf(nationalFigure))) {
      at(
        'phase1-outcomes',
        national,
        'printed',
        `the per-project companies to add up to this total; they add up to ${show(total)}`,
        nationalFigure.printed,
      );
    }
  }

  const ratioCheck = (key: FigureTableId, numerator: string, denominator: string, ratioId: string) => {
    const [n, q, r] = [fig(key, numerator), fig(key, denominator), fig(key, ratioId)];
    const [nf, qf, rf] = [figureOf(n), figureOf(q), figureOf(r)];
    if (!nf || !qf || !rf) return;
    const computed = ratio(intervalOf(nf), intervalOf(qf));
    if (!overlaps(computed, intervalOf(rf))) {
      at(key, r, 'printed', `${numerator} ÷ ${denominator} (${show(computed)}) to agree with this ratio`, rf.printed);
    }
  };
  ratioCheck('consortium-results', 'proposals', 'projects', 'competition-ratio');
  ratioCheck('regional-resource-program', 'proposals', 'adopted', 'ratio');

  // The gap annotated on the innovation chart is the difference of its bars.
  const [solo, collab, gap] = ['solo-rd', 'university-collaboration', 'gap'].map((id) => figureOf(fig('innovation-source', id)));
  if (solo && collab && gap) {
    const diff: Interval = { lo: intervalOf(collab).lo - intervalOf(solo).hi, hi: intervalOf(collab).hi - intervalOf(solo).lo };
    if (!overlaps(diff, intervalOf(gap)))
      at('innovation-source', fig('innovation-source', 'gap'), 'printed', `the difference of the bars (${show(diff)})`, gap.printed);
  }

  // The pie of the "300 monozukuri SMEs" adds up to 100 %, and 約４割 agrees with its slice.
  const [pieCluster, pieOther, pieWords] = ['monozukuri-300-cluster', 'monozukuri-300-other', 'monozukuri-300-share-approx'].map((id) =>
    figureOf(fig('phase1-outcomes', id)),
  );
  if (pieCluster && pieOther && pieWords) {
    const whole = sum([intervalOf(pieCluster), intervalOf(pieOther)]);
    if (!overlaps(whole, { lo: 100, hi: 100 }))
      at(
        'phase1-outcomes',
        fig('phase1-outcomes', 'monozukuri-300-other'),
        'printed',
        `the two slices to add up to 100% (${show(whole)})`,
        pieOther.printed,
      );
    if (!overlaps(intervalOf(pieCluster), intervalOf(pieWords)))
      at(
        'phase1-outcomes',
        fig('phase1-outcomes', 'monozukuri-300-share-approx'),
        'printed',
        `agreement with the pie slice ${pieCluster.printed}`,
        pieWords.printed,
      );
  }

  // Firm-size bars: each band has both series, and they cannot exceed 100 %.
  const bands = new Map<string, Decoded<RowOf<'collaboration-by-firm-size'>>[]>();
  for (const row of d['collaboration-by-firm-size']) {
    const band = row.entry.employees?.printed ?? '';
    bands.set(band, [...(bands.get(band) ?? []), row]);
  }
  for (const [band, rows] of bands) {
    const series = new Set(rows.map((r) => r.entry.series));
    if (series.size !== 2 || rows.length !== 2)
      at('collaboration-by-firm-size', rows[0], 'series', `both series once for the band ${band}`, [...series].join(' '));
    const total = sum(rows.flatMap((r) => (r.entry.figure ? [intervalOf(r.entry.figure)] : [])));
    if (total.lo > 100)
      at(
        'collaboration-by-firm-size',
        rows[1],
        'printed',
        `shares of the band ${band} adding up to at most 100% (they add up to ${show(total)})`,
      );
  }

  // Budget hierarchy: parents exist, and the parts add up to their total.
  const budget = d['cocreation-budget'];
  const budgetIds = new Set(budget.map((r) => r.entry.id));
  for (const row of budget) {
    if (row.entry.parent && !budgetIds.has(row.entry.parent))
      at('cocreation-budget', row, 'parent', 'the id of another row', row.entry.parent);
  }
  for (const parent of budget) {
    const children = budget.filter((r) => r.entry.parent === parent.entry.id);
    if (!children.length || !parent.entry.figure) continue;
    const known = children.flatMap((c) => (c.entry.figure ? [intervalOf(c.entry.figure)] : []));
    const total = sum(known);
    const whole = intervalOf(parent.entry.figure);
    const complete = known.length === children.length;
    // A part without a printed amount may hide any share of the rest, but never more than the whole.
    const agrees = complete ? overlaps(total, whole) : total.lo <= whole.hi;
    if (!agrees) {
      at(
        'cocreation-budget',
        parent,
        'printed',
        `the parts (${children.map((c) => c.entry.id).join(', ')}) to add up to this total; they add up to ${show(total)} yen`,
        parent.entry.figure.printed,
      );
    }
  }

  return problems;
}
