/**
 * Cache keys for Astro's incremental build (astro.config.ts, experimental.incrementalBuild): a
 * page that getStaticPaths returns with a `cacheKey` is copied from the previous build, not
 * rendered, when its key and the code it is built from (Astro hashes its module graph) are both
 * unchanged. The data is not in that graph (pages read content/data/*.json from disk), so the key
 * must change whenever anything the page shows from the data changes, or the page would be served
 * stale. Each route therefore declares what it reads, and its key is a hash of exactly that: the
 * files of the datasets it names (a dataset's CSV and the collection the pipeline makes of it),
 * plus any rows of its own it picks out. Routes that draw on the whole site (the map, the charts,
 * the briefings, a dataset's downloads) take `siteKey()`, a hash of every input.
 *
 * Keys are made in getStaticPaths, before any page renders, once per build.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_COLLECTIONS } from '../pipeline/build-collections.ts';
import { DATASET_IDS, type DatasetId } from '../schemas/datasets.ts';
import { datasetsLastUpdated } from './last-updated.ts';
import { GENERATED_DIR, rereadEachTime } from './read-collections.ts';

/** What a route can declare it reads: a dataset, or a collection the pipeline makes of the source document. */
export type PageInput = DatasetId | (typeof SOURCE_COLLECTIONS)[number];

/** Markdown the site renders (briefings, cases, authored pages), from the project's root. */
const CONTENT_DIR = 'content';
const MARKDOWN_FOLDERS = ['briefings', 'cases', 'pages'] as const;

const kept = new Map<string, string>();

function hashOf(parts: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part)).update('\0');
  return hash.digest('hex');
}

/** A file's text, or '' (hashed as such) when it does not exist: its absence is part of the key too. */
function textOf(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Keys are for `astro build`; the dev server renders every page it is asked for, and need not read every file each time. */
const DEV_SERVER_KEY = 'dev-server';

function once(name: string, make: () => string): string {
  if (rereadEachTime) return DEV_SERVER_KEY;
  let key = kept.get(name);
  if (key === undefined) {
    key = make();
    kept.set(name, key);
  }
  return key;
}

const isDataset = (input: PageInput): input is DatasetId => (DATASET_IDS as readonly string[]).includes(input);

/**
 * The hash of one input's files: for a dataset its CSV (which the map's geometry also reads
 * directly, data/prefectures.csv) and its collection; for a source collection, the collection.
 */
export function inputKey(input: PageInput, root = '.'): string {
  return once(`${root}\0${input}`, () =>
    hashOf([input, isDataset(input) ? textOf(join(root, 'data', `${input}.csv`)) : '', textOf(join(root, GENERATED_DIR, `${input}.json`))]),
  );
}

/** The Markdown files of content/ (briefings, cases, pages), by path. */
function markdownKey(root: string): string {
  return once(`${root}\0markdown`, () =>
    hashOf(
      MARKDOWN_FOLDERS.flatMap((folder) => {
        const dir = join(root, CONTENT_DIR, folder);
        const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md')).sort();
        return files.flatMap((f) => [join(folder, f), textOf(join(dir, f))]);
      }),
    ),
  );
}

/**
 * A page's key: the declared inputs' files, then any values of its own (the rows it picks out of a
 * dataset it does not show whole). Inputs are hashed in a fixed order, so the order they are
 * declared in does not matter. `root`: the project's root (where every command runs), for tests.
 */
export function cacheKey(inputs: readonly PageInput[], own: readonly unknown[] = [], root = '.'): string {
  return hashOf([...[...new Set(inputs)].sort().map((input) => `${input}:${inputKey(input, root)}`), ...own]);
}

/**
 * Every input of the site: every dataset and source collection, the Markdown, and the dates the
 * datasets last changed (data pages, citations and embeds print them; they come from git or the
 * files' times, not from the files' text).
 */
export function siteKey(root = '.'): string {
  return once(`${root}\0site`, () =>
    hashOf([
      cacheKey([...DATASET_IDS, ...SOURCE_COLLECTIONS], [], root),
      markdownKey(root),
      DATASET_IDS.map((id) => datasetsLastUpdated([id], root)),
    ]),
  );
}
