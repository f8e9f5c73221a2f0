/**
 * Where the site lives. Every internal address is written as a site path (`/ja/map/`) and turned
 * into a link here, so the site can be served under a sub-path (Astro's `base`) and so the
 * addresses that leave the site (canonical links, the sitemap, feeds, share cards, embed codes,
 * oEmbed) are absolute.
 */

/** Used when SITE_URL is not set: the address `npm start` serves on. */
export const DEFAULT_SITE = 'http://localhost:4321/';

/**
 * Vite replaces `import.meta.env.BASE_URL` and `.SITE` in the build (and in the browser bundles)
 * only when written out in full; where no bundler ran (a script under plain Node) import.meta has
 * no env, and the environment variables say the same. (Never name that object alone, even here:
 * Astro would inline the build's environment variables, which differ from run to run, into this
 * module, and no page could be taken from the incremental build's cache.)
 */
function env(): { base?: string; site?: string } {
  try {
    return { base: import.meta.env.BASE_URL, site: import.meta.env.SITE };
  } catch {
    return { base: process.env.BASE_PATH, site: process.env.SITE_URL };
  }
}

const base = (): string => (env().base ?? '/').replace(/\/?$/, '/');

/** `/ja/map/` → `/ja/map/`, or `/atlas/ja/map/` when the site is built under `/atlas/`. */
export function sitePath(path: string): string {
  if (!path.startsWith('/')) throw new Error(`site paths start with "/": ${path}`);
  return base() + path.slice(1);
}

/** A request's pathname back to its site path: `/atlas/ja/map/` → `/ja/map/` (Astro.url includes the base). */
export function stripBase(pathname: string): string {
  const prefix = base();
  return pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname;
}

/** The deployed origin (SITE_URL at build time), ending in "/". */
export function siteOrigin(): string {
  const site = env().site ?? DEFAULT_SITE;
  return `${new URL(site).origin}/`;
}

/** `/ja/map/` → `https://example.org/atlas/ja/map/`. */
export const absoluteUrl = (path: string): string => new URL(sitePath(path).slice(1), siteOrigin()).href;
