/**
 * The benchmark's synthetic data (scripts/synthetic-data.ts) passes the real pipeline when the
 * pipeline is told how many projects to expect, and the expected-count option leaves the check on
 * the real data as it was: 17 projects, with its own message.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData, expectedProjectsFromEnv } from '../../scripts/build-data.ts';
import { buildCollections } from '../../src/pipeline/build-collections.ts';
import { EXPECTED_PROJECTS } from '../../src/pipeline/checks.ts';
import { DATASETS } from '../../src/schemas/datasets.ts';
import { DataError, type DataProblem } from '../../src/pipeline/data-error.ts';
import { printedCount, REAL_DATA_DIR, syntheticProject, writeSyntheticDataDir } from '../../scripts/synthetic-data.ts';
import { readDataTexts, ROOT, toInputs } from '../fixtures/data-dir.ts';

const temp = mkdtempSync(join(tmpdir(), 'cluster-atlas-synthetic-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const BUREAUS = ['hokkaido', 'tohoku', 'kanto', 'chubu', 'kinki', 'chugoku', 'shikoku', 'kyushu', 'okinawa'];
const REAL_IDS = readFileSync(join(REAL_DATA_DIR, 'cluster-projects.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(',')[0]);

function problemsOf(run: () => unknown): DataProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  return [];
}

describe('writeSyntheticDataDir at factor 10', () => {
  const synthetic = writeSyntheticDataDir(join(temp, 'x10'), 10);
  type Project = {
    id: string;
    bureau: string;
    companies: { value: number; approx: boolean; printed: string };
    derived: { companiesShare: number };
  };

  it('passes the real pipeline (buildData) told to expect 170 projects', async () => {
    expect(synthetic.projects).toBe(170);
    const out = join(temp, 'x10-out');
    expect(await buildData(synthetic.dir, out, { expectedProjects: 170 })).toBe(DATASETS.length);
    const projects = JSON.parse(readFileSync(join(out, 'cluster-projects.json'), 'utf8')) as Project[];
    expect(projects).toHaveLength(170);
  });

  const projects = buildCollections(toInputs(readDataTexts(synthetic.dir)), { expectedProjects: 170 }).get('cluster-projects') as Project[];

  it('has 170 projects with unique ids, the 17 real ones first, and every bureau', () => {
    expect(projects).toHaveLength(170);
    expect(new Set(projects.map((p) => p.id)).size).toBe(170);
    expect(projects.slice(0, 17).map((p) => p.id)).toEqual(REAL_IDS);
    expect(new Set(projects.map((p) => p.bureau))).toEqual(new Set(BUREAUS));
  });

  it('prints figures as page 2 does and keeps the national total equal to the sum of the projects', () => {
    for (const p of projects.slice(17)) {
      expect(p.companies.printed).toMatch(/^約[０-９，]+社$/);
      expect(p.companies.approx).toBe(true);
    }
    // The projects add up to the printed national total as closely as the real ones do (10,750 / 10,700).
    const national = (
      buildCollections(toInputs(readDataTexts(synthetic.dir)), { expectedProjects: 170 }).get('phase1-outcomes') as {
        id: string;
        figure: { value: number } | null;
      }[]
    ).find((r) => r.id === 'current-companies')!.figure!.value;
    const ratio = projects.reduce((s, p) => s + p.companies.value, 0) / national;
    expect(ratio).toBeGreaterThan(0.99);
    expect(ratio).toBeLessThan(1.01);
  });

  it('fails with the default count, naming page 2', () => {
    const problems = problemsOf(() => buildCollections(toInputs(readDataTexts(synthetic.dir))));
    expect(problems).toEqual([
      expect.objectContaining({ field: 'id', expected: `${EXPECTED_PROJECTS} projects, as listed on page 2`, found: '170 projects' }),
    ]);
  });

  it('covers all 47 prefectures by name once the projects go round them', () => {
    const names = Array.from(
      { length: 47 },
      (_, i) =>
        syntheticProject(
          i + 1,
          [...Array(47)].map((_, j) => ({ code: String(j + 1), name_ja: `県${j}`, name_en: `P${j}`, bureau: 'kanto' })),
        ).name_en,
    );
    expect(new Set(names).size).toBe(47);
  });
});

describe('writeSyntheticDataDir with small figures', () => {
  it('passes the pipeline too, every synthetic project at 約１０社 and １大学', () => {
    const synthetic = writeSyntheticDataDir(join(temp, 'x10-small'), 10, { figures: 'small' });
    const projects = buildCollections(toInputs(readDataTexts(synthetic.dir)), { expectedProjects: 170 }).get('cluster-projects') as {
      companies: { printed: string };
      universities: { printed: string };
    }[];
    expect(projects).toHaveLength(170);
    expect(new Set(projects.slice(17).map((p) => `${p.companies.printed} ${p.universities.printed}`))).toEqual(
      new Set(['約１０社 １大学']),
    );
  });
});

describe('the expected-count option', () => {
  it('keeps 17 as the default, and the real data passes it', () => {
    expect(EXPECTED_PROJECTS).toBe(17);
    expect(problemsOf(() => buildCollections(toInputs(readDataTexts())))).toEqual([]);
  });

  it('makes the real data fail when a synthetic count is expected', () => {
    const problems = problemsOf(() => buildCollections(toInputs(readDataTexts()), { expectedProjects: 170 }));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'data/cluster-projects.csv',
        line: 18,
        field: 'id',
        expected: '170 projects (the expected count given to the pipeline)',
        found: '17 projects',
      }),
    ]);
  });

  it('still fires by default on a 16-project directory, with its message unchanged', async () => {
    const dir = join(temp, 'sixteen');
    cpSync(REAL_DATA_DIR, dir, { recursive: true });
    const file = join(dir, 'cluster-projects.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    // Drop the last project (Okinawa): no sub-network refers to it.
    writeFileSync(file, lines.filter((l) => !l.startsWith('okinawa-industry-promotion,')).join('\n'));
    // Declared too (data/row-counts.csv), so what fires is the count of page 2, not the declared count.
    const counts = join(dir, 'row-counts.csv');
    writeFileSync(counts, readFileSync(counts, 'utf8').replace('cluster-projects,17', 'cluster-projects,16'));
    let problems: DataProblem[] = [];
    await buildData(dir, join(temp, 'sixteen-out')).catch((error: unknown) => {
      if (!(error instanceof DataError)) throw error;
      problems = error.problems;
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'id', line: 17, expected: '17 projects, as listed on page 2', found: '16 projects' }),
    );
  });

  it('reads CLUSTER_ATLAS_EXPECTED_PROJECTS as a positive whole number', () => {
    expect(expectedProjectsFromEnv(undefined)).toBeUndefined();
    expect(expectedProjectsFromEnv('')).toBeUndefined();
    expect(expectedProjectsFromEnv('1700')).toBe(1700);
    expect(() => expectedProjectsFromEnv('17.5')).toThrow(/positive whole number/);
    expect(() => expectedProjectsFromEnv('0')).toThrow(/positive whole number/);
  });

  it('is what `npm run data` uses through CLUSTER_ATLAS_EXPECTED_PROJECTS', () => {
    const dir = writeSyntheticDataDir(join(temp, 'x2'), 2).dir;
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['scripts/build-data.ts', dir, join(temp, 'x2-out')], {
        cwd: ROOT,
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
    const passed = run({ CLUSTER_ATLAS_EXPECTED_PROJECTS: '34' });
    expect(passed.stderr).toMatch(new RegExp(`${DATASETS.length} datasets validated`));
    expect(passed.status).toBe(0);
    const failed = run({ CLUSTER_ATLAS_EXPECTED_PROJECTS: '' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/expected 17 projects, as listed on page 2, found "?34 projects/);
  });
});

describe('printedCount', () => {
  it('prints full-width digits with full-width thousands commas', () => {
    expect([5, 880, 2140, 10700, 123456, 1886790].map(printedCount)).toEqual([
      '５',
      '８８０',
      '２，１４０',
      '１０，７００',
      '１２３，４５６',
      '１，８８６，７９０',
    ]);
  });
});
