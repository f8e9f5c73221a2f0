// Lists what the build produced, so the browser tests cover every page without
// naming any: a page added later is tested automatically.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

export interface Redirect {
  /** URL path of the stub page, e.g. "/" */
  from: string;
  /** where its <meta http-equiv="refresh"> sends the reader, e.g. "/ja/" */
  to: string;
}

export interface BuiltSite {
  /** URL paths of real pages, sorted: "/ja/", "/en/data/", "/404.html" … */
  pages: string[];
  /** redirect stubs (Astro writes these for `redirects` and the i18n root) */
  redirects: Redirect[];
}

// content="0;url=/ja/" – the delay, then the target (quotes optional).
const refresh = /<meta\s[^>]*http-equiv=["']?refresh["']?[^>]*content=["']?\s*\d*\s*[;,]\s*url\s*=\s*['"]?([^"'>\s]+)/i;

/** Every HTML file in `dist` as a URL path: `x/index.html` is "/x/", any other file
 *  keeps its name. Nothing is excluded; 404.html is a page too (served directly it
 *  answers 200 and must be as accessible as any other). The one exception is a
 *  meta-refresh redirect stub: it has no content to check (no lang, no h1, by
 *  design), so it is listed apart for the tests to check that its target exists.
 *  A missing `dist` lists nothing. */
export function listBuiltSite(dist: string): BuiltSite {
  const site: BuiltSite = { pages: [], redirects: [] };
  if (!existsSync(dist)) return site;
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const paths = files.map((file) => ({
    file,
    path: `/${file
      .split(sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1')}`,
  }));
  for (const { file, path } of paths.sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const target = refresh.exec(readFileSync(join(dist, file), 'utf8'))?.[1];
    if (target === undefined) site.pages.push(path);
    else site.redirects.push({ from: path, to: target });
  }
  return site;
}
