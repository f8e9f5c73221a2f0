/**
 * The environment for a build started from inside a test. Vitest sets variables of its own
 * (BASE_URL, MODE, NODE_ENV=test …) that a child `astro build` would read as its configuration:
 * BASE_URL alone overrides the site's base. A build from a test gets the environment a person's
 * shell would give it.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../fixtures/data-dir.ts';

const VITEST_KEYS = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV']);

export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_KEYS.has(key) && !key.startsWith('VITEST')));
  return { ...env, ...extra };
}

/**
 * A fresh folder for a test's build, inside the project (`.test-builds/`, ignored by git). Astro
 * writes its prerender chunks into the output folder when that is inside the project, but into
 * the project's own `.astro/` when it is not: two test builds into /tmp running at once (vitest
 * runs two files at a time) would then overwrite each other's chunks.
 */
export function testBuildDir(name: string): string {
  const parent = join(ROOT, '.test-builds');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, `${name}-`));
}
