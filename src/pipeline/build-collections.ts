/** The pure part of the pipeline: CSV bytes in, validated and derived entries out. */
import { z } from 'zod';
import { DATASETS, type DatasetId } from '../schemas/datasets.ts';
import { checkDatasets, type CheckOptions, type DecodedDatasets, type DecodedRows } from './checks.ts';
import { DataError, type DataProblem } from './data-error.ts';
import { decodeTable, type Decoded } from './decode.ts';
import { deriveBureaus, deriveProjects } from './derive.ts';
import { readCsv, type CsvTable } from './read-csv.ts';
import { checkRowCounts, readRowCounts } from './row-counts.ts';
import { SourceAnchor } from '../schemas/source-anchor.ts';
import { SourcePageEntry } from '../schemas/source-text.ts';
import { anchorFigures } from './source-anchors.ts';
import { readSourceTranslation } from './source-translation.ts';
import { readSlideTitles } from './source-slides.ts';

/** The source document's text and the site's translation of it, for the source pages. */
export interface SourceInput {
  text: { file: string; text: string };
  translation: { file: string; bytes: Uint8Array };
  slides: { file: string; bytes: Uint8Array };
}

/** Collections written beside the datasets that are not datasets (no download of their own). */
export const SOURCE_COLLECTIONS = ['source-pages', 'source-anchors'] as const;

/** Datasets whose entries gain derived fields after the cross-checks. */
const DERIVED: Partial<Record<DatasetId, (d: DecodedDatasets) => unknown[]>> = {
  'cluster-projects': deriveProjects,
  bureaus: deriveBureaus,
};

/**
 * With `source`, the collections also hold the source's pages with their translation
 * (`source-pages`, one entry per page) and where each transcribed figure is printed
 * (`source-anchors`, one per figure); a figure not found on its page is a problem at its cell.
 */
export function buildCollections(
  inputs: Map<string, { file: string; bytes: Uint8Array }>,
  options: CheckOptions = {},
  source?: SourceInput,
  rowCounts?: { file: string; bytes: Uint8Array },
): Map<string, unknown[]> {
  const problems: DataProblem[] = [];
  const tables = new Map<string, CsvTable>();
  const files: Partial<Record<DatasetId, string>> = {};
  const rows: Partial<Record<DatasetId, readonly Decoded<unknown>[]>> = {};
  for (const dataset of DATASETS) {
    const input = inputs.get(dataset.id);
    if (!input) throw new Error(`no input for dataset ${dataset.id}`);
    files[dataset.id] = input.file;
    try {
      const table = readCsv(input.file, input.bytes);
      tables.set(dataset.id, table);
      rows[dataset.id] = decodeTable(table, dataset);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (rowCounts) {
    try {
      const manifest = readRowCounts(rowCounts);
      problems.push(...manifest.problems, ...checkRowCounts(manifest.counts, tables, rowCounts.file));
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(...error.problems);
    }
  }
  // Cross-checks need every dataset; report what is wrong inside files first.
  if (problems.length) throw new DataError(problems);
  if (!forEvery(files) || !decodedEvery(rows)) throw new Error('a dataset was neither decoded nor reported');
  const d: DecodedDatasets = { ...rows, files };
  const crossProblems = checkDatasets(d, options);
  if (crossProblems.length) throw new DataError(crossProblems);

  let sourceCollections: [string, unknown[]][] = [];
  if (source) {
    const text = readSourceTranslation(source.text, source.translation);
    const titles = readSlideTitles(source.slides, text);
    // Synthetic data (the benchmark's, with a project count of its own) holds figures no source prints.
    const { anchors, problems: anchorProblems } = anchorFigures(d, text, { synthetic: options.expectedProjects !== undefined });
    if (anchorProblems.length) throw new DataError(anchorProblems);
    sourceCollections = [
      ['source-pages', z.array(SourcePageEntry).parse(text.pages.map((p, i) => ({ id: String(p.page), ...titles[i]!, ...p })))],
      ['source-anchors', z.array(SourceAnchor).parse(anchors)],
    ];
  }

  const collections = new Map<string, unknown[]>();
  for (const dataset of DATASETS) {
    const derive = DERIVED[dataset.id];
    const entries = derive ? derive(d) : d[dataset.id].map((r) => r.entry);
    // The entry schema is what pages read back; checking it here catches a drift between the two.
    collections.set(dataset.id, z.array(dataset.entry).parse(entries));
  }
  for (const [id, entries] of sourceCollections) collections.set(id, entries);
  return collections;
}

/** Whether every dataset has its value. */
function forEvery<T>(values: Partial<Record<DatasetId, T>>): values is Record<DatasetId, T> {
  return DATASETS.every((dataset) => values[dataset.id] !== undefined);
}

/**
 * Whether every dataset was decoded. Each dataset's rows then have its own row type: decodeTable
 * decoded them with the codec of the id they are stored under, in the loop above.
 */
function decodedEvery(rows: Partial<Record<DatasetId, readonly Decoded<unknown>[]>>): rows is DecodedRows {
  return forEvery(rows);
}
