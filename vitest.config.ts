import { defineConfig } from 'vitest/config';

// Two projects, run together by `vitest run` or alone with `--project unit|site`.
// `site` drives Chromium over the built dist/ (see test/site/), so it needs
// `npm run build` first and gets longer timeouts: a page load plus an axe run
// can take seconds on a 2-core machine.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
