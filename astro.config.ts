import { defineConfig } from 'astro/config';
import { LANGS } from './src/core/locales.ts';
import { type BuildEnv, BuildEnvError, readBuildEnv } from './src/core/build-env.ts';
import { DEFAULT_SITE } from './src/core/urls.ts';
import { rasterIntegration } from './src/raster/integration.ts';

// The environment is checked once, here, before anything is built: one line per problem, naming
// its variable (src/core/build-env.ts), and no build.
let env: BuildEnv;
try {
  env = readBuildEnv();
} catch (error) {
  if (!(error instanceof BuildEnvError)) throw error;
  for (const line of error.lines) console.error(`build: ${line}`);
  process.exit(1);
}

// A build without SITE_URL writes http://localhost:4321/ into every absolute address (embed codes,
// citations, feeds, the sitemap): say so once, in `astro build` (the dev server and preview serve
// that address, so there it is true). The environment variable keeps workers and any second load
// of this file from saying it again.
const WARNED = 'CLUSTER_ATLAS_SITE_URL_WARNED';
if (env.siteIsDefault && process.argv.includes('build') && !process.env[WARNED]) {
  process.env[WARNED] = '1';
  console.warn(
    `SITE_URL is not set: absolute addresses (embed codes, citations, feeds, sitemap) will be ${DEFAULT_SITE}; set SITE_URL=https://your.site/ when building for where the site will be served.`,
  );
}

export default defineConfig({
  // Set SITE_URL when deploying: canonical links, the sitemap, feeds, share cards and embed codes
  // use it. Without it they point at the address `npm start` serves on.
  site: env.site,
  // BASE_PATH=/atlas/ builds the site to be served under that sub-path (src/core/urls.ts).
  base: env.base,
  // One per address and base path (src/core/build-env.ts): the incremental build's pages are kept there.
  cacheDir: env.cacheDir,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Share cards and figure PNGs are drawn after the pages are built, and on request in `astro dev` (src/raster/integration.ts).
  integrations: [rasterIntegration()],
  i18n: {
    // The languages are listed once (src/core/locales.ts); Japanese, the source's language, is the default.
    locales: [...LANGS],
    defaultLocale: LANGS[0],
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  // A rebuild copies from the previous build every page whose cacheKey (getStaticPaths; declared
  // per route in src/collections/cache-key.ts and src/site/page-keys.ts) and module graph are
  // unchanged, from node_modules/.astro (incremental-build.json, dist/). The output is the same
  // as a cold build's (the benchmark compares them: scripts/bench/one-row.ts).
  experimental: { incrementalBuild: true },
  // Shiki highlights with inline styles, which the CSP below would block; prose has no code to highlight.
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy meta tag on every page: only this site's own scripts and styles
  // (hashed by Astro) run; nothing is fetched from elsewhere.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Only this site's scripts. The search page adds 'wasm-unsafe-eval' for Pagefind's WebAssembly
      // (src/pages/[lang]/search/index.astro); its worker, index and wasm come from this site: worker-src, connect-src 'self'.
      scriptDirective: { resources: ["'self'"] },
    },
  },
});
