/**
 * `npm run data`: the data pipeline on its own, data/*.csv → content/data/*.json, for tests, the
 * benchmark and anyone checking an edit without Astro. Reads, validates and cross-checks every
 * dataset; writes nothing unless all of them are sound. Exits 1 with one line per problem
 * (file:line:column field: expected …, found …) otherwise, and no stack trace. The run itself is
 * src/pipeline/run-pipeline.ts, which the content loader (src/content.config.ts) shares.
 *
 * Usage: node scripts/build-data.ts [data directory] [output directory]
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckOptions } from '../src/pipeline/checks.ts';
import { DataError } from '../src/pipeline/data-error.ts';
import { checkOptionsFromEnv, datasetCount, describeProblems, runPipeline } from '../src/pipeline/run-pipeline.ts';

export { expectedProjectsFromEnv } from '../src/pipeline/run-pipeline.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * `options.expectedProjects` replaces the 17 projects of page 2 in the count check; only synthetic
 * datasets (scripts/synthetic-data.ts, the benchmark) need it. Returns the number of datasets.
 */
export async function buildData(
  dataDir = join(root, 'data'),
  outDir = join(root, 'content/data'),
  options: CheckOptions = {},
): Promise<number> {
  return datasetCount((await runPipeline(dataDir, outDir, options)).files);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const [dataDir = join(root, 'data'), outDir = join(root, 'content/data')] = process.argv.slice(2);
  try {
    const { files, written } = await runPipeline(dataDir, outDir, checkOptionsFromEnv());
    const outcome = written ? 'written' : 'unchanged';
    console.error(`data: ${datasetCount(files)} datasets validated and ${outcome} in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    if (error instanceof DataError) {
      console.error(describeProblems(error));
      process.exit(1);
    }
    throw error;
  }
}
