/**
 * The environment for a build started from inside a test. Vitest sets variables of its own
 * (BASE_URL, MODE, NODE_ENV=test …) that a child `astro build` would read as its configuration:
 * BASE_URL alone overrides the site's base. A build from a test gets the environment a person's
 * shell would give it.
 */
const VITEST_KEYS = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV']);

export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_KEYS.has(key) && !key.startsWith('VITEST')));
  return { ...env, ...extra };
}
