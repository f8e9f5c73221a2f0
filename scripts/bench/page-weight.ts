/**
 * What one built page costs a reader: its HTML, the JavaScript and CSS it loads and the number of
 * requests, read from a static build directory (dist/). Pure: it only reads files.
 *
 * - JavaScript: every `<script src>` and inline `<script>` of a JavaScript type (none, module,
 *   text/javascript), plus `<link rel="modulepreload">`, and every module those import statically
 *   (`import … from "./chunk.js"`, `import "./x.js"`, `export … from`), followed recursively; the
 *   imports are found by esbuild's parser, so strings and comments that look like imports are not
 *   followed. Dynamic `import()` is not loaded with the page and is listed apart (`lazy`).
 * - CSS: `<link rel="stylesheet">` and their `@import`s; inline `<style>` is listed with
 *   `inline: true` (its bytes are already in the HTML).
 * - Requests: the HTML, each external script, module and stylesheet once, and the images and icons
 *   of `<img src>` and `<link rel="icon">` (not og:image, which only other sites fetch).
 * Each file counts once however often it is referenced. Gzip is level 9, as a static host serves
 * precompressed files.
 */
import { buildSync } from 'esbuild';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

export interface Asset {
  /** Site path (`/_astro/map.C1x.js`), or `inline:<n>` for the n-th inline element of its kind. */
  file: string;
  bytes: number;
  gzip: number;
  /** Part of the HTML (an inline script or style): no request of its own. */
  inline?: boolean;
}

export interface PageWeight {
  /** The page's path on the site, as asked (`/ja/map/`). */
  page: string;
  /** The file it was read from, relative to the build directory (`ja/map/index.html`). */
  htmlFile: string;
  htmlBytes: number;
  htmlGzip: number;
  /** JavaScript run on load, in the order found: entry scripts, then the modules they import. */
  js: Asset[];
  css: Asset[];
  /** Images and icons the page itself requests. */
  images: Asset[];
  /** Modules imported only dynamically: fetched on demand, not on load. */
  lazy: string[];
  /** Referenced files that are not in the build directory, or on other origins (not counted in bytes). */
  missing: string[];
  /** HTML + external scripts and modules + stylesheets + images and icons. */
  requests: number;
  totals: { jsBytes: number; jsGzip: number; cssBytes: number; cssGzip: number; imageBytes: number };
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export const gzipSize = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 9 }).length;

/** `/ja/map/` → `ja/map/index.html`; `/404.html` stays; `/about` tries `about.html`, then `about/index.html`. */
export function htmlFileOf(distDir: string, page: string): string {
  const path = decodeURIComponent(page.split(/[?#]/)[0]!).replace(/^\/+/, '');
  const candidates =
    path === '' || path.endsWith('/') ? [`${path}index.html`] : path.endsWith('.html') ? [path] : [`${path}.html`, `${path}/index.html`];
  const found = candidates.find((c) => existsSync(join(distDir, c)) && statSync(join(distDir, c)).isFile());
  if (!found) throw new Error(`no page ${page} in ${distDir} (looked for ${candidates.join(', ')})`);
  return found;
}

/**
 * A reference resolved against the page or module that makes it: a site path (`/_astro/x.js`),
 * or undefined for data: URLs and other origins. `siteOrigin`, when given, treats absolute URLs on
 * the site's own origin as local.
 */
export function sitePath(ref: string, from: string, siteOrigin?: string): string | undefined {
  const value = ref.trim();
  if (value === '' || value.startsWith('data:') || value.startsWith('#')) return undefined;
  const url = new URL(value, new URL(from, 'http://site.invalid'));
  if (url.origin === 'http://site.invalid' || (siteOrigin && url.origin === new URL(siteOrigin).origin))
    return decodeURIComponent(url.pathname);
  return undefined;
}

/** The static and dynamic import specifiers of an ES module, as esbuild's parser sees them. */
export function moduleImports(code: string): { static: string[]; dynamic: string[] } {
  const result = buildSync({
    stdin: { contents: code, loader: 'js' },
    bundle: false,
    write: false,
    metafile: true,
    format: 'esm',
    logLevel: 'silent',
  });
  const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports);
  return {
    static: imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
    dynamic: imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path),
  };
}

export interface PageWeightOptions {
  /** The site's origin (`https://example.org`): absolute URLs on it are read from the build directory. */
  siteOrigin?: string;
}

export function pageWeight(distDir: string, page: string, options: PageWeightOptions = {}): PageWeight {
  const htmlFile = htmlFileOf(distDir, page);
  const html = readFileSync(join(distDir, htmlFile));
  const pageUrl = `/${htmlFile.replace(/(^|\/)index\.html$/, '$1')}`;
  const { document } = parseHTML(html.toString('utf8'));
  const js: Asset[] = [];
  const css: Asset[] = [];
  const images: Asset[] = [];
  const lazy = new Set<string>();
  const missing = new Set<string>();
  const seen = new Set<string>();
  const local = (ref: string, from: string) => {
    const path = sitePath(ref, from, options.siteOrigin);
    if (path === undefined && !ref.trim().startsWith('data:') && ref.trim() !== '') missing.add(ref.trim());
    return path;
  };
  const read = (path: string): Buffer | undefined => {
    const file = join(distDir, path);
    if (existsSync(file) && statSync(file).isFile()) return readFileSync(file);
    missing.add(path);
    return undefined;
  };
  const asset = (file: string, bytes: Buffer | string, inline = false): Asset => ({
    file,
    bytes: typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length,
    gzip: gzipSize(bytes),
    ...(inline ? { inline: true } : {}),
  });

  // Modules: each once; imports resolve against the importing module's own path.
  const followModule = (code: string, from: string) => {
    const { static: statics, dynamic } = moduleImports(code);
    for (const spec of dynamic) {
      const path = local(spec, from);
      if (path) lazy.add(path);
    }
    for (const spec of statics) {
      const path = local(spec, from);
      if (path) loadScript(path, true);
    }
  };
  const loadScript = (path: string, isModule: boolean) => {
    if (seen.has(path)) return;
    seen.add(path);
    const bytes = read(path);
    if (!bytes) return;
    js.push(asset(path, bytes));
    if (isModule) followModule(bytes.toString('utf8'), path);
  };

  let inlineScripts = 0;
  for (const el of document.querySelectorAll('script, link[rel~="modulepreload"]')) {
    if (el.tagName.toLowerCase() === 'link') {
      const path = local(el.getAttribute('href') ?? '', pageUrl);
      if (path) loadScript(path, true);
      continue;
    }
    const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
    if (!JS_TYPES.has(type)) continue; // JSON data blocks and the like
    const src = el.getAttribute('src');
    if (src !== null) {
      const path = local(src, pageUrl);
      if (path) loadScript(path, type === 'module');
    } else {
      const code = el.textContent ?? '';
      js.push(asset(`inline:${++inlineScripts}`, code, true));
      if (type === 'module') followModule(code, pageUrl);
    }
  }

  const loadStylesheet = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const bytes = read(path);
    if (!bytes) return;
    css.push(asset(path, bytes));
    for (const ref of cssImports(bytes.toString('utf8'))) {
      const imported = local(ref, path);
      if (imported) loadStylesheet(imported);
    }
  };
  let inlineStyles = 0;
  for (const el of document.querySelectorAll('link[rel~="stylesheet"], style')) {
    if (el.tagName.toLowerCase() === 'style') {
      const code = el.textContent ?? '';
      css.push(asset(`inline:${++inlineStyles}`, code, true));
      for (const ref of cssImports(code)) {
        const imported = local(ref, pageUrl);
        if (imported) loadStylesheet(imported);
      }
      continue;
    }
    const path = local(el.getAttribute('href') ?? '', pageUrl);
    if (path) loadStylesheet(path);
  }

  for (const el of document.querySelectorAll('img[src], link[rel~="icon"][href], link[rel~="apple-touch-icon"][href]')) {
    const ref = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
    const path = local(ref, pageUrl);
    if (!path || seen.has(path)) continue;
    seen.add(path);
    const bytes = read(path);
    if (bytes) images.push({ file: path, bytes: bytes.length, gzip: gzipSize(bytes) });
  }

  const external = (list: Asset[]) => list.filter((a) => !a.inline).length;
  const total = (list: Asset[], key: 'bytes' | 'gzip') => list.reduce((s, a) => s + a[key], 0);
  return {
    page,
    htmlFile,
    htmlBytes: html.length,
    htmlGzip: gzipSize(html),
    js,
    css,
    images,
    lazy: [...lazy].filter((p) => !seen.has(p)),
    missing: [...missing],
    requests: 1 + external(js) + external(css) + images.length,
    totals: {
      jsBytes: total(js, 'bytes'),
      jsGzip: total(js, 'gzip'),
      cssBytes: total(css, 'bytes'),
      cssGzip: total(css, 'gzip'),
      imageBytes: total(images, 'bytes'),
    },
  };
}

/** `@import "x.css"` / `@import url(x.css)` targets of a stylesheet. */
export function cssImports(code: string): string[] {
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...withoutComments.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?/g)].map((m) => m[1]!);
}

/** A page path under the site root for an HTML file of the build (`ja/map/index.html` → `/ja/map/`). */
export const pagePathOf = (htmlFile: string): string => `/${htmlFile.replace(/(^|\/)index\.html$/, '$1')}`;
