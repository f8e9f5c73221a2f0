/**
 * Where the site lives. Every internal address is written as a site path (`/ja/map/`) and turned
 * into a link here, so the site can be served under a sub-path (Astro's `base`) and so the
 * addresses that leave the site (canonical links, the sitemap, feeds, share cards, embed codes,
 * oEmbed) are absolute.
 */

/** Used when SITE_URL is not set: the address `npm start` serves on. */
export const DEFAULT_SITE = 'http://localhost:4321/';

const base = (): string => (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** `/ja/map/` → `/ja/map/`, or `/atlas/ja/map/` when the site is built under `/atlas/`. */
export function sitePath(path: string): string {
  if (!path.startsWith('/')) throw new Error(`site paths start with "/": ${path}`);
  return base() + path.slice(1);
}

/** The deployed origin (SITE_URL at build time), ending in "/". */
export function siteOrigin(): string {
  const site = import.meta.env?.SITE ?? process.env.SITE_URL ?? DEFAULT_SITE;
  return new URL(site).origin + '/';
}

/** `/ja/map/` → `https://example.org/atlas/ja/map/`. */
export const absoluteUrl = (path: string): string => new URL(sitePath(path).slice(1), siteOrigin()).href;
