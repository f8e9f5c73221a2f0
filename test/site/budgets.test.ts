/**
 * Page budgets, in bytes (deterministic, unlike times), over every built page by type:
 * - chart and briefing pages: content without JavaScript (checked by the no-JS tests), at most
 *   10 KB gzip of JavaScript for interaction;
 * - the map page: at most 20 KB gzip of JavaScript and 30 KB gzip of HTML (issue 17);
 * - the home page (which shows the national map): at most 10 KB gzip of JavaScript;
 * - the embed loader: at most 2 KB gzip;
 * - no page loads a font file over 200 KB, and every <img> has width and height.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { gzipSize, pageWeight } from '../../scripts/bench/page-weight.ts';
import { listPages, pageTypeOf } from '../../scripts/bench/page-types.ts';
import { EMBED_LOADER_PATH } from '../../src/figures/figure-registry.ts';
import { dist } from './browser.ts';

const KB = 1024;
const pages = listPages(dist);
const weights = new Map(pages.map((page) => [page, pageWeight(dist, page)]));
const ofType = (type: string) => pages.filter((p) => pageTypeOf(p) === type);

describe('JavaScript and HTML budgets', () => {
  it('finds chart, briefing and map pages to measure', () => {
    expect(ofType('chart').length).toBeGreaterThanOrEqual(20);
    expect(ofType('briefing').length).toBeGreaterThanOrEqual(10);
    expect(ofType('map').length).toBe(2);
    expect(ofType('home').length).toBe(2);
  });

  it.each([...ofType('chart'), ...ofType('briefing')])('%s loads at most 10 KB gzip of JavaScript', (page) => {
    const weight = weights.get(page)!;
    expect(weight.missing).toEqual([]);
    expect(weight.totals.jsGzip).toBeLessThanOrEqual(10 * KB);
  });

  it.each(ofType('map'))('%s loads at most 20 KB gzip of JavaScript and 30 KB gzip of HTML', (page) => {
    const weight = weights.get(page)!;
    expect(weight.missing).toEqual([]);
    expect(weight.totals.jsGzip).toBeLessThanOrEqual(20 * KB);
    expect(weight.htmlGzip).toBeLessThanOrEqual(30 * KB);
  });

  it.each(ofType('home'))('%s loads at most 10 KB gzip of JavaScript', (page) => {
    const weight = weights.get(page)!;
    expect(weight.missing).toEqual([]);
    expect(weight.totals.jsGzip).toBeLessThanOrEqual(10 * KB);
  });

  it('the embed loader is at most 2 KB gzip', () => {
    expect(gzipSize(readFileSync(join(dist, EMBED_LOADER_PATH)))).toBeLessThanOrEqual(2 * KB);
  });

  it('the map page does load its script, so its budget measures something', () => {
    // The budgets above would pass for a page whose script went missing; the map needs one.
    for (const page of ofType('map')) expect(weights.get(page)!.js.length).toBeGreaterThan(0);
  });
});

describe('fonts and images', () => {
  const FONT = /\.(woff2?|ttf|otf)(\?|$)/;
  it.each(pages)('%s loads no font file over 200 KB and sizes every image', (page) => {
    const weight = weights.get(page)!;
    const html = readFileSync(join(dist, weight.htmlFile), 'utf8');
    const css = weight.css
      .filter((c) => !c.inline)
      .map((c) => readFileSync(join(dist, c.file), 'utf8'))
      .join('\n');
    const fonts = [...`${html}\n${css}`.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)|href="([^"]+)"/g)]
      .map((m) => m[1] ?? m[2]!)
      .filter((u) => FONT.test(u));
    for (const font of fonts) expect(readFileSync(join(dist, font.split('?')[0]!)).length, font).toBeLessThanOrEqual(200 * KB);
    const { document } = parseHTML(html);
    const unsized = [...document.querySelectorAll('img')]
      .filter((img) => !img.getAttribute('width') || !img.getAttribute('height'))
      .map((img) => img.outerHTML);
    expect(unsized).toEqual([]);
  });
});
