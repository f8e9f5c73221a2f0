/** The pure part of the pipeline: CSV bytes in, validated and derived entries out. */
import { z } from 'zod';
import { DATASETS } from '../../src/schemas/datasets.ts';
import { checkDatasets, type CheckOptions, type DecodedDatasets } from './checks.ts';
import { DataError, type DataProblem } from './data-error.ts';
import { decodeTable } from './decode.ts';
import { deriveBureaus, deriveProjects } from './derive.ts';
import { readCsv } from './read-csv.ts';

/** Datasets whose entries gain derived fields after the cross-checks. */
const DERIVED: Record<string, (d: DecodedDatasets) => unknown[]> = {
  'cluster-projects': deriveProjects,
  bureaus: deriveBureaus,
};

export function buildCollections(inputs: Map<string, { file: string; bytes: Uint8Array }>, options: CheckOptions = {}): Map<string, unknown[]> {
  const problems: DataProblem[] = [];
  const decoded: Record<string, unknown> = { files: {} };
  for (const dataset of DATASETS) {
    const input = inputs.get(dataset.id);
    if (!input) throw new Error(`no input for dataset ${dataset.id}`);
    (decoded.files as Record<string, string>)[dataset.id] = input.file;
    try {
      decoded[dataset.id] = decodeTable(readCsv(input.file, input.bytes), dataset);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(...error.problems);
    }
  }
  // Cross-checks need every dataset; report what is wrong inside files first.
  if (problems.length) throw new DataError(problems);
  const d = decoded as unknown as DecodedDatasets;
  const crossProblems = checkDatasets(d, options);
  if (crossProblems.length) throw new DataError(crossProblems);

  const collections = new Map<string, unknown[]>();
  for (const dataset of DATASETS) {
    const derive = DERIVED[dataset.id];
    const entries = derive ? derive(d) : (d[dataset.id as keyof DecodedDatasets] as { entry: unknown }[]).map((r) => r.entry);
    // The entry schema is what pages read back; checking it here catches a drift between the two.
    collections.set(dataset.id, z.array(dataset.entry).parse(entries));
  }
  return collections;
}
