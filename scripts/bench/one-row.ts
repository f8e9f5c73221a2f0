/**
 * The rebuild target of issue 17: change one row of one dataset, rebuild, and compare the result
 * byte for byte with a cold build of the changed data.
 *
 * - `changeOneRow(dir)` raises the companies of the last project of data/cluster-projects.csv by
 *   ten (約８８０社 → 約８９０社), the kind of correction a journalist makes: a figure that pages,
 *   charts, ranks and totals show. `changeOneRow(dir, 'network')` renames the last network of
 *   data/project-networks.csv instead: a row that one project page and the network charts show.
 * - `compareTrees(a, b)` lists the files that differ between two built sites.
 * - `CACHE_PATHS` are what a cold build starts without (caches and generated data).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { toHalfWidth } from '../../src/core/japanese-number.ts';
import { printedCount } from '../synthetic-data.ts';

/**
 * Everything a build keeps between runs: its output, Astro's caches (the incremental build's
 * previous output among them), Vite's dependency cache, the PNG cache and the generated data.
 */
export const CACHE_PATHS = [
  'dist',
  '.astro',
  'node_modules/.astro',
  'node_modules/.vite',
  'node_modules/.cache/cluster-atlas-png',
  'content/data',
  // content/data is a link to the newest of these (src/pipeline/write-atomically.ts).
  'content/.data-generations',
] as const;

/** Removes what a build keeps between runs, so the next build in `dir` is cold. */
export function clearCaches(dir: string): void {
  for (const path of CACHE_PATHS) rmSync(join(dir, path), { recursive: true, force: true });
}

export interface RowChange {
  file: string;
  id: string;
  column: string;
  from: string;
  to: string;
}

/** The rows the benchmark can change: a project's company count, or a network's name. */
export const ROW_CHANGES = ['companies', 'network'] as const;
export type RowChangeKind = (typeof ROW_CHANGES)[number];

/** Changes one row in `dir`/data (see above); returns what it changed. */
export function changeOneRow(dir: string, kind: RowChangeKind = 'companies'): RowChange {
  if (kind === 'network') {
    const file = join('data', 'project-networks.csv');
    const rows = csvParseRows(readFileSync(join(dir, file), 'utf8'));
    const column = 'name_en';
    const row = rows.at(-1)!;
    const at = rows[0]!.indexOf(column);
    const from = row[at]!;
    row[at] = `${from} (renamed)`;
    writeFileSync(join(dir, file), `${csvFormatRows(rows)}\n`);
    return { file, id: row[0]!, column, from, to: row[at]! };
  }
  const file = join('data', 'cluster-projects.csv');
  const rows = csvParseRows(readFileSync(join(dir, file), 'utf8'));
  const column = 'companies';
  const at = rows[0]!.indexOf(column);
  const row = rows.at(-1)!;
  const from = row[at]!;
  const printed = /^約(.+)社$/.exec(from)?.[1];
  const value = printed === undefined ? Number.NaN : Number(toHalfWidth(printed).replaceAll(',', ''));
  if (!Number.isInteger(value)) throw new Error(`${file}: the last row's ${column} is ${from}, not 約N社`);
  const to = `約${printedCount(value + 10)}社`;
  row[at] = to;
  writeFileSync(join(dir, file), `${csvFormatRows(rows)}\n`);
  return { file, id: row[0]!, column, from, to };
}

export interface TreeDifference {
  files: number;
  /** Paths (relative) whose bytes differ, or that one tree has and the other has not. */
  differing: string[];
}

function filesIn(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((d) => {
    const path = prefix ? `${prefix}/${d.name}` : d.name;
    return d.isDirectory() ? filesIn(dir, path) : [path];
  });
}

/** The files of `a` and `b` (two built sites) that are not byte-identical, sorted. */
export function compareTrees(a: string, b: string): TreeDifference {
  const inA = new Set(filesIn(a));
  const inB = new Set(filesIn(b));
  const differing: string[] = [];
  for (const path of new Set([...inA, ...inB])) {
    if (!inA.has(path) || !inB.has(path) || !readFileSync(join(a, path)).equals(readFileSync(join(b, path)))) differing.push(path);
  }
  return { files: new Set([...inA, ...inB]).size, differing: differing.sort() };
}
