/**
 * The data CLI on bad input, end to end: `node scripts/build-data.ts <data> <out>` as a child
 * process, once per case of test/fixtures/bad/. It must exit 1, print exactly the problems the
 * case's README works out by hand, and leave a previously built output folder byte for byte as it
 * was, with no staging folder behind.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badCases, writeBadDataDir } from '../fixtures/bad-data.ts';
import { DATA_DIR, isDatasetFile, ROOT } from '../fixtures/data-dir.ts';

const CLI = join(ROOT, 'scripts/build-data.ts');
const FORMULA = 'expected text that does not start with =, +, -, @ or a tab (a spreadsheet would run it as a formula)';
const HIDDEN = 'expected text without control or bidirectional-override characters (they hide or reorder what a reader sees; delete it)';

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
  'unclosed-quote': [
    'data/cluster-projects.csv:3:51 file: expected a closing quote for the quoted cell that starts here (it runs on to line 14, where a quote is followed by text), found "R"',
  ],
  'unclosed-quote-last-row': [
    'data/project-networks.csv:9:65 file: expected a closing quote for the quoted cell that starts here, found "the end of the file"',
  ],
  'lone-cr': [
    'data/bureaus.csv:1:118 file: expected line ends of LF or CRLF (this file ends lines with a lone CR, as old Mac editors did; re-save it with LF line ends), found "CR"',
  ],
  'mixed-line-ends': [
    'data/bureaus.csv:3:141 file: expected one kind of line end throughout (line 1 ends with LF; re-save the file with LF line ends), found "CRLF"',
  ],
  'utf-16': [
    'data/prefectures.csv:1:1 file: expected UTF-8 text (this file is UTF-16; re-save it as UTF-8), found "byte-order mark FF FE"',
  ],
  'cut-inside-character': [
    'data/prefectures.csv:3:4 file: expected a complete last character (the file ends in the middle of one: it looks cut short; restore the whole file), found "byte 0xE9"',
  ],
  'header-only': [
    'data/innovation-source.csv:2:1 file: expected rows of data below the header (the file has only its header: was it cut short?), found "nothing after note_en"',
  ],
  'missing-file': [
    'data/project-networks.csv:1:1 file: expected the file data/project-networks.csv (it is missing; restore it, for example with git checkout -- data/project-networks.csv), found "no file"',
  ],
  folder: ['data/sources.csv:1:1 file: expected a CSV file (this path is a folder; put the dataset file here), found "a folder"'],
  'link-outside': [
    `data/bureaus.csv:1:1 file: expected a file inside the project (this is a link to a file outside it; copy the file here instead), found ${JSON.stringify(join(DATA_DIR, 'bureaus.csv'))}`,
  ],
  'whitespace-only': ['data/cluster-projects.csv:2:27 name_ja: expected a value (this column is required), found ""'],
  'control-character': [`data/cluster-projects.csv:2:42 name_en: ${HIDDEN}, found "U+0007"`],
  'bidi-override': [`data/prefectures.csv:14:4 name_ja: ${HIDDEN}, found "U+202E"`],
  'formula-after-space': [`data/cluster-projects.csv:2:42 name_en: ${FORMULA}, found " =1+1"`],
  'formula-minus': [`data/cluster-projects.csv:2:42 name_en: ${FORMULA}, found "-2+3+cmd"`],
  'share-over-100': [
    'data/collaboration-by-firm-size.csv:2:120 printed: expected a share of at most 100% (the unit percent holds shares of a whole), found "175"',
  ],
  'long-number': [
    `data/cluster-projects.csv:2:101 companies: expected a figure in companies like 約２，１４０社 (at most 15 significant digits; a longer number cannot be held exactly), found "${'9'.repeat(400)}"`,
  ],
  'long-cell': [
    'data/sources.csv:2:424 file: expected a cell of at most 4000 characters (is a closing quote or a line end missing?), found "more than 4000 characters"',
  ],
  'huge-file': [
    'data/sources.csv:1:1 file: expected a file of at most 4194304 bytes (a dataset is far smaller; is this the right file?), found "10490686 bytes"',
  ],
  'cut-at-row-end': [
    'data/consortium-results.csv:13:1 file: expected 15 rows, as data/row-counts.csv declares (is the file cut short? If rows were removed on purpose, change the count there too), found "11 rows"',
  ],
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
    const csvs = readdirSync(DATA_DIR).filter(isDatasetFile);
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
    // Beside the link, only the folder of generations, holding the one it points at: nothing half-written, no staging.
    expect(readdirSync(contentDir).sort()).toEqual(['.data-generations', 'data']);
    expect(readdirSync(join(contentDir, '.data-generations')).map((g) => join('.data-generations', g))).toEqual([readlinkSync(outDir)]);
  });
});
