import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Node keeps the compiled code of the modules it loads, for the workers and for every Node process a
// test starts (the data CLI, builds): each compiles Astro, Vite and the project's modules once, not
// once per process. `npm test` sets the same folder (scripts/test.ts); deleting it only costs time.
process.env.NODE_COMPILE_CACHE ||= resolve('node_modules/.cache/node-compile-cache');

// Two projects, run together by `vitest run` or alone with `--project unit|site`.
// `site` drives Chromium over the built dist/ (see test/site/), so it needs
// `npm run build` first and gets longer timeouts: a page load plus an axe run
// can take seconds on a 2-core machine.
export default defineConfig({
  test: {
    // Two files at a time, whatever the machine (vitest's default on 2 cores is one): a unit file
    // computes on one core while a browser file waits for Chromium, or an extra build, on the other.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // The files share one process per worker instead of a fresh one each: the modules they
          // import (Plot, d3, satori, the fonts…) load once per worker, about a third of the
          // project's CPU. No unit test mocks a module, stubs a global or changes the environment,
          // and each keeps its state in its own module or temporary folder.
          isolate: false,
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
          // One Chromium for every file of the project, which connects to it (test/site/browser.ts).
          globalSetup: ['test/setup/chromium.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
