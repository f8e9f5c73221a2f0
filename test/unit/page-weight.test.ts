/**
 * scripts/bench/page-weight.ts on a tiny build directory (test/fixtures/page-weight/, see its
 * README): which files a page loads, each once, and how many requests that makes. Also the
 * benchmark's other pure helpers: page types by URL, and reading the build script and astro's log.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cssImports, htmlFileOf, moduleImports, pageWeight, sitePath } from '../../scripts/bench/page-weight.ts';
import { langOf, pageTypeOf, representative } from '../../scripts/bench/page-types.ts';
import { astroPageTimings, astroPhases, splitScript, stepKind } from '../../scripts/bench/steps.ts';
import { table } from '../../scripts/bench/table.ts';

const DIST = fileURLToPath(new URL('../fixtures/page-weight/', import.meta.url));
const size = (path: string) => statSync(join(DIST, path)).size;
const gzip = (path: string) => gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;

describe('pageWeight on the fixture home page', () => {
  const weight = pageWeight(DIST, '/ja/');

  it('reads the HTML file of the path, raw and gzipped', () => {
    expect(weight.htmlFile).toBe('ja/index.html');
    expect(weight.htmlBytes).toBe(size('ja/index.html'));
    expect(weight.htmlGzip).toBe(gzip('ja/index.html'));
    expect(weight.htmlGzip).toBeLessThan(weight.htmlBytes);
  });

  it('follows module scripts through their static imports, each file once, and skips data blocks', () => {
    expect(weight.js.map((a) => a.file)).toEqual([
      '/_astro/entry.js',
      '/_astro/chunk-a.js',
      '/_astro/chunk-b.js',
      'inline:1',
      '/legacy.js',
    ]);
    for (const a of weight.js.filter((x) => !x.inline)) {
      expect(a.bytes).toBe(size(a.file));
      expect(a.gzip).toBe(gzip(a.file));
    }
    const inline = weight.js.find((a) => a.inline)!;
    expect(inline.bytes).toBe(Buffer.byteLength("import { a } from '/_astro/chunk-a.js'; a();"));
  });

  it('lists dynamic imports apart and does not follow imports written inside strings', () => {
    expect(weight.lazy).toEqual(['/_astro/lazy.js']);
    expect(weight.js.map((a) => a.file)).not.toContain('/_astro/fake.js');
    expect(weight.js.map((a) => a.file)).not.toContain('/_astro/not-a-script.js');
  });

  it('counts stylesheets with their @imports once, and inline styles without a request', () => {
    expect(weight.css.map((a) => [a.file, a.inline ?? false])).toEqual([
      ['/_astro/site.css', false],
      ['/_astro/extra.css', false],
      ['inline:1', true],
    ]);
    expect(weight.css[0]!.bytes).toBe(size('_astro/site.css'));
    expect(weight.totals.cssBytes).toBe(size('_astro/site.css') + size('_astro/extra.css') + Buffer.byteLength('.inline{color:red}'));
  });

  it('counts the icon and each image once; data: URLs and og:image are not requests; other origins are reported', () => {
    expect(weight.images.map((a) => a.file)).toEqual(['/favicon.svg', '/images/dot.svg']);
    expect(weight.missing).toEqual(['https://other.example/x.png']);
    // HTML + entry, chunk-a, chunk-b, legacy + site.css, extra.css + favicon, dot.
    expect(weight.requests).toBe(9);
  });

  it('sums the totals over the listed assets', () => {
    expect(weight.totals.jsBytes).toBe(weight.js.reduce((s, a) => s + a.bytes, 0));
    expect(weight.totals.jsGzip).toBe(weight.js.reduce((s, a) => s + a.gzip, 0));
    expect(weight.totals.imageBytes).toBe(size('favicon.svg') + size('images/dot.svg'));
  });
});

describe('pageWeight on a page without assets', () => {
  it('is one request, the HTML', () => {
    const weight = pageWeight(DIST, '/en/about/');
    expect(weight).toMatchObject({ htmlFile: 'en/about/index.html', js: [], css: [], images: [], requests: 1 });
  });

  it('fails with the paths it tried when the page is not built', () => {
    expect(() => pageWeight(DIST, '/embed/ja/x/')).toThrow(/no page \/embed\/ja\/x\/ .*embed\/ja\/x\/index\.html/);
  });
});

describe('helpers', () => {
  it('resolves page paths to files', () => {
    expect(htmlFileOf(DIST, '/ja/')).toBe('ja/index.html');
    expect(htmlFileOf(DIST, '/en/about')).toBe('en/about/index.html');
  });

  it('resolves references against the referring file, keeping only this site', () => {
    expect(sitePath('./chunk.js', '/_astro/entry.js')).toBe('/_astro/chunk.js');
    expect(sitePath('../x.css', '/ja/map/')).toBe('/ja/x.css');
    expect(sitePath('data:image/png;base64,AA', '/ja/')).toBeUndefined();
    expect(sitePath('https://example.org/_astro/a.js', '/ja/')).toBeUndefined();
    expect(sitePath('https://example.org/_astro/a.js', '/ja/', 'https://example.org/')).toBe('/_astro/a.js');
  });

  it('parses imports with esbuild, not by pattern', () => {
    expect(moduleImports('import{a}from"./a.js";export*from"./b.js";const s="import \'./c.js\'";import("./d.js")')).toEqual({
      static: ['./a.js', './b.js'],
      dynamic: ['./d.js'],
    });
    expect(cssImports('/* @import "no.css"; */@import url(a.css);@import "b.css";')).toEqual(['a.css', 'b.css']);
  });

  it('classifies pages by URL and picks representatives', () => {
    expect(
      [
        '/ja/',
        '/en/map/',
        '/ja/bureaus/kanto/',
        '/en/projects/x/',
        '/ja/charts/y/',
        '/en/briefings/z/',
        '/embed/ja/y/',
        '/ja/cases/c/',
        '/ja/charts/',
        '/404.html',
        '/',
      ].map(pageTypeOf),
    ).toEqual(['home', 'map', 'bureau', 'project', 'chart', 'briefing', 'embed', 'case', 'other', 'other', 'other']);
    expect(langOf('/embed/en/y/')).toBe('en');
    expect(langOf('/404.html')).toBeUndefined();
    const pages = ['/ja/charts/a/', '/ja/charts/companies-by-bureau/', '/en/charts/b/'];
    expect(representative(pages, 'chart', 'ja')).toBe('/ja/charts/companies-by-bureau/');
    expect(representative(pages, 'chart', 'en')).toBe('/en/charts/b/');
    expect(representative(pages, 'embed', 'ja')).toBeUndefined();
  });
});

describe('benchmark helpers', () => {
  it('splits the build script into its steps, whatever steps are added', () => {
    const steps = splitScript('npm run data && astro build && node scripts/search-index.ts');
    expect(steps).toEqual(['npm run data', 'astro build', 'node scripts/search-index.ts']);
    expect(steps.map(stepKind)).toEqual(['pipeline', 'astro', 'post-build']);
  });

  it("reads astro build's per-page timings and phases", () => {
    const log = [
      '07:11:07 [build] ✓ Completed in 10.79s.',
      '07:11:11 [vite] ✓ built in 3.18s',
      '07:11:11 [vite] ✓ built in 339ms',
      ' generating static routes ',
      '07:11:34 \u001b[2m  ├─ /ja/map/index.html (+74ms)\u001b[0m',
      '07:11:34   └─ /data/bureaus.csv (+1.25s)',
      '07:11:36 ✓ Completed in 24.49s.',
      '07:11:36 [build] 104 page(s) built in 39.30s',
    ].join('\n');
    expect(astroPageTimings(log)).toEqual([
      ['/ja/map/index.html', 74],
      ['/data/bureaus.csv', 1250],
    ]);
    expect(astroPhases(log)).toEqual({ setupMs: 10790, viteMs: 3519, generateMs: 24490, pages: 104 });
  });

  it('aligns table columns, numbers to the right', () => {
    expect(
      table(
        ['type', 'size'],
        [
          ['home', '1.0 KB'],
          ['map', '140.2 KB'],
        ],
      ).split('\n'),
    ).toEqual(['type      size', '----  --------', 'home    1.0 KB', 'map   140.2 KB']);
  });
});
