/**
 * A second configuration of the site, built once for two groups of checks: a copy of the project
 * built for a sub-path (`BASE_PATH=/atlas/`) and served only under it, from data in which one
 * project is renamed to markup (a script tag, both quotes, an ampersand) in both languages. One
 * build instead of two (each costs about as much CPU as the site's own build); neither change
 * touches what the other's checks look at, and together they also show the name escaped on a
 * sub-path site.
 *
 * Sub-path: every link, asset, form, download, embed code, oEmbed, sitemap entry and search result
 * of every page points inside /atlas/ and answers. A link written without the base would leave the
 * sub-path and answer 404 here.
 *
 * Names: everything that comes from the datasets is escaped wherever it goes. The name must come
 * out as text everywhere: page text and attributes, chart and map SVG titles, the search index's
 * pages, JSON and CSV downloads — and no script of it ever runs.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { csvFormatRows, csvParse, csvParseRows } from 'd3-dsv';
import { DOMParser, parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, type Workspace } from '../../scripts/bench/workspace.ts';
import { PNG_CACHE_DIR } from '../../src/raster/cache.ts';
import { connectChromium } from './browser.ts';
import { buildEnv } from './build-env.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const BASE = '/atlas/';
const PROJECT = 'kanto-bio-ventures';
const HOSTILE = {
  ja: `<script>alert("ja")</script>バイオ & 'ベンチャー' "育成"`,
  en: `<script>alert("en")</script>Bio & 'Ventures' "Fostering"`,
};
/** What must never appear in a built file's text: the name's markup as markup. (Inside a quoted
 *  attribute value `<` is plain text by the HTML syntax, so files are parsed, not searched.) */
const RAW = /<script>alert\(/;

const isJavaScript = (type: string | null) => ['', 'module', 'text/javascript', 'application/javascript'].includes(type ?? '');

let workspace: Workspace;
/** The build's output (served under BASE), named as the sub-path checks call it. */
let out: string;
/** The same, as the escaping checks call it. */
let dist: string;
let server: StaticServer;
let browser: Browser;
/** A site path (`/en/map/`) under the sub-path. */
const under = (path: string) => `${server.origin}${BASE}${path.replace(/^\//, '')}`;

beforeAll(async () => {
  workspace = makeWorkspace(process.cwd(), 1);
  const csv = join(workspace.dir, 'data', 'cluster-projects.csv');
  const [header, ...rows] = csvParseRows(readFileSync(csv, 'utf8'));
  const column = (name: string) => header!.indexOf(name);
  const row = rows.find((r) => r[column('id')] === PROJECT)!;
  row[column('name_ja')] = HOSTILE.ja;
  row[column('name_en')] = HOSTILE.en;
  writeFileSync(csv, `${csvFormatRows([header!, ...rows])}\n`);
  // `npm run build` (data, pages, search index) for the sub-path. The images the main build drew
  // are kept (keyed by their content) in its PNG cache: this build draws only the few that differ.
  const env = buildEnv({ BASE_PATH: BASE, CLUSTER_ATLAS_PNG_CACHE_DIR: PNG_CACHE_DIR });
  const build = spawnSync('npm', ['run', 'build'], { cwd: workspace.dir, encoding: 'utf8', env });
  if (build.status !== 0) throw new Error(`build for ${BASE} with hostile names failed:\n${build.stdout}\n${build.stderr}`);
  out = dist = join(workspace.dir, 'dist');
  server = await serveStatic(out, { base: BASE });
  browser = await connectChromium();
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  workspace?.remove();
});

const pagesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(sep).join('/'));
const decode = (value: string) => value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");

/** Every address a page asks the browser to follow or fetch: links, sources, forms, srcsets. */
function addressesIn(html: string): string[] {
  const found = [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => decode(m[1]!));
  for (const m of html.matchAll(/\ssrcset="([^"]*)"/g)) found.push(...m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!));
  return found;
}

describe(`the site built for ${BASE}`, () => {
  it('has the same pages as the root build', () => {
    expect(pagesIn(out).sort()).toEqual(pagesIn('dist').sort());
  });

  it('links only inside the sub-path, and every address answers', async () => {
    const origin = server.origin;
    const checked = new Map<string, number>();
    const outside: string[] = [];
    for (const file of pagesIn(out)) {
      const pageUrl = new URL(`${BASE}${file.replace(/index\.html$/, '')}`, origin);
      for (const address of addressesIn(readFileSync(join(out, file), 'utf8'))) {
        if (/^(mailto:|data:|#)/.test(address)) continue;
        const url = new URL(address, pageUrl);
        if (url.origin !== origin && url.origin !== 'http://localhost:4321') continue; // other sites
        if (!url.pathname.startsWith(BASE)) outside.push(`${file}: ${address}`);
        const target = `${origin}${url.pathname}`;
        if (!checked.has(target)) checked.set(target, (await fetch(target, { method: 'HEAD', redirect: 'manual' })).status);
      }
    }
    expect(outside).toEqual([]);
    const broken = [...checked].filter(([, status]) => status >= 400).map(([url, status]) => `${status} ${url}`);
    expect(broken).toEqual([]);
    expect(checked.size).toBeGreaterThan(200);
  }, 300_000);

  it('gives absolute addresses with the sub-path to embed codes, oEmbed, the sitemap and share cards', () => {
    const chart = readFileSync(join(out, 'ja/charts/network-size/index.html'), 'utf8');
    expect(chart).toContain(`${BASE}embed/ja/network-size/`);
    expect(chart).toContain(`${BASE}embed.js`);
    expect(chart).toMatch(new RegExp(`<meta property="og:image" content="[^"]*${BASE}cards/ja/charts/network-size\\.png"`));
    const oembed = JSON.parse(readFileSync(join(out, 'oembed/ja/network-size.json'), 'utf8')) as { html: string };
    expect(oembed.html).toContain(`${BASE}embed/ja/network-size/`);
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(locs.length).toBeGreaterThan(50);
    expect(locs.filter((p) => !p.startsWith(BASE))).toEqual([]);
  });

  it('runs the scripts: search results link inside the sub-path, the map shows its tooltip', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.origin}${BASE}ja/search/?q=${encodeURIComponent('バイオ')}`);
    const results = page.locator('[data-search-results] a, .search-results a');
    await expect.poll(() => results.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([]);
    for (const href of hrefs) expect((await fetch(`${server.origin}${href}`)).status, href).toBe(200);

    await page.goto(`${server.origin}${BASE}en/map/`);
    await page.waitForSelector('[data-map][data-map-ready]', { state: 'attached' });
    await page.locator('a.symbol').first().focus();
    await expect.poll(() => page.locator('.map-tooltip').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});

const filesOf = (ext: RegExp) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => f.split(sep).join('/'));

describe('names from the data are escaped', () => {
  it('never become elements in any page, SVG, feed or sitemap', () => {
    const files = filesOf(/\.(html|svg|xml)$/);
    expect(files.length).toBeGreaterThan(100);
    const injected = files.filter((f) => {
      const text = readFileSync(join(dist, f), 'utf8');
      const { document } = f.endsWith('.html') ? parseHTML(text) : { document: new DOMParser().parseFromString(text, 'image/svg+xml') };
      return [...document.querySelectorAll('script')].some(
        (s) => isJavaScript(s.getAttribute('type')) && s.textContent?.includes('alert('),
      );
    });
    expect(injected).toEqual([]);
    // Outside attribute values the markup is never written raw: text content is always escaped.
    const rawInText = files.filter((f) => RAW.test(readFileSync(join(dist, f), 'utf8').replace(/"[^"]*"/g, '""')));
    expect(rawInText).toEqual([]);
    // …and do appear, escaped, where the project is named.
    const page = readFileSync(join(dist, `en/projects/${PROJECT}/index.html`), 'utf8');
    expect(page).toContain('&lt;script&gt;alert(');
  });

  it.each(['ja', 'en'] as const)(
    '%s: shows the name as text in the page, its title, attributes and charts, and runs none of it',
    async (lang) => {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      for (const path of [
        `/${lang}/projects/${PROJECT}/`,
        `/${lang}/map/`,
        `/${lang}/charts/network-size/`,
        `/embed/${lang}/map/`,
        `/${lang}/`,
      ]) {
        await page.goto(under(path));
        // Data blocks (<script type="application/json">) may hold the name as a string; no script that runs may.
        const running = await page
          .locator('script:not([src])')
          .evaluateAll(
            (s) =>
              s.filter(
                (el) => ['', 'module', 'text/javascript'].includes(el.getAttribute('type') ?? '') && el.textContent?.includes('alert('),
              ).length,
          );
        expect(running, path).toBe(0);
        expect(await page.evaluate(() => document.body.textContent), path).toContain(lang === 'ja' ? 'バイオ & ' : 'Bio & ');
      }
      await page.goto(under(`/${lang}/projects/${PROJECT}/`));
      expect(await page.locator('h1').textContent()).toBe(HOSTILE[lang]);
      expect(await page.title()).toContain(HOSTILE[lang]);
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(HOSTILE[lang]);
      await page.goto(under(`/${lang}/charts/network-size/`));
      const titles = await page.locator('.chart-wide svg title').allTextContents();
      expect(titles.some((t) => t.includes(HOSTILE[lang]))).toBe(true);
      expect(dialogs).toEqual([]);
      await page.close();
    },
  );

  it('keeps the name a string inside the map page’s data block, which still parses', () => {
    const { document } = parseHTML(readFileSync(join(dist, 'en/map/index.html'), 'utf8'));
    const block = document.querySelector('script[type="application/json"]');
    expect(block?.textContent).not.toContain('</script');
    expect(JSON.stringify(JSON.parse(block!.textContent!))).toContain(JSON.stringify(HOSTILE.en).slice(1, -1));
  });

  it('keeps the name exactly in the JSON and CSV downloads', () => {
    const rows = JSON.parse(readFileSync(join(dist, 'data/cluster-projects.json'), 'utf8')) as {
      id: string;
      name_ja: string;
      name_en: string;
    }[];
    const fromJson = rows.find((r) => r.id === PROJECT)!;
    expect([fromJson.name_ja, fromJson.name_en]).toEqual([HOSTILE.ja, HOSTILE.en]);
    const fromCsv = csvParse(readFileSync(join(dist, 'data/cluster-projects.csv'), 'utf8').replace(/^\uFEFF/, '')).find(
      (r) => r.id === PROJECT,
    )!;
    expect([fromCsv.name_ja, fromCsv.name_en]).toEqual([HOSTILE.ja, HOSTILE.en]);
    const figureData = JSON.parse(readFileSync(join(dist, 'downloads/en/map.json'), 'utf8')) as { rows: Record<string, unknown>[] };
    expect(figureData.rows.some((r) => Object.values(r).includes(HOSTILE.en))).toBe(true);
  });

  it('keeps the name as text in the standalone SVG download', () => {
    const svg = readFileSync(join(dist, 'downloads/en/network-size.svg'), 'utf8');
    expect(svg).not.toMatch(RAW);
    expect(svg).toContain('&lt;script&gt;alert(');
    expect(svg).toContain('Bio &amp; ');
  });
});
