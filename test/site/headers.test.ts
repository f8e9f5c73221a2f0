/**
 * Hosting headers and the Content-Security-Policy. dist/_headers (from public/_headers) gives
 * every page exactly one framing policy (embeds may be framed by anyone, the rest only by the
 * site), long-lived caching to hashed assets and the right types to downloads; README.md's nginx
 * snippet says the same; every page's own CSP allows no inline or eval'd script and no other
 * origin; and Chromium enforces the framing rule as served.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dist, useBuiltSite } from './browser.ts';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).map((f) => `/${f.split(sep).join('/')}`);
const pagePath = (file: string) => file.replace(/index\.html$/, '');
const pages = files.filter((f) => f.endsWith('.html')).map(pagePath);
const isEmbed = (path: string) => path.startsWith('/embed/');

describe('_headers', () => {
  it('gives every page one framing policy: anyone for embeds, the site itself otherwise', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const path of pages) {
      const headers = headersFor(rules, path);
      // Every path has X-Frame-Options; an embed's frame-ancestors * overrides it in browsers (the framing test below).
      expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
      expect(headers['content-security-policy'], path).toBe(isEmbed(path) ? 'frame-ancestors *' : "frame-ancestors 'self'");
      expect(headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it('gives a framing rule to any address, one that is no page (a 404) included', () => {
    for (const path of ['/no/such/page/', '/ja/no-such-page/', '/embedded/', '/data/missing.csv']) {
      expect(headersFor(rules, path)['x-frame-options'], path).toBe('SAMEORIGIN');
    }
  });

  it('caches hashed assets for a year and nothing else', () => {
    const hashed = files.filter((f) => f.startsWith('/_astro/'));
    expect(hashed.length).toBeGreaterThan(0);
    for (const path of hashed) expect(headersFor(rules, path)['cache-control'], path).toContain('immutable');
    for (const path of pages) expect(headersFor(rules, path)['cache-control'], path).toBeUndefined();
  });

  it('serves CSV, JSON and SVG files with their types', () => {
    const types: Record<string, RegExp> = {
      '.csv': /^text\/csv; charset=utf-8$/,
      '.json': /^application\/json; charset=utf-8$/,
      '.svg': /^image\/svg\+xml$/,
    };
    for (const [ext, type] of Object.entries(types)) {
      const some = files.filter((f) => f.endsWith(ext));
      expect(some.length, ext).toBeGreaterThan(0);
      for (const path of some) expect(headersFor(rules, path)['content-type'], path).toMatch(type);
    }
  });

  it('has the same header values in the README nginx snippet', () => {
    const readme = readFileSync('README.md', 'utf8');
    const nginx = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const said = new Set([...nginx.matchAll(/add_header ([\w-]+) "([^"]*)"/g)].map((m) => `${m[1]!.toLowerCase()}: ${m[2]}`));
    for (const m of nginx.matchAll(/default_type "([^"]*)"/g)) said.add(`content-type: ${m[1]}`);
    const ours = new Set(rules.flatMap((r) => r.headers.map(([name, value]) => `${name.toLowerCase()}: ${value}`)));
    expect([...said].sort()).toEqual([...ours].sort());
  });
});

describe('Content-Security-Policy of every page', () => {
  const cspOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  it.each(pages)('%s allows only its own hashed scripts and styles, from this origin', (path) => {
    const html = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    const csp = cspOf(html);
    expect(csp, 'a CSP meta tag').toBeDefined();
    const directives = new Map(
      csp!
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => {
          const [name, ...values] = d.split(/\s+/);
          return [name!, values] as const;
        }),
    );
    for (const name of ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri']) expect(directives.has(name), name).toBe(true);
    if (/^\/(ja|en)\/search\/$/.test(path)) expect(directives.get('script-src')).toContain("'wasm-unsafe-eval'");
    for (const [name, values] of directives) {
      for (const value of values) {
        expect(value, `${name} ${value}`).not.toMatch(/^'unsafe-(inline|eval|hashes)'$|^\*$|^https?:|^\/\//);
        expect(value, `${name} ${value}`).toMatch(/^'(self|none|wasm-unsafe-eval|sha(256|384|512)-[A-Za-z0-9+/=]+)'$|^data:$/);
        // WebAssembly only where the search runs.
        if (value === "'wasm-unsafe-eval'") expect(path, `${name} ${value}`).toMatch(/^\/(ja|en)\/search\/$/);
      }
    }
  });
});

describe('framing, as Chromium enforces it', () => {
  const site = useBuiltSite();
  // Host pages are served by a second server: another origin (another port), but a real one on
  // loopback, so Chromium's local-network checks do not refuse the frame before the headers count.
  const hostDir = mkdtempSync(join(tmpdir(), 'cluster-atlas-host-'));
  let host: StaticServer;
  beforeAll(async () => {
    host = await serveStatic(hostDir);
  });
  afterAll(async () => {
    await host?.close();
    rmSync(hostDir, { recursive: true, force: true });
  });

  /**
   * Loads `path` of the site in an iframe of a page on the host origin; returns the framed page's title, or null when the frame was
   * refused.
   */
  async function framedTitle(path: string, strip = false): Promise<string | null> {
    const name = `host-${path.replaceAll('/', '-')}${strip ? '-stripped' : ''}.html`;
    writeFileSync(
      join(hostDir, name),
      `<!doctype html><title>host</title><iframe src="${site.server.origin}${path}" width="600" height="400"></iframe>`,
    );
    const page = await site.browser.newPage();
    if (strip) {
      // The control: the same page with its framing headers stripped on the way.
      await page.route(`${site.server.origin}${path}`, async (route) => {
        const response = await route.fetch();
        const headers = { ...response.headers() };
        delete headers['content-security-policy'];
        delete headers['x-frame-options'];
        await route.fulfill({ response, headers });
      });
    }
    await page.goto(`${host.origin}/${name}`);
    await page.waitForLoadState('load');
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const title = frame && !frame.url().startsWith('chrome-error:') ? await frame.evaluate(() => document.title || null) : null;
    await page.close();
    return title;
  }
  it('will not show a page framed by another origin', async () => {
    expect(await framedTitle('/ja/')).toBeNull();
  });
  it('shows the same page once its framing headers are stripped (so the refusal above comes from them)', async () => {
    expect(await framedTitle('/ja/', true)).toBeTruthy();
  });
  it('shows an embed framed by another origin', async () => {
    expect(await framedTitle('/embed/ja/consortium-funnel/')).toBeTruthy();
  });
});
