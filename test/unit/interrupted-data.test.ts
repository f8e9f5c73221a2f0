/**
 * `npm run data` killed at any moment: content/data is then the previous complete output or the new
 * complete one, never missing or partial, and the next run removes what the killed one left.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_DIR, ROOT } from '../fixtures/data-dir.ts';

const CLI = join(ROOT, 'scripts/build-data.ts');
const work = mkdtempSync(join(tmpdir(), 'cluster-atlas-interrupted-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (dataDir: string, outDir: string) => spawnSync(process.execPath, [CLI, dataDir, outDir], { encoding: 'utf8', timeout: 30_000 });
const contents = (dir: string) =>
  new Map(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

describe('an interrupted data run', () => {
  // The committed data, and a copy with one cell changed, so each run has something to replace.
  const changed = join(work, 'changed');
  cpSync(DATA_DIR, changed, { recursive: true });
  const projects = join(changed, 'cluster-projects.csv');
  writeFileSync(projects, readFileSync(projects, 'utf8').replace('Hokkaido Regional Industrial Cluster Plan', 'Hokkaido Cluster Plan'));
  const reference = (dataDir: string, name: string) => {
    const out = join(work, name, 'data');
    expect(run(dataDir, out).status).toBe(0);
    return contents(out);
  };

  it('leaves the old or the new output whole at every moment it is killed, and the next run cleans up', async () => {
    const oldOut = reference(DATA_DIR, 'old');
    const newOut = reference(changed, 'new');
    expect(oldOut).not.toEqual(newOut);
    const contentDir = join(work, 'content');
    const outDir = join(contentDir, 'data');
    const seen = new Set<string>();
    const same = (a: Map<string, string>, b: Map<string, string>) => JSON.stringify([...a]) === JSON.stringify([...b]);
    expect(run(DATA_DIR, outDir).status).toBe(0);
    let state = 'old';
    // Each kill interrupts a run that would write the other output, at a different moment of it.
    for (const delay of [150, 600]) {
      const child = spawn(process.execPath, [CLI, state === 'old' ? changed : DATA_DIR, outDir], { stdio: 'ignore' });
      // Listened for at once: a run that finishes before the kill has exited already.
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;
      expect(existsSync(outDir)).toBe(true);
      const now = contents(outDir);
      const which = same(now, oldOut) ? 'old' : same(now, newOut) ? 'new' : 'partial';
      expect(which, `killed after ${delay} ms`).not.toBe('partial');
      seen.add(`${state}→${which}`);
      state = which;
    }
    // The next run removes what the killed ones left: one generation, the linked one, and nothing else.
    expect(run(changed, outDir).status).toBe(0);
    expect(readdirSync(contentDir).sort()).toEqual(['.data-generations', 'data']);
    expect(readdirSync(join(contentDir, '.data-generations'))).toHaveLength(1);
    expect(contents(outDir)).toEqual(newOut);
    expect(seen.size).toBeGreaterThan(0);
  }, 240_000);
});
