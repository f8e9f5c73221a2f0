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
          // Rendering the map or a chart takes about a second alone, several on a loaded 2-core
          // machine; the default 5 s made those tests fail for time, not behaviour.
          testTimeout: 30_000,
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
