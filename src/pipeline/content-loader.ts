/**
 * The datasets as an Astro content loader, so that `astro dev` sees an edit of data/*.csv or
 * data/source/* without a restart, and `astro build` needs no separate data step.
 *
 * Every dataset collection (and the source pages' two) gets a loader from the same `dataLoaders()`,
 * and they share its runs of the pipeline (run-pipeline.ts, what `npm run data` runs): Astro calls
 * each collection's load() on its own, but the cross-checks span datasets, so one run per state of
 * the input files serves them all. A run is keyed by a digest of the inputs: the collections of one
 * sync, which read the same files, share it, and a file change starts a new one. Each run also
 * replaces content/data/*.json as one step (read synchronously by build-time code and tests), with
 * the same bytes `npm run data` writes, before any page renders; the store gets exactly what those
 * files hold, so pages read the same data through getCollection as through the files.
 *
 * A run that finds problems writes nothing and changes no store. In `astro build` (and check and
 * sync) it stops the build with the report `npm run data` prints, one located line per problem. In
 * `astro dev` it logs that report and keeps serving the last sound data; fixing the file runs the
 * pipeline again and the pages reload.
 */
import { createHash } from 'node:crypto';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { DatasetId } from '../schemas/datasets.ts';
import type { SOURCE_COLLECTIONS } from './build-collections.ts';
import { DataError } from './data-error.ts';
import { checkOptionsFromEnv, collectionFiles, datasetCount, describeProblems, readDataInputs, type DataInputs } from './run-pipeline.ts';
import { replaceFolder } from './write-atomically.ts';

/** A collection the pipeline fills: a dataset, or one of the source pages' two. */
export type PipelineCollection = DatasetId | (typeof SOURCE_COLLECTIONS)[number];

/** What one run came to: the files it wrote (or found already written), or why it wrote nothing. */
type Outcome = { ok: true; files: Map<string, string>; written: boolean } | { ok: false; report: string };

/**
 * Thrown into `astro build` for problems in the data: the report is the whole message. It has no
 * stack, which Astro would print under it: the mistake is in a CSV cell, not in the code.
 */
class DatasetProblems extends Error {
  constructor(report: string) {
    super(report);
    this.name = 'DatasetProblems';
    this.stack = '';
  }
}

const LOADER_NAME = 'cluster-atlas-data';

/** Paths inside the project: the inputs, and the folder the run writes. */
function pathsOf(context: LoaderContext) {
  const root = fileURLToPath(context.config.root);
  return { root, dataDir: join(root, 'data'), outDir: join(root, 'content', 'data') };
}

/** A digest of every input file's name and bytes: equal digests, equal runs. */
function digestOf(inputs: DataInputs): string {
  const hash = createHash('sha256');
  for (const { file, bytes } of [...inputs.datasets.values(), inputs.rowCounts, ...Object.values(inputs.source)])
    hash.update(file).update('\0').update(bytes).update('\0');
  return hash.digest('hex');
}

/**
 * The loaders of the pipeline's collections, sharing their runs. Call it once per content config
 * (src/content.config.ts) and take one loader per collection from what it returns.
 */
export function dataLoaders(): (collection: PipelineCollection) => Loader {
  let latest: { digest: string; outcome: Promise<Outcome>; reported: boolean } | undefined;
  // Runs write content/data one after another, never two at once (one staging folder per process).
  let writing: Promise<unknown> = Promise.resolve();
  // Per collection, the latest fill started: an older one that finishes later must not overwrite it.
  const fills = new Map<PipelineCollection, number>();

  /** The run for the input files as they are now: started by the first collection that asks, shared by the rest. */
  async function currentRun(context: LoaderContext) {
    const { root, dataDir, outDir } = pathsOf(context);
    let inputs: DataInputs;
    try {
      inputs = await readDataInputs(dataDir, root);
    } catch (error) {
      // A missing or unreadable file (an editor may delete and write it again): no run, and the message says which file.
      const report =
        error instanceof DataError ? describeProblems(error) : `data: ${error instanceof Error ? error.message : String(error)}`;
      if (latest?.digest !== report) latest = { digest: report, outcome: Promise.resolve({ ok: false, report }), reported: false };
      return latest;
    }
    const digest = digestOf(inputs);
    if (latest?.digest !== digest) {
      const outcome = writing.then(async (): Promise<Outcome> => {
        try {
          const files = collectionFiles(inputs, checkOptionsFromEnv());
          return { ok: true, files, written: await replaceFolder(outDir, files) };
        } catch (error) {
          if (error instanceof DataError) return { ok: false, report: describeProblems(error) };
          throw error;
        }
      });
      writing = outcome.catch(() => undefined);
      latest = { digest, outcome, reported: false };
    }
    return latest;
  }

  /** Fills one collection's store from the current run; returns the run's report if it found problems. */
  async function fill(collection: PipelineCollection, context: LoaderContext): Promise<string | undefined> {
    const fillNumber = (fills.get(collection) ?? 0) + 1;
    fills.set(collection, fillNumber);
    const run = await currentRun(context);
    const outcome = await run.outcome;
    if (!outcome.ok) {
      // One report per run, not one per collection.
      if (!run.reported) {
        run.reported = true;
        return outcome.report;
      }
      return undefined;
    }
    if (!run.reported) {
      run.reported = true;
      const what = outcome.written ? 'written to' : 'unchanged in';
      context.logger.info(`${datasetCount(outcome.files)} datasets validated and ${what} content/data`);
    }
    const text = outcome.files.get(`${collection}.json`);
    if (text === undefined) throw new Error(`the pipeline wrote no ${collection}.json`);
    const raw: unknown = JSON.parse(text);
    if (!Array.isArray(raw)) throw new Error(`${collection}.json holds no list`);
    const filePath = collection === 'source-pages' || collection === 'source-anchors' ? undefined : `data/${collection}.csv`;
    const entries = await Promise.all(
      raw.map(async (item: Record<string, unknown>) => {
        // Prefectures are keyed by their JIS code, every other collection by its id.
        const id = String(collection === 'prefectures' ? item.code : item.id);
        const data = await context.parseData({ id, data: item });
        return { id, data, digest: context.generateDigest(item), ...(filePath ? { filePath } : {}) };
      }),
    );
    if (fills.get(collection) !== fillNumber) return undefined;
    // Only what changed is set, so the dev server reloads the pages of what changed; rows gone from the file go from the store.
    const ids = new Set(entries.map((e) => e.id));
    for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
    for (const entry of entries) context.store.set(entry);
    return undefined;
  }

  return (collection) => ({
    name: LOADER_NAME,
    async load(context) {
      const { watcher, logger } = context;
      if (!watcher) {
        // astro build, check, sync: a problem stops them with the report.
        const report = await fill(collection, context);
        if (report !== undefined) throw new DatasetProblems(report);
        return;
      }
      // astro dev: watch the inputs (Astro removes these listeners before its next full sync).
      const { dataDir } = pathsOf(context);
      watcher.add(dataDir);
      const refill = (path: string) => {
        if (!path.startsWith(dataDir + sep)) return;
        fill(collection, context).then(
          (report) => report !== undefined && logger.error(report),
          (error: unknown) => logger.error(error instanceof Error ? error.message : String(error)),
        );
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, refill);
      const report = await fill(collection, context);
      if (report !== undefined) logger.error(report);
    },
  });
}
