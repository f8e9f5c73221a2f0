/**
 * The environment variables a build reads, checked once, at its start (astro.config.ts), each
 * problem one line naming its variable, so a mistake never surfaces later as another tool's error
 * or a stack trace from deep inside the build.
 *
 * - SITE_URL: where the site will be served, an http or https address; absolute addresses (canonical
 *   links, the sitemap, feeds, share cards, embed codes, citations) use it. Unset, they use the
 *   address `npm start` serves on.
 * - BASE_PATH: the sub-path the site is served under (`/atlas/`), normalised to one leading and one
 *   trailing slash.
 * - CLUSTER_ATLAS_RASTER_THREADS: how many threads draw the images (0: on the calling thread).
 * - CLUSTER_ATLAS_ASTRO_CACHE_DIR: Astro's cache folder instead of the one below, for a build that
 *   must neither reuse nor disturb the incremental build's pages (a test's cold or interrupted build).
 *
 * Each site address and base path gets an Astro cache folder of its own (`cacheDir`): the
 * incremental build keeps the previous build's pages there, and a build for another address
 * (a test's sub-path build) running at the same time must not overwrite the pages another build
 * is about to copy.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_SITE } from './urls.ts';

const MAX_THREADS = 64;

export interface BuildEnv {
  site: string;
  /** Whether SITE_URL was unset and the site is the local address. */
  siteIsDefault: boolean;
  base: string;
  /** Undefined: one per core. */
  rasterThreads: number | undefined;
  /** Astro's cache folder for this address and base path, from the project's root (or absolute, when set). */
  cacheDir: string;
}

/** `node_modules/.astro/<hash of site and base>/`. */
export const astroCacheDir = (site: string, base: string): string =>
  `node_modules/.astro/${createHash('sha256').update(`${site}\0${base}`).digest('hex').slice(0, 12)}/`;

export class BuildEnvError extends Error {
  readonly lines: string[];
  constructor(lines: string[]) {
    super(lines.join('\n'));
    this.name = 'BuildEnvError';
    this.lines = lines;
  }
}

export function rasterThreadsFrom(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value) || Number(value) > MAX_THREADS) {
    throw new BuildEnvError([`CLUSTER_ATLAS_RASTER_THREADS must be a whole number from 0 to ${MAX_THREADS}, found "${value}"`]);
  }
  return Number(value);
}

/** Reads and checks the variables; throws one BuildEnvError listing every problem. */
export function readBuildEnv(env: NodeJS.ProcessEnv = process.env): BuildEnv {
  const problems: string[] = [];
  let site = DEFAULT_SITE;
  const siteIsDefault = env.SITE_URL === undefined || env.SITE_URL === '';
  if (!siteIsDefault) {
    const url = URL.canParse(env.SITE_URL!) ? new URL(env.SITE_URL!) : undefined;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
      problems.push(`SITE_URL must be an http or https address like https://example.org/, found "${env.SITE_URL}"`);
    } else if (url.search || url.hash || url.username || url.password) {
      problems.push(`SITE_URL must be a plain address, without a query, fragment or user name, found "${env.SITE_URL}"`);
    } else site = url.href.replace(/\/?$/, '/');
  }
  let base = '/';
  if (env.BASE_PATH !== undefined && env.BASE_PATH !== '') {
    if (!/^[A-Za-z0-9._~\-/]+$/.test(env.BASE_PATH) || env.BASE_PATH.split('/').some((part) => part === '..' || part === '.')) {
      problems.push(`BASE_PATH must be a path of letters, digits, - . _ ~ and slashes, like /atlas/, found "${env.BASE_PATH}"`);
    } else base = `/${env.BASE_PATH.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
  }
  let rasterThreads: number | undefined;
  try {
    rasterThreads = rasterThreadsFrom(env.CLUSTER_ATLAS_RASTER_THREADS);
  } catch (error) {
    problems.push(...(error as BuildEnvError).lines);
  }
  if (problems.length) throw new BuildEnvError(problems);
  const cacheDir = env.CLUSTER_ATLAS_ASTRO_CACHE_DIR || astroCacheDir(site, base);
  return { site, siteIsDefault, base, rasterThreads, cacheDir };
}
