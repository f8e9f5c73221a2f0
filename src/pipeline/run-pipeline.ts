/**
 * One run of the pipeline over a data directory: read data/*.csv and data/source/*, check and
 * decode them all together (the cross-checks span datasets), and replace the output folder with one
 * JSON file per collection, or with nothing at all if any problem was found. The CLI
 * (scripts/build-data.ts, `npm run data`) and the content loader (content-loader.ts, run by
 * `astro dev`, `astro build` and `astro check`) both go through here, so they check the same
 * things, word a problem the same way and write the same bytes.
 */
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { DATASETS } from '../schemas/datasets.ts';
import { buildCollections, SOURCE_COLLECTIONS, type SourceInput } from './build-collections.ts';
import type { CheckOptions } from './checks.ts';
import { DataError, type DataProblem } from './data-error.ts';
import { MAX_FILE_BYTES } from './read-csv.ts';
import { ROW_COUNTS_FILE } from './row-counts.ts';
import { replaceFolder } from './write-atomically.ts';

/** A file read for the pipeline: the name its problems are reported under, and its bytes. */
export interface InputFile {
  file: string;
  bytes: Uint8Array;
}

/** Everything one run reads: each dataset's CSV by id, and the source's text, translation and slide titles. */
export interface DataInputs {
  datasets: Map<string, InputFile>;
  /** data/row-counts.csv: each dataset's declared number of rows (src/pipeline/row-counts.ts). */
  rowCounts: InputFile;
  source: { text: InputFile; translation: InputFile; slides: InputFile };
}

/** The files of the source pages, in data/source/. */
const SOURCE_FILES = { text: 'meti-2007.txt', translation: 'meti-2007.en.csv', slides: 'slides.csv' } as const;

/**
 * Reads the inputs. Problems name the files relative to `base`: the working directory for the CLI,
 * the project root for the loader, which gives `data/cluster-projects.csv` either way. A file that
 * is missing, a folder, a link leading out of the project, unreadable or too large is one located
 * problem each (every file is looked at before any is reported), never a stack trace, and a
 * file is measured before it is read, so an oversized one never fills memory.
 */
export async function readDataInputs(dataDir: string, base: string): Promise<DataInputs> {
  const problems: DataProblem[] = [];
  const root = await realpath(base).catch(() => resolve(base));
  const read = async (path: string): Promise<InputFile> => {
    const file = relative(base, path);
    const refuse = (expected: string, found?: string): InputFile => {
      problems.push({ file, line: 1, column: 1, field: 'file', expected, ...(found === undefined ? {} : { found }) });
      return { file, bytes: new Uint8Array() };
    };
    try {
      const link = await lstat(path);
      if (link.isSymbolicLink()) {
        const target = await realpath(path);
        const inside = relative(root, target);
        if (inside.startsWith('..') || isAbsolute(inside)) {
          return refuse('a file inside the project (this is a link to a file outside it; copy the file here instead)', target);
        }
      }
      const info = await stat(path);
      if (info.isDirectory()) return refuse('a CSV file (this path is a folder; put the dataset file here)', 'a folder');
      if (!info.isFile()) return refuse('a regular CSV file', 'a special file');
      if (info.size > MAX_FILE_BYTES)
        return refuse(
          `a file of at most ${MAX_FILE_BYTES} bytes (a dataset is far smaller; is this the right file?)`,
          `${info.size} bytes`,
        );
      return { file, bytes: await readFile(path) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT')
        return refuse(`the file ${file} (it is missing; restore it, for example with git checkout -- ${file})`, 'no file');
      if (code === 'EACCES' || code === 'EPERM')
        return refuse('a file this user may read (permission denied; check its permissions)', code);
      if (code === 'ELOOP') return refuse('a file, not a loop of links', code);
      return refuse('a readable file', code ?? String(error));
    }
  };
  const datasets = new Map<string, InputFile>();
  for (const dataset of DATASETS) datasets.set(dataset.id, await read(join(dataDir, `${dataset.id}.csv`)));
  const source = join(dataDir, 'source');
  const inputs: DataInputs = {
    datasets,
    rowCounts: await read(join(dataDir, ROW_COUNTS_FILE)),
    source: {
      text: await read(join(source, SOURCE_FILES.text)),
      translation: await read(join(source, SOURCE_FILES.translation)),
      slides: await read(join(source, SOURCE_FILES.slides)),
    },
  };
  if (problems.length) throw new DataError(problems);
  return inputs;
}

/**
 * The output of one run: each collection's file name (`bureaus.json`) and its text, exactly as
 * written to content/data/. Throws a DataError listing every problem if there is any.
 */
export function collectionFiles(inputs: DataInputs, options: CheckOptions = {}): Map<string, string> {
  const { text, translation, slides } = inputs.source;
  const source: SourceInput = { text: { file: text.file, text: new TextDecoder().decode(text.bytes) }, translation, slides };
  const collections = buildCollections(inputs.datasets, options, source, inputs.rowCounts);
  return new Map([...collections].map(([id, entries]) => [`${id}.json`, `${JSON.stringify(entries, null, 2)}\n`]));
}

/** How many of the files are datasets (the rest are the source pages' collections). */
export const datasetCount = (files: Map<string, string>): number => files.size - SOURCE_COLLECTIONS.length;

/**
 * Reads, checks and writes: `outDir` is replaced as one step when every dataset is sound, and left
 * as it was otherwise. Returns the files and whether `outDir` changed (it is not touched when it
 * already holds them, byte for byte).
 */
export async function runPipeline(
  dataDir: string,
  outDir: string,
  options: CheckOptions = {},
  base = process.cwd(),
): Promise<{ files: Map<string, string>; written: boolean }> {
  const files = collectionFiles(await readDataInputs(dataDir, base), options);
  return { files, written: await replaceFolder(outDir, files) };
}

/**
 * The report of a run that found problems, one line per problem (`file:line:column field: expected
 * …, found …`) under a line that says nothing was written: the same text from `npm run data`,
 * `astro dev` and `astro build`.
 */
export function describeProblems(error: DataError): string {
  return `data: the datasets have ${error.problems.length} problem(s); content/data was left as it was.\n${error.message}`;
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

/** The check options the environment asks for (see expectedProjectsFromEnv). */
export function checkOptionsFromEnv(): CheckOptions {
  const expectedProjects = expectedProjectsFromEnv();
  return expectedProjects === undefined ? {} : { expectedProjects };
}
