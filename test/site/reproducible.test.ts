/**
 * Two builds of the same commit are byte-identical: a second build, cold (content cache cleared,
 * and an empty PNG cache, so every card and PNG is drawn again on the worker threads), into a
 * directory of its own, is compared file by file with dist/. A build timestamp, an unstable hash
 * or an order that depends on timing would show up as a difference here.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dist } from './browser.ts';
import { buildEnv, testBuildDir } from './build-env.ts';

function digests(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
  return new Map(
    files.sort().map((f) => [
      f.split(sep).join('/'),
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

const second = testBuildDir('rebuild');
const pngCache = mkdtempSync(join(tmpdir(), 'cluster-atlas-png-cache-'));
// An Astro cache of its own: the incremental build would otherwise copy the first build's pages
// instead of rendering them, and a build of another test using the shared cache could meet this one.
const astroCache = mkdtempSync(join(tmpdir(), 'cluster-atlas-astro-cache-'));
afterAll(() => {
  for (const dir of [second, pngCache, astroCache]) rmSync(dir, { recursive: true, force: true });
});

describe('reproducible build', () => {
  it('builds dist/ again, byte for byte', () => {
    // The steps of `npm run build` after the data (which dist/ was built from already).
    const build = spawnSync('npx', ['--no-install', 'astro', 'build', '--force', '--outDir', second], {
      encoding: 'utf8',
      env: buildEnv({ CLUSTER_ATLAS_PNG_CACHE_DIR: pngCache, CLUSTER_ATLAS_ASTRO_CACHE_DIR: astroCache }),
    });
    expect(build.status, build.stderr).toBe(0);
    const index = spawnSync(process.execPath, ['scripts/search-index.ts', second], { encoding: 'utf8', env: buildEnv() });
    expect(index.status, index.stderr).toBe(0);
    const first = digests(dist);
    const again = digests(second);
    expect(first.size).toBeGreaterThan(100);
    expect([...again.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, hash]) => again.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    // Every image was drawn by this build, not read from the shared cache.
    const pngs = [...again.keys()].filter((f) => f.endsWith('.png'));
    expect(pngs.length).toBeGreaterThan(50);
    expect(readdirSync(pngCache).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(
      new Set(pngs.map((f) => again.get(f))).size,
    );
  }, 600_000);
});
