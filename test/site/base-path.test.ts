/**
 * The site built for a sub-path (`BASE_PATH=/atlas/ npm run build`) and served only under it:
 * every link, asset, form, download, embed code, oEmbed, sitemap entry and search result of every
 * page points inside /atlas/ and answers. A link written without the base would leave the sub-path
 * and answer 404 here.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectChromium } from './browser.ts';
import { buildEnv, testBuildDir } from './build-env.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const BASE = '/atlas/';
const out = testBuildDir('base-path');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  // The steps of `npm run build` after the data, for the sub-path.
  const env = buildEnv({ BASE_PATH: BASE });
  const build = spawnSync('npx', ['--no-install', 'astro', 'build', '--outDir', out], { encoding: 'utf8', env });
  if (build.status !== 0) throw new Error(`BASE_PATH build failed:\n${build.stdout}\n${build.stderr}`);
  const index = spawnSync(process.execPath, ['scripts/search-index.ts', out], { encoding: 'utf8', env });
  if (index.status !== 0) throw new Error(`search index failed:\n${index.stderr}`);
  server = await serveStatic(out, { base: BASE });
  browser = await connectChromium();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
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
