/**
 * The datasets' content loader (src/pipeline/content-loader.ts) in a running `astro dev` and
 * in `astro build`, on a throw-away copy of the project: an edited CSV reaches the page without a
 * restart, and a malformed one gives the same located report in dev, in build and in
 * `npm run data`, with nothing half-written. Kept to one dev server, one good edit and one bad one.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPatch } from '../fixtures/bad-data.ts';
import { editLines, ROOT } from '../fixtures/data-dir.ts';
import { buildEnv } from '../site/build-env.ts';

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGE = '/en/projects/hokkaido-cluster/';
const NAME = 'Hokkaido Regional Industrial Cluster Plan';
const EDITED = 'Hokkaido Cluster Plan as edited by a test';
/** The located line the bad case `non-number` must give, as its README works it out by hand. */
const EXPECTED_LINE = /^Expected: `(.*)`$/m.exec(readFileSync(join(ROOT, 'test/fixtures/bad/non-number/README.md'), 'utf8'))![1]!;
const HEADER = 'data: the datasets have 1 problem(s); content/data was left as it was.';

const env = buildEnv({ ASTRO_TELEMETRY_DISABLED: '1' });
const plain = (text: string) => stripVTControlCharacters(text);
/** The lines of an output that locate a problem in a CSV. */
const problemLines = (output: string) =>
  plain(output)
    .split('\n')
    .filter((line) => /^data\/[^ ]+\.csv:\d+:\d+ /.test(line));

/**
 * A copy of what the site is built from (no content/data: the loader must write it), with a
 * node_modules of links to the real packages so its caches start empty and stay apart.
 */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-loader-'));
  const generated = join(ROOT, 'content', 'data');
  for (const name of [
    'src',
    'content',
    'scripts',
    'public',
    'data',
    'astro.config.mjs',
    'astro.config.ts',
    'tsconfig.json',
    'package.json',
  ]) {
    if (!existsSync(join(ROOT, name))) continue;
    cpSync(join(ROOT, name), join(dir, name), {
      recursive: true,
      filter: (from) => from !== generated && !from.startsWith(generated + sep),
    });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (!entry.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls until `check` returns a value, or fails after `ms` with what was seen last. */
async function waitFor<T>(what: string, ms: number, check: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    // A refused connection while the server starts is a "not yet".
    const value = await Promise.resolve()
      .then(check)
      .catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Saves a file the way editors do, by renaming a finished copy over it, so the dev server never
 * reads it half-written (that would be a report of its own, before the one under test).
 */
function save(path: string, text: string): void {
  const partial = join(work, '.saving');
  writeFileSync(partial, text);
  renameSync(partial, path);
}

const snapshot = (dir: string) =>
  new Map(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name))]),
  );

let work: string;
/** The copy's own `npm run data`, which reads the copy's data/ and writes the copy's content/data. */
const cli = (args: string[]) =>
  spawnSync(process.execPath, [join(work, 'scripts/build-data.ts'), ...args], { cwd: work, encoding: 'utf8', env });
let dev: ChildProcess | undefined;
let devOutput = '';
let origin: string;

beforeAll(async () => {
  work = copyProject();
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: work, env });
  dev.stdout!.on('data', (chunk: Buffer) => (devOutput += chunk.toString()));
  dev.stderr!.on('data', (chunk: Buffer) => (devOutput += chunk.toString()));
}, 60_000);

afterAll(async () => {
  if (dev && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev!.once('exit', resolve));
    dev.kill('SIGTERM');
    await exited;
  }
  if (work) rmSync(work, { recursive: true, force: true });
});

const pageText = async () => {
  const response = await fetch(`${origin}${PAGE}`);
  return response.status === 200 ? response.text() : undefined;
};

describe('the datasets content loader', () => {
  it('serves data/*.csv in astro dev, and an edited CSV reaches the page without a restart', async () => {
    const csv = join(work, 'data', 'cluster-projects.csv');
    const page = await waitFor(`${PAGE} from astro dev\n${devOutput}`, 60_000, pageText);
    expect(page).toContain(`<h1>${NAME}`);
    // The dev server wrote content/data, as `npm run data` would have.
    expect(existsSync(join(work, 'content/data/cluster-projects.json'))).toBe(true);

    const text = editLines(readFileSync(csv, 'utf8'), [{ line: 2, find: NAME, replace: EDITED }]);
    save(csv, text);
    let saved = Date.now();
    const edited = await waitFor(`the edited name on ${PAGE}\n${devOutput}`, 30_000, async () => {
      if ((await pageText())?.includes(`<h1>${EDITED}`)) return true;
      // Vite's watcher may still be scanning the project on a loaded machine: a file it reaches after
      // the save is taken as it is, with no change reported. A second save, as a person would make,
      // is seen; a loader that does not watch data/ sees neither.
      if (Date.now() - saved > 5_000) {
        save(csv, text);
        saved = Date.now();
      }
      return undefined;
    });
    expect(edited).toBe(true);
    // Still the server that started: no restart in between.
    expect(dev!.exitCode).toBeNull();
    expect(plain(devOutput).match(/ ready in /g)).toHaveLength(1);

    // The same run rewrote content/data with the bytes `npm run data` writes for the same files.
    const cliOut = join(work, 'cli-out');
    const run = cli(['data', cliOut]);
    expect(run.status, run.stderr).toBe(0);
    expect(snapshot(join(work, 'content/data'))).toEqual(snapshot(cliOut));
  }, 120_000);

  it('reports a malformed CSV with the same located lines in astro dev, astro build and npm run data, and writes nothing', async () => {
    const csv = join(work, 'data', 'cluster-projects.csv');
    const written = snapshot(join(work, 'content/data'));
    const original = readFileSync(join(ROOT, 'data', 'cluster-projects.csv'), 'utf8');
    save(csv, editLines(original, readPatch('non-number').edits ?? []));

    // Dev: the report in the server's log, and the last sound data still served.
    await waitFor(`the report in the dev log\n${devOutput}`, 30_000, () => (plain(devOutput).includes(EXPECTED_LINE) ? true : undefined));
    const devReport = plain(devOutput).slice(plain(devOutput).indexOf(HEADER));
    expect(problemLines(devReport)).toEqual([EXPECTED_LINE]);
    expect(devReport).not.toMatch(/\n\s+at /);
    expect(await pageText()).toContain(`<h1>${EDITED}`);
    expect(snapshot(join(work, 'content/data'))).toEqual(written);

    // Build: stops at the content sync with the same report and no stack trace.
    const build = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', join(work, 'dist-bad')], {
      cwd: work,
      encoding: 'utf8',
      env,
      timeout: 120_000,
    });
    const buildOutput = plain(build.stdout + build.stderr);
    expect(build.status).toBe(1);
    expect(buildOutput).toContain(HEADER);
    expect(problemLines(buildOutput)).toEqual([EXPECTED_LINE]);
    expect(buildOutput).not.toMatch(/Stack trace|\n\s+at /);
    expect(existsSync(join(work, 'dist-bad'))).toBe(false);
    expect(snapshot(join(work, 'content/data'))).toEqual(written);

    // The CLI: the same report.
    const run = cli([]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(HEADER);
    expect(problemLines(run.stderr)).toEqual([EXPECTED_LINE]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(join(work, 'content/data'))).toEqual(written);
  }, 120_000);
});
