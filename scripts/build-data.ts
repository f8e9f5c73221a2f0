/**
 * The data pipeline: data/*.csv → content/data/*.json. Reads, validates and cross-checks
 * every dataset; writes nothing unless all of them are sound. Exits non-zero with one line
 * per problem (file:line:column field: expected …, found …) otherwise.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASETS } from '../src/schemas/datasets.ts';
import { buildCollections, SOURCE_COLLECTIONS } from '../src/pipeline/build-collections.ts';
import type { CheckOptions } from '../src/pipeline/checks.ts';
import { DataError } from '../src/pipeline/data-error.ts';
import { replaceFolder } from '../src/pipeline/write-atomically.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * `options.expectedProjects` replaces the 17 projects of page 2 in the count check; only synthetic
 * datasets (scripts/synthetic-data.ts, the benchmark) need it.
 */
export async function buildData(dataDir = join(root, 'data'), outDir = join(root, 'content/data'), options: CheckOptions = {}): Promise<number> {
  const inputs = new Map<string, { file: string; bytes: Uint8Array }>();
  for (const dataset of DATASETS) {
    const path = join(dataDir, `${dataset.id}.csv`);
    inputs.set(dataset.id, { file: relative(process.cwd(), path), bytes: await readFile(path) });
  }
  // The source's text, the site's translation of it and the slides' titles, for the source pages.
  const sourceFile = async (name: string) => {
    const path = join(dataDir, 'source', name);
    return { file: relative(process.cwd(), path), bytes: await readFile(path) };
  };
  const text = await sourceFile('meti-2007.txt');
  const source = {
    text: { file: text.file, text: new TextDecoder().decode(text.bytes) },
    translation: await sourceFile('meti-2007.en.csv'),
    slides: await sourceFile('slides.csv'),
  };
  const collections = buildCollections(inputs, options, source);
  await replaceFolder(outDir, new Map([...collections].map(([id, entries]) => [`${id}.json`, `${JSON.stringify(entries, null, 2)}\n`])));
  return collections.size - SOURCE_COLLECTIONS.length;
}

/**
 * CLUSTER_ATLAS_EXPECTED_PROJECTS: the project count to expect instead of the 17 of page 2, for
 * synthetic datasets (the benchmark's scaling runs). Unset, the real count applies.
 */
export function expectedProjectsFromEnv(value = process.env.CLUSTER_ATLAS_EXPECTED_PROJECTS): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`CLUSTER_ATLAS_EXPECTED_PROJECTS must be a positive whole number, found "${value}"`);
  return Number(value);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const [dataDir, outDir] = process.argv.slice(2);
  try {
    const expectedProjects = expectedProjectsFromEnv();
    const count = await buildData(dataDir, outDir, expectedProjects === undefined ? {} : { expectedProjects });
    console.error(`data: ${count} datasets validated and written in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    if (error instanceof DataError) {
      console.error(`data: the datasets have ${error.problems.length} problem(s); content/data was left as it was.\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
