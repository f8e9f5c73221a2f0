// The figure downloads as the built site serves them (dist/, run `npm run build` first): for every
// figure in both languages an SVG, a PNG, a CSV and a JSON at the addresses of figurePaths, each
// of its kind (the bytes, not only the content type); the SVG is well-formed XML in Chromium's
// strict parser, the PNG is twice its width (1280 pixels for a chart), and the SVG's title and
// source line say what the figure's page says.
import { describe, expect, it } from 'vitest';
import { FIGURE_IDS, figureKind, figurePaths } from '../../src/figures/figure-registry.ts';
import { LANGS, type Lang } from '../../src/core/locales.ts';
import { keptPages, useBuiltSite } from './browser.ts';

const site = useBuiltSite();
const CASES = LANGS.flatMap((lang) => FIGURE_IDS.map((id) => [id, lang] as [string, Lang]));
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function get(path: string): Promise<{ response: Response; bytes: Uint8Array }> {
  const response = await fetch(site.server.origin + path);
  expect(response.status, `GET ${path}`).toBe(200);
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};
const squash = (s: string) => s.replace(/\s+/g, '');

it('builds the four downloads of every figure in every language', () => {
  expect(CASES).toHaveLength(2 * FIGURE_IDS.length);
  expect(FIGURE_IDS).toContain('map');
});

/** One page for the file, navigated from figure to figure (keptPages): a fresh document for half the CPU. Its console is not watched, as before. */
const kept = keptPages(async (options) => (await site.browser.newContext(options)).newPage());

describe.each(CASES)('downloads of %s (%s)', (id, lang) => {
  const paths = figurePaths(lang, id);

  it('serves an SVG, well-formed for a strict XML parser, that Chromium draws at its size', async () => {
    const { response, bytes } = await get(paths.svg);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml\b/);
    const svg = utf8(bytes);
    expect(svg.startsWith('<?xml')).toBe(true);
    const page = await kept();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        name: root.localName,
        ns: root.namespaceURI,
        width: root.getAttribute('width'),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect([parsed.name, parsed.ns, parsed.width]).toEqual(['svg', 'http://www.w3.org/2000/svg', '640']);
    // As an image, the way a CMS would show it: it loads (no outside resource) and has its size.
    await page.goto(site.server.origin + paths.svg);
    const size = await page.evaluate(() => {
      const root = document.documentElement;
      return { width: root.getAttribute('width'), height: root.getAttribute('height') };
    });
    expect(Number(size.width)).toBe(640);
    expect(Number(size.height)).toBeGreaterThan(200);
  });

  it('serves a PNG twice as wide as the SVG: 1280 pixels for a chart', async () => {
    const { response, bytes } = await get(paths.png);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect([...bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    const { width, height } = pngSize(bytes);
    const svg = utf8((await get(paths.svg)).bytes);
    const svgHeight = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
    if (figureKind(id) === 'chart') expect(width).toBe(1280);
    expect(width).toBe(2 * 640);
    expect(height).toBe(2 * svgHeight);
  });

  it('serves a CSV with a BOM and a JSON whose columns head the CSV', async () => {
    const csv = await get(paths.csv);
    expect(csv.response.headers.get('content-type')).toMatch(/^text\/csv\b/);
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const json = await get(paths.json);
    expect(json.response.headers.get('content-type')).toMatch(/^application\/json\b/);
    const data = JSON.parse(utf8(json.bytes)) as { id: string; lang: string; columns: { name: string }[]; rows: unknown[]; page: string };
    expect([data.id, data.lang]).toEqual([id, lang]);
    const text = utf8(csv.bytes).slice(1);
    const header = text.slice(0, text.indexOf('\r\n'));
    expect(header).toBe(data.columns.map((c) => (/[",]/.test(c.name) ? `"${c.name.replaceAll('"', '""')}"` : c.name)).join(','));
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(data.rows.length + 1);
    expect(new URL(data.page).pathname).toBe(paths.page);
  });

  it('has the title and source line the figure’s page shows', async () => {
    const svg = utf8((await get(paths.svg)).bytes);
    const page = await kept();
    await page.goto(site.server.origin + paths.page);
    // The headline's words, without the † that marks a computed figure in it.
    const heading = (
      await page
        .locator('h1')
        .first()
        .evaluate((h1) => {
          const copy = h1.cloneNode(true) as HTMLElement;
          for (const m of copy.querySelectorAll('.computed-mark')) m.remove();
          return copy.textContent ?? '';
        })
    ).trim();
    const source =
      figureKind(id) === 'map' ? page.locator('.map-figure .source-line').first() : page.locator('.chart-figure .source-line').first();
    // The page's line also lists the figures, each linked to the source page; the picture's does not.
    const sourceLine = (
      await source.evaluate((line) => {
        const copy = line.cloneNode(true) as HTMLElement;
        for (const f of copy.querySelectorAll('.source-line-figures')) f.remove();
        return copy.textContent ?? '';
      })
    ).trim();
    const title = /<title id="[^"]+">([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
    const decode = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
    expect(decode(title)).toBe(heading);
    // The drawn lines of the source may be wrapped: compare without the breaks.
    expect(squash(decode(svg.replace(/<[^>]+>/g, '')))).toContain(squash(sourceLine));
  });
});
