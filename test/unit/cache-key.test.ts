/**
 * Incremental-build keys (src/collections/cache-key.ts, src/site/page-keys.ts): a page is copied
 * from the previous build when its key is unchanged, so a key that misses something the page shows
 * would serve a stale page. Each case changes one input in a copy of the real data, runs the
 * pipeline as a build does, and checks which keys change: every input a page shows changes its
 * key, and a change the page does not show leaves it (else the cache would never be used).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { siteKey } from '../../src/collections/cache-key.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { bureauPageKey, PROJECT_PAGE_INPUTS, projectPageKeys } from '../../src/site/page-keys.ts';
import { chartDataFrom, entriesFrom } from '../../src/collections/read-collections.ts';
import { deriveCatalogue } from '../../src/derived/catalogue.ts';
import { largestFirst } from '../../src/schemas/cluster-projects.ts';
import { CONTEXT_AROUND, CONTEXT_TOP } from '../../src/site/project-context.ts';
import { printedCount, writeSyntheticDataDir } from '../../scripts/synthetic-data.ts';
import { changeOneRow } from '../../scripts/bench/one-row.ts';
import { markIncrementalCache } from '../../scripts/build-site.ts';

const repo = join(import.meta.dirname, '../..');
const dirs: string[] = [];
let base: string;

/** A copy of the project's data and Markdown (the data `factor` times the real size), with the pipeline's collections, after `change`. */
async function project(change: (root: string) => void = () => {}, factor = 1): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'cluster-atlas-cache-key-'));
  dirs.push(root);
  if (factor === 1) cpSync(join(repo, 'data'), join(root, 'data'), { recursive: true });
  else writeSyntheticDataDir(join(root, 'data'), factor);
  for (const folder of ['briefings', 'cases', 'pages'])
    cpSync(join(repo, 'content', folder), join(root, 'content', folder), { recursive: true });
  change(root);
  // As the benchmark runs it: a changed figure is one the source does not print (src/pipeline/source-anchors.ts).
  await runPipeline(join(root, 'data'), join(root, 'content', 'data'), { expectedProjects: 17 * factor }, root);
  return root;
}

/** The collections the pipeline wrote in `root`, as the pages read them. */
function collectionsAt(root: string): Map<string, unknown[]> {
  const dir = join(root, 'content', 'data');
  return new Map(readdirSync(dir).map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown[]]));
}

/** Each project page's key in `root`, as the project route makes them. */
function projectKeysAt(root: string): (id: string) => string {
  const collections = collectionsAt(root);
  const data = chartDataFrom(collections);
  return projectPageKeys(
    {
      projects: data.projects,
      bureaus: data.bureaus,
      networks: entriesFrom(collections, 'project-networks'),
      derived: deriveCatalogue(data),
    },
    root,
  );
}

/** Every key a page of these routes has, by name, in `root`. */
function keys(root: string): Record<string, string> {
  const projectKey = projectKeysAt(root);
  return {
    'project:hokkaido-cluster': projectKey('hokkaido-cluster'),
    'project:kanto-regional-revitalization': projectKey('kanto-regional-revitalization'),
    'project:okinawa-industry-promotion': projectKey('okinawa-industry-promotion'),
    bureau: bureauPageKey(root),
    site: siteKey(root),
  };
}

/** Which keys differ between the unchanged copy and `root`. */
function changed(root: string): string[] {
  const before = keys(base);
  const after = keys(root);
  return Object.keys(before).filter((k) => before[k] !== after[k]);
}

/** Rewrites one cell of a data CSV, found by the row's id. */
const setCell = (root: string, dataset: string, id: string, column: string, value: string) => {
  const file = join(root, 'data', `${dataset}.csv`);
  const rows = csvParseRows(readFileSync(file, 'utf8'));
  const row = rows.find((r) => r[0] === id);
  if (!row) throw new Error(`no row ${id} in ${file}`);
  row[rows[0]!.indexOf(column)] = value;
  writeFileSync(file, `${csvFormatRows(rows)}\n`);
};

beforeAll(async () => {
  base = await project();
}, 60_000);
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('incremental-build keys', () => {
  it('cover what a project page reads whole: bureaus, prefectures (its map), sources and the source text (its source line); the projects it shows are named one by one', () => {
    expect([...PROJECT_PAGE_INPUTS].sort()).toEqual(['bureaus', 'prefectures', 'source-anchors', 'source-pages', 'sources'].sort());
  });

  it('are the same for the same data, and differ between pages that show different rows', async () => {
    expect(keys(await project())).toEqual(keys(base));
    const k = keys(base);
    expect(k['project:hokkaido-cluster']).not.toBe(k['project:kanto-regional-revitalization']);
  });

  it("change on every project page when one project's companies change (each shows all 17 projects' bars, ranks and shares)", async () => {
    const root = await project((r) => changeOneRow(r));
    expect(changed(root)).toEqual([
      'project:hokkaido-cluster',
      'project:kanto-regional-revitalization',
      'project:okinawa-industry-promotion',
      'bureau',
      'site',
    ]);
  });

  it('change at 170 projects for the pages that show a changed company count, or a rank or share it moves, and for no other project page', async () => {
    const before = await project(() => {}, 10);
    // A project in the middle of the ranking gains ten companies.
    const middle = [...chartDataFrom(collectionsAt(before)).projects].sort(largestFirst)[85]!;
    const after = await project(
      (r) => setCell(r, 'cluster-projects', middle.id, 'companies', `約${printedCount(middle.companies.value + 10)}社`),
      10,
    );
    const [was, is] = [projectKeysAt(before), projectKeysAt(after)];
    const data = chartDataFrom(collectionsAt(after));
    const ranked = [...data.projects].sort(largestFirst);
    const moved = ranked.findIndex((p) => p.id === middle.id);
    const differs = data.projects.filter((p) => was(p.id) !== is(p.id)).map((p) => p.id);
    // Its own page, the pages that show it in their chart (its neighbours in rank: it is not among the
    // largest), and its bureau's other pages, which list it with its companies.
    expect(moved).toBeGreaterThanOrEqual(CONTEXT_TOP);
    expect(differs).toContain(middle.id);
    for (const near of [ranked[moved - CONTEXT_AROUND]!, ranked[moved + CONTEXT_AROUND]!]) expect(differs).toContain(near.id);
    for (const sibling of data.projects.filter((p) => p.bureau === middle.bureau)) expect(differs).toContain(sibling.id);
    // No page of another bureau that is far from it in rank: the largest project's, for one.
    const far = data.projects.filter((p) => p.bureau !== middle.bureau && Math.abs(ranked.indexOf(p) - moved) > CONTEXT_AROUND + 1);
    expect(far.length).toBeGreaterThan(data.projects.length / 2);
    expect(far.filter((p) => differs.includes(p.id))).toEqual([]);
    expect(differs).not.toContain(ranked[0]!.id);
  });

  it("change on a bureau's name for every project page (kicker, map, table) and the bureau pages", async () => {
    const root = await project((r) => setCell(r, 'bureaus', 'okinawa', 'name_en', 'Okinawa General Bureau (renamed)'));
    expect(changed(root)).toEqual(expect.arrayContaining(['project:hokkaido-cluster', 'bureau', 'site']));
  });

  it('change on the one project page that lists a network, and on no other project page', async () => {
    const root = await project((r) => setCell(r, 'project-networks', 'kanto-keihin', 'name_en', 'Keihin network support (renamed)'));
    expect(changed(root)).toEqual(['project:kanto-regional-revitalization', 'site']);
  });

  it('stay for project and bureau pages when a figure table they do not show changes, and change for the rest of the site', async () => {
    const root = await project((r) => setCell(r, 'consortium-results', 'practical-use-rate', 'note_en', 'Counted again (note changed).'));
    expect(changed(root)).toEqual(['site']);
  });

  it("change for the site's other pages when a briefing's Markdown changes", async () => {
    const root = await project((r) => {
      const file = join(r, 'content', 'briefings', 'en', 'at-a-glance.md');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nOne more sentence.\n`);
    });
    expect(changed(root)).toEqual(['site']);
  });
});

describe("the pages' module graph", () => {
  // Astro hashes each page's modules to decide whether it may be taken from the cache. Where a
  // module names import.meta's env object alone (not `.DEV`, `.SITE`…), Astro's env plugin inlines
  // every environment variable whose name occurs in the file (PATH, _), which differ from one run to
  // the next: no page would ever be reused. The raster threads run in plain Node, outside the bundle.
  const bare = /\bimport\.meta\.env\b(?!\.)/;

  it('is caught by the check', () => {
    expect(bare.test('const dev = import.meta.env?.DEV;')).toBe(true);
    expect(bare.test('// there is no `import.meta.env`, and')).toBe(true);
    expect(bare.test('const dev = import.meta.env.DEV;')).toBe(false);
  });

  it('never names the env object alone', () => {
    const src = join(repo, 'src');
    const files = (readdirSync(src, { recursive: true, encoding: 'utf8' }) as string[]).filter(
      (f) => /\.(ts|astro|mjs)$/.test(f) && !f.startsWith('raster/'),
    );
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => bare.test(readFileSync(join(src, f), 'utf8')))).toEqual([]);
  });
});

describe("the incremental build's cache after a build that did not finish", () => {
  // A pid that no longer runs: a process that has exited.
  const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

  it('is not used: the list of cached pages is dropped when a build that stopped left its mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-incremental-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'incremental-build.json'), '{}');
    writeFileSync(join(dir, `incremental-build.running-${deadPid()}`), '');
    const succeeded = markIncrementalCache(dir);
    expect(existsSync(join(dir, 'incremental-build.json'))).toBe(false);
    expect(readdirSync(dir)).toEqual([`incremental-build.running-${process.pid}`]);
    succeeded();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is used when the build before finished, or is still running', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-incremental-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'incremental-build.json'), '{}');
    writeFileSync(join(dir, `incremental-build.running-${process.ppid}`), '');
    markIncrementalCache(dir)();
    expect(readdirSync(dir).sort()).toEqual(['incremental-build.json', `incremental-build.running-${process.ppid}`]);
  });
});
