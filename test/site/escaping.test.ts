/**
 * Everything that comes from the datasets is escaped wherever it goes. A copy of the project is
 * built with one project renamed to markup (a script tag, both quotes, an ampersand) in both
 * languages; the name must come out as text everywhere: page text and attributes, chart and map
 * SVG titles, the search index's pages, JSON and CSV downloads — and no script of it ever runs.
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
let dist: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  workspace = makeWorkspace(process.cwd(), 1);
  const csv = join(workspace.dir, 'data', 'cluster-projects.csv');
  const [header, ...rows] = csvParseRows(readFileSync(csv, 'utf8'));
  const column = (name: string) => header!.indexOf(name);
  const row = rows.find((r) => r[column('id')] === PROJECT)!;
  row[column('name_ja')] = HOSTILE.ja;
  row[column('name_en')] = HOSTILE.en;
  writeFileSync(csv, `${csvFormatRows([header!, ...rows])}\n`);
  // The images the main build drew are kept (keyed by their content) in its PNG cache: this build
  // draws only the few that show the renamed project.
  const env = buildEnv({ CLUSTER_ATLAS_PNG_CACHE_DIR: PNG_CACHE_DIR });
  const build = spawnSync('npm', ['run', 'build'], { cwd: workspace.dir, encoding: 'utf8', env });
  if (build.status !== 0) throw new Error(`build with hostile names failed:\n${build.stdout}\n${build.stderr}`);
  dist = join(workspace.dir, 'dist');
  server = await serveStatic(dist);
  browser = await connectChromium();
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  workspace?.remove();
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
        await page.goto(`${server.origin}${path}`);
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
      await page.goto(`${server.origin}/${lang}/projects/${PROJECT}/`);
      expect(await page.locator('h1').textContent()).toBe(HOSTILE[lang]);
      expect(await page.title()).toContain(HOSTILE[lang]);
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(HOSTILE[lang]);
      await page.goto(`${server.origin}/${lang}/charts/network-size/`);
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
