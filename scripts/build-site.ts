/**
 * `npm run build`: the whole site (pages, share cards and figure images, search index) built into
 * a fresh staging folder beside the output, and moved into place only when every step succeeded.
 * An interrupted or failed build leaves the previous output whole (or none, if it is killed in the
 * instant between the two renames that swap the folders: a folder cannot replace a non-empty
 * folder in one rename). Staging folders of builds that no longer run are removed first.
 *
 * Pages that have not changed are copied from the previous build (Astro's incremental build,
 * astro.config.ts), from Astro's cache folder, not from the output: building into a fresh staging
 * folder does not defeat it.
 *
 * Usage: node scripts/build-site.ts [--out dist] [astro build flags…]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { constants } from 'node:os';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildEnvError, readBuildEnv } from '../src/core/build-env.ts';
import { processRuns } from '../src/pipeline/write-atomically.ts';
import { buildSearchIndex } from './search-index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Removes `.<name>.staging-<pid>` and `.<name>.previous-<pid>` folders whose build no longer runs. */
export function removeStale(out: string): void {
  const parent = dirname(out);
  if (!existsSync(parent)) return;
  const pattern = new RegExp(`^\\.${basename(out).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(staging|previous)-(\\d+)$`);
  for (const entry of readdirSync(parent)) {
    const pid = Number(pattern.exec(entry)?.[2]);
    if (pid && pid !== process.pid && !processRuns(pid)) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

/**
 * Astro's incremental build writes each page to its cache as it renders it, but its list of what
 * the cache holds (incremental-build.json) only when the build ends: a build stopped or failed
 * halfway can leave pages in the cache that the list of the build before does not describe, and a
 * later build would copy them. So each build marks the cache while it runs and takes the mark away
 * only when it succeeded; a build that finds the mark of one that no longer runs drops the list, and
 * renders every page. Returns what to call on success.
 */
export function markIncrementalCache(cacheDir: string): () => void {
  mkdirSync(cacheDir, { recursive: true });
  for (const entry of readdirSync(cacheDir)) {
    const pid = Number(/^incremental-build\.running-(\d+)$/.exec(entry)?.[1]);
    if (!pid || pid === process.pid || processRuns(pid)) continue;
    rmSync(join(cacheDir, 'incremental-build.json'), { force: true });
    rmSync(join(cacheDir, entry), { force: true });
  }
  const mark = join(cacheDir, `incremental-build.running-${process.pid}`);
  writeFileSync(mark, '');
  return () => rmSync(mark, { force: true });
}

/** The `astro build` running now, if any: a signal to this process is passed on to it. */
let astro: ChildProcess | undefined;

function astroBuild(outDir: string, flags: string[]): Promise<number> {
  return new Promise((done, fail) => {
    const bin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const child = spawn(process.execPath, [bin, 'build', '--outDir', outDir, ...flags], { cwd: root, stdio: 'inherit' });
    astro = child;
    child.once('error', fail);
    child.once('exit', (code, signal) => {
      astro = undefined;
      done(code ?? (signal ? 1 : 0));
    });
  });
}

export async function buildSite(out: string, flags: string[] = []): Promise<void> {
  removeStale(out);
  const staging = join(dirname(out), `.${basename(out)}.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const succeeded = markIncrementalCache(resolve(root, readBuildEnv().cacheDir));
  // SIGINT or SIGTERM (a closed terminal, a process manager's stop) stops the build at once and
  // leaves `out` as it was: during `astro build` the signal goes on to it, whose failure ends this
  // build below; after it (the search index, the swap) this process removes its staging folder and
  // exits. Either way the staging folder goes, and no stopped build puts its output in place.
  let stoppedBy: NodeJS.Signals | undefined;
  const stop = (signal: NodeJS.Signals) => {
    stoppedBy = signal;
    if (astro) {
      astro.kill(signal);
      return;
    }
    rmSync(staging, { recursive: true, force: true });
    console.error(`build: stopped by ${signal}; ${out} was left as it was`);
    process.exit(128 + constants.signals[signal]);
  };
  process.on('SIGINT', stop).on('SIGTERM', stop);
  try {
    const code = await astroBuild(staging, flags);
    if (stoppedBy) throw new Error(`stopped by ${stoppedBy}; ${out} was left as it was`);
    if (code !== 0) throw new Error(`astro build exited with ${code}; ${out} was left as it was`);
    const report = await buildSearchIndex(staging);
    const pages = Object.entries(report.pages)
      .map(([lang, n]) => `${n} ${lang}`)
      .join(', ');
    console.log(
      `search index: ${pages} pages; ${report.files} files, ${(report.bytes / 1024).toFixed(1)} KB (${Math.round(report.ms)} ms)`,
    );
    const previous = join(dirname(out), `.${basename(out)}.previous-${process.pid}`);
    const hadPrevious = existsSync(out);
    if (hadPrevious) renameSync(out, previous);
    renameSync(staging, out);
    if (hadPrevious) rmSync(previous, { recursive: true, force: true });
    succeeded();
  } finally {
    process.off('SIGINT', stop).off('SIGTERM', stop);
    rmSync(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    // Checked here, before anything runs, and again by astro.config.ts for `astro` run directly.
    readBuildEnv();
  } catch (error) {
    if (!(error instanceof BuildEnvError)) throw error;
    for (const line of error.lines) console.error(`build: ${line}`);
    process.exit(1);
  }
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  const out = resolve(root, at >= 0 ? args.splice(at, 2)[1]! : 'dist');
  try {
    await buildSite(out, args);
    console.log(`build: the site is in ${out}`);
  } catch (error) {
    console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
