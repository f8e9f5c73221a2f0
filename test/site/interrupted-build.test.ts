/**
 * `npm run build` killed while pages render and while the search index is written: the output
 * folder is then the previous complete build, untouched, and the staging folder the killed build
 * left is removed by the next build's first step. Stopped by SIGTERM (a process manager's stop,
 * sent to the build's own process) while the search index is written, it exits at once, non-zero,
 * with the output untouched and its staging folder removed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStale } from '../../scripts/build-site.ts';
import { ROOT } from '../fixtures/data-dir.ts';
import { buildEnv, testBuildDir } from './build-env.ts';

const work = testBuildDir('interrupted-build');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Starts a build into `out` and, once `when` matches its output, kills its whole process group with
 * SIGKILL (as a crash would), or sends `signal` to the build's own process only.
 */
async function killBuildWhen(
  out: string,
  when: RegExp,
  afterMs: number,
  signal?: NodeJS.Signals,
): Promise<{ log: string; code: number | null }> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/build-site.ts'), '--out', out], {
    cwd: ROOT,
    // An Astro cache of its own: a killed build must not leave its marks in the cache the site's
    // own builds (and other tests' builds running beside this one) use.
    env: buildEnv({ CLUSTER_ATLAS_ASTRO_CACHE_DIR: join(work, 'astro-cache') }),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stderr!.on('data', (chunk: Buffer) => (log += stripVTControlCharacters(chunk.toString())));
  await new Promise<void>((resolve) => {
    const listen = (chunk: Buffer) => {
      // Colour codes (a CI with FORCE_COLOR) would split "[build]" from "Complete!".
      log += stripVTControlCharacters(chunk.toString());
      if (when.test(log)) {
        child.stdout!.off('data', listen);
        setTimeout(resolve, afterMs);
      }
    };
    child.stdout!.on('data', listen);
    child.once('exit', () => resolve());
  });
  try {
    if (signal) process.kill(child.pid!, signal);
    else process.kill(-child.pid!, 'SIGKILL');
  } catch {
    /* already gone */
  }
  const code = await exited;
  return { log, code };
}

describe('an interrupted build', () => {
  it.each([
    ['while pages render', /generating static routes/, 1500],
    ['while the search index is written', /\[build\] Complete!/, 200],
  ])(
    'killed %s leaves the previous output whole',
    async (_, when, afterMs) => {
      const out = join(work, `dist-${afterMs}`);
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'index.html'), '<!doctype html><title>the previous build</title>\n');
      const { log } = await killBuildWhen(out, when, afterMs);
      expect(log).toMatch(when);
      expect(log).not.toMatch(/build: the site is in/);
      expect(readdirSync(out)).toEqual(['index.html']);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('the previous build');
      const leftovers = readdirSync(work).filter((f) => f.startsWith(`.dist-${afterMs}.staging-`));
      expect(leftovers).toHaveLength(1);
      removeStale(out);
      expect(existsSync(join(work, leftovers[0]!))).toBe(false);
    },
    300_000,
  );

  it('stopped by SIGTERM while the search index is written exits at once, non-zero, and takes its staging folder with it', async () => {
    const out = join(work, 'dist-term');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), '<!doctype html><title>the previous build</title>\n');
    const { log, code } = await killBuildWhen(out, /\[build\] Complete!/, 200, 'SIGTERM');
    expect(log).toMatch(/stopped by SIGTERM/);
    expect(log).not.toMatch(/build: the site is in/);
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('the previous build');
    expect(readdirSync(work).filter((f) => f.startsWith('.dist-term.staging-'))).toEqual([]);
  }, 300_000);
});
