/**
 * The data CLI on bad input, end to end: `node scripts/build-data.ts <data> <out>` as a child
 * process, once per case of test/fixtures/bad/. It must exit 1, print exactly the problems the
 * case's README works out by hand, and leave a previously built output folder byte for byte as it
 * was, with no staging folder behind.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badCases, writeBadDataDir } from '../fixtures/bad-data.ts';
import { DATA_DIR, ROOT } from '../fixtures/data-dir.ts';

const CLI = join(ROOT, 'scripts/build-data.ts');
const FORMULA = 'expected text that does not start with =, +, @ or a tab (a spreadsheet would run it as a formula)';

/** The problem lines each case must print, worked out by hand in test/fixtures/bad/<case>/README.md. */
const EXPECTED: Record<string, string[]> = {
  'non-number': ['data/cluster-projects.csv:2:101 companies: expected a figure in companies like 約２，１４０社, found "abc"'],
  'negative-count': [
    'data/cluster-projects.csv:2:101 companies: expected a figure in companies like 約２，１４０社 (counts and amounts cannot be negative), found "-880社"',
  ],
  'missing-value': ['data/cluster-projects.csv:2:27 name_ja: expected a value (this column is required), found ""'],
  'unknown-bureau': [
    'data/cluster-projects.csv:2:18 bureau: expected a bureau id from bureaus.csv (hokkaido, tohoku, kanto, chubu, kinki, chugoku, shikoku, kyushu, okinawa), found "hokaido"',
  ],
  'unknown-field': [
    'data/cluster-projects.csv:2:85 fields: expected one of manufacturing, bio, it, environment, semiconductors, health, energy, processing-trade, found "it biotech"',
  ],
  'unknown-column': [
    'data/cluster-projects.csv:1:1 alias: expected a column named alias in the header',
    'data/cluster-projects.csv:1:27 header: expected one of the columns id, bureau, name_ja, name_en, alias, fields, fields_printed, companies, universities, source, page, found "nickname"',
  ],
  'duplicate-id': ['data/cluster-projects.csv:3:1 id: expected a unique id (already used on line 2), found "hokkaido-cluster"'],
  'ragged-too-many': ['data/cluster-projects.csv:2:124 row: expected 11 cells as in the header, found "12 cells"'],
  'ragged-too-few': ['data/cluster-projects.csv:2:121 page: expected 11 cells as in the header, found "10 cells"'],
  'shift-jis': [
    'data/prefectures.csv:2:4 file: expected UTF-8 text (this looks like Shift_JIS or another legacy encoding; re-save the file as UTF-8), found "byte 0x96"',
  ],
  bom: ['data/bureaus.csv:1:1 file: expected UTF-8 without a byte-order mark (BOM); save the file as plain UTF-8, found "BOM EF BB BF"'],
  'formula-cells': [
    `data/cluster-projects.csv:2:42 name_en: ${FORMULA}, found "=1+1"`,
    `data/cluster-projects.csv:3:51 name_en: ${FORMULA}, found "+81 22 221 4806"`,
    `data/cluster-projects.csv:4:51 name_en: ${FORMULA}, found "@SUM(1+1)"`,
  ],
};

/** Runs the CLI the way `npm run data` does, from `cwd`, so messages name files as `data/…`. */
function runCli(cwd: string, dataDir: string, outDir: string) {
  const result = spawnSync(process.execPath, [CLI, dataDir, outDir], { cwd, encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  return { status: result.status, stderr: result.stderr };
}

function snapshot(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name))]),
  );
}

let work: string;
let outDir: string;
let contentDir: string;
let before: Map<string, Buffer>;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cluster-atlas-bad-input-'));
  contentDir = join(work, 'content');
  outDir = join(contentDir, 'data');
  // The sentinel: a real build of the committed data, plus a file the pipeline would not write,
  // so a replaced folder cannot pass for the old one.
  const good = runCli(ROOT, DATA_DIR, outDir);
  if (good.status !== 0) throw new Error(`the committed data does not build:\n${good.stderr}`);
  writeFileSync(join(outDir, 'sentinel.txt'), 'written by the test before the bad run\n');
  before = snapshot(outDir);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('scripts/build-data.ts', () => {
  it('builds the committed data into one JSON file per dataset, and the source pages’ two (the sentinel for the cases below)', () => {
    const csvs = readdirSync(DATA_DIR).filter((f) => f.endsWith('.csv'));
    const expected = [...csvs.map((f) => f.replace(/\.csv$/, '.json')), 'source-anchors.json', 'source-pages.json'];
    expect([...before.keys()].filter((f) => f.endsWith('.json')).sort()).toEqual(expected.sort());
  });

  it('leaves an output folder that already holds the same files alone, and replaces one that differs', () => {
    const out = join(work, 'again', 'data');
    expect(runCli(ROOT, DATA_DIR, out).status).toBe(0);
    const folder = statSync(out).ino;
    const again = runCli(ROOT, DATA_DIR, out);
    expect(again.stderr).toMatch(/datasets validated and unchanged/);
    // Not swapped: a reader in another process never finds the folder gone.
    expect(statSync(out).ino).toBe(folder);
    writeFileSync(join(out, 'bureaus.json'), '[]\n');
    expect(runCli(ROOT, DATA_DIR, out).stderr).toMatch(/datasets validated and written/);
    expect(snapshot(out)).toEqual(new Map([...before].filter(([name]) => name !== 'sentinel.txt')));
  });

  it('has an expected outcome in this file for every fixture folder, and a fixture for every outcome', () => {
    expect(badCases()).toEqual(Object.keys(EXPECTED).sort());
  });
});

describe.each(badCases())('scripts/build-data.ts on the bad-input case %s', (name) => {
  it('exits 1, prints the problems located by file:line:column, and leaves the old output untouched', () => {
    const caseDir = join(work, name);
    writeBadDataDir(name, join(caseDir, 'data'));

    const { status, stderr } = runCli(caseDir, 'data', outDir);

    expect(status).toBe(1);
    const problemLines = stderr.split('\n').filter((line) => /^data\/[^ ]+\.csv:\d+:\d+ /.test(line));
    expect(problemLines).toEqual(EXPECTED[name]);
    expect(stderr).toContain(`the datasets have ${EXPECTED[name]!.length} problem(s)`);
    // No stack trace or raw zod dump reaches the user.
    expect(stderr).not.toMatch(/ZodError|\n\s+at /);

    expect(snapshot(outDir)).toEqual(before);
    expect(readdirSync(contentDir)).toEqual(['data']);
  });
});
