/**
 * The standalone SVG and PNG downloads of every figure: a well-formed, self-contained SVG file
 * (namespace, size, title, the finding, the source line and credit; no script, stylesheet,
 * class or outside reference), and a PNG at twice its size that shows the drawing, with
 * Japanese and bold text drawn from the npm font. Expectations come from content/data/*.json
 * and the sources dataset read here, not from the figure code.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { DOMParser } from 'linkedom';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartById } from '../../src/charts/chart-registry.ts';
import { svgToPng } from '../../src/raster/svg-png.ts';
import { PNG_CACHE_DIR, pngCacheKey } from '../../src/raster/cache.ts';
import { drawPng, threadCount } from '../../src/raster/pool.ts';
import { FIGURE_IDS, figureKind } from '../../src/figures/figure-registry.ts';
import { standaloneSvg } from '../../src/figures/standalone-svg.ts';
import { figureJson } from '../../src/figures/download-table.ts';
import { LANGS, type Lang } from '../../src/core/locales.ts';
import { t } from '../../src/i18n/ui.ts';
import { FIELD_LABELS, type FieldId } from '../../src/core/field-labels.ts';
import { contentData, figureInputs } from './figure-inputs.ts';

const inputs = figureInputs();
const CASES = LANGS.flatMap((lang) => FIGURE_IDS.map((id) => [id, lang] as [string, Lang]));

interface El {
  tagName: string;
  localName: string;
  textContent: string | null;
  children: El[];
  attributes: { name: string; value: string }[];
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): El[];
}

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement as unknown as El;
const squash = (s: string) => s.replace(/\s+/g, '');

/** The source line, written here from sources.json: publisher, title, date in the page's style, pages. */
function expectedSourceLine(lang: Lang, pages: number[]): string {
  const source = contentData('sources').find((s) => s.id === 'meti-2007');
  const { year, month, day } = source.date.start as { year: number; month: number; day: number };
  if (lang === 'ja')
    return `出典：${source.publisher_ja}「${source.title_ja}」（平成${year - 1988}年${month}月${day}日）${pages.join('・')}ページ`;
  const monthName = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `Source: ${source.publisher_en}, “${source.title_en}” (${day} ${monthName} ${year}), ${pages.length > 1 ? `pages ${pages.join(', ')}` : `page ${pages[0]}`}`;
}

/** The map's finding, from bureaus.json: the bureau with the largest share of the companies. */
function expectedMapTitle(lang: Lang): string {
  // The bureau whose projects have the most companies, and their share of all the projects' companies:
  // approximate counts, so a whole percent with 約/about (the rule of data/README.md).
  const projects = contentData('cluster-projects');
  const sum = (bureau?: string) =>
    projects.filter((p) => !bureau || p.bureau === bureau).reduce((s, p) => s + (p.companies.value as number), 0);
  const top = contentData('bureaus').reduce((a, b) => (sum(b.id) > sum(a.id) ? b : a));
  const share = `${lang === 'ja' ? '約' : 'about '}${Math.round((sum(top.id) / sum()) * 100)}%`;
  return t(lang).mapTitle(share, lang === 'ja' ? top.short_ja : top.short_en, projects.filter((p) => p.bureau === top.id).length);
}

describe.each(CASES)('standalone SVG of %s (%s)', (id, lang) => {
  let svg: string;
  let root: El;
  beforeAll(() => {
    svg = standaloneSvg(id, lang, inputs);
    root = parse(svg);
  });

  it('is well-formed XML that resvg reads at its declared size', () => {
    // resvg's XML reader (roxmltree) rejects anything not well-formed: unescaped &, <, mismatched tags.
    const resvg = new Resvg(svg, { font: { loadSystemFonts: false } });
    expect(resvg.width).toBe(Number(root.getAttribute('width')));
    expect(resvg.height).toBe(Number(root.getAttribute('height')));
  });

  it('is an SVG with the namespace, a size, a matching viewBox and a white background', () => {
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    const width = Number(root.getAttribute('width'));
    const height = Number(root.getAttribute('height'));
    expect(width).toBe(640);
    expect(height).toBeGreaterThan(200);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    const background = root.children.find((c) => c.localName === 'rect')!;
    expect([background.getAttribute('width'), background.getAttribute('height'), background.getAttribute('fill')]).toEqual([
      String(width),
      String(height),
      '#ffffff',
    ]);
    expect(root.getAttribute('font-family')).toMatch(/^'Noto Sans JP', sans-serif$/);
  });

  it('has a <title> with the finding, drawn at the top as well', () => {
    const title = root.children[0]!;
    expect(title.localName).toBe('title');
    const expected =
      figureKind(id) === 'map' ? expectedMapTitle(lang) : chartById(id).text(chartById(id).transform(inputs.chartData), lang).title;
    expect(title.textContent).toBe(expected);
    // The words of the frame are the root's own <text> elements; the title's lines come first.
    const frameText = root.children
      .filter((c) => c.localName === 'text')
      .map((c) => c.textContent ?? '')
      .join('');
    expect(squash(frameText).startsWith(squash(expected))).toBe(true);
  });

  it('ends with the source line and the credit with the figure’s page address and licence', () => {
    const frameText = squash(
      root.children
        .filter((c) => c.localName === 'text')
        .map((c) => c.textContent ?? '')
        .join(''),
    );
    const pages =
      figureKind(id) === 'map'
        ? [...new Set(contentData('cluster-projects').map((p) => p.page as number))]
        : chartById(id).text(chartById(id).transform(inputs.chartData), lang).source.pages;
    expect(frameText).toContain(squash(expectedSourceLine(lang, pages)));
    const page = figureKind(id) === 'map' ? `/${lang}/map/` : `/${lang}/charts/${id}/`;
    expect(frameText).toContain(squash(`${t(lang).siteName}`));
    // The credit ends with the page's address, then the licence the figure may be reused under.
    const address = `http://localhost:4321${page}`;
    expect(frameText).toContain(address);
    expect(frameText.slice(frameText.lastIndexOf(address) + address.length)).toBe(
      lang === 'ja' ? 'ライセンス：CCBY4.0' : '·Licence:CCBY4.0',
    );
    if (figureKind(id) === 'map') expect(frameText).toContain(squash(t(lang).footerMapCredit));
  });

  it('needs nothing from the page: no script, link, stylesheet, class, interaction attribute or em length', () => {
    expect(root.querySelectorAll('script, style, foreignObject, a, image, use, link')).toHaveLength(0);
    const names = new Set<string>();
    for (const el of [root, ...root.querySelectorAll('*')]) for (const a of el.attributes) names.add(a.name);
    for (const name of names) expect(name).not.toMatch(/^(href|xlink:href|src|class|style|tabindex|data-.*|on.*)$/);
    expect(svg).not.toMatch(/currentColor|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg|localhost:4321\/)/);
    for (const el of root.querySelectorAll('[x], [y], [dx], [dy]'))
      for (const a of ['x', 'y', 'dx', 'dy']) expect(el.getAttribute(a) ?? '').not.toMatch(/em$/);
    // Ids are unique, and prefixed so several downloads can sit in one page.
    const ids = root.querySelectorAll('[id]').map((el) => el.getAttribute('id')!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of ids) expect(i.startsWith(`cluster-atlas-${id}-${lang}-`)).toBe(true);
  });
});

describe.each(CASES)('JSON download of %s (%s)', (id, lang) => {
  const json = figureJson(id, lang, inputs);
  const source = contentData('sources').find((s) => s.id === 'meti-2007');

  it('carries the licence, the terms, the credit with the figure’s pages, and the date its data last changed', () => {
    expect(json.licence).toMatchObject({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(json.licence.terms).toContain('CC BY 4.0');
    const pages = json.source.pages;
    expect(pages.length).toBeGreaterThan(0);
    if (lang === 'ja') {
      expect(json.credit.startsWith(`出典：${t(lang).siteName}（${source.publisher_ja}「${source.title_ja}」`)).toBe(true);
      expect(json.credit.endsWith(`、${pages.join('・')}ページ`)).toBe(true);
    } else {
      expect(json.credit.startsWith(`Source: ${t(lang).siteName}, from “${source.title_en}”, ${source.publisher_en}`)).toBe(true);
      expect(json.credit.endsWith(pages.length > 1 ? `, pages ${pages.join(', ')}` : `, page ${pages[0]}`)).toBe(true);
    }
    // A date from the repository (or the files'), never the time of the build.
    expect(json.lastUpdated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(json.lastUpdated).getTime()).toBeLessThanOrEqual(Date.now());
  });
});

describe('the map’s standalone SVG', () => {
  const projects = contentData('cluster-projects');

  it.each(LANGS)('draws a symbol per project, split into one slice per field, and names every field in its legend (%s)', (lang) => {
    const root = parse(standaloneSvg('map', lang, inputs));
    // A symbol is a unit shape moved and scaled (translate … scale …), its slices inside.
    const symbols = root
      .querySelectorAll('g[transform^="translate("]')
      .filter((g) => /scale\(/.test(g.getAttribute('transform')!) && g.children.every((c) => c.localName === 'path'));
    // The legend's example split circle is drawn the same way, so there is one more than projects.
    expect(symbols).toHaveLength(projects.length + 1);
    const slices = symbols.map((g) => g.children.length).sort((a, b) => a - b);
    const fieldCounts = [...projects.map((p) => p.fields.length as number), 3].sort((a, b) => a - b);
    expect(slices).toEqual(fieldCounts);
    const words = root
      .querySelectorAll('text')
      .map((el) => el.textContent)
      .join(' ');
    const fields = new Set<FieldId>(projects.flatMap((p) => p.fields as FieldId[]));
    for (const field of fields) expect(words).toContain(FIELD_LABELS[field][lang]);
  });
});

/** Dark pixels (any channel below 128) of an RGBA PNG. */
async function inkPixels(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  let n = 0;
  for (let i = 0; i < data.length; i += info.channels) if (data[i]! < 128 || data[i + 1]! < 128 || data[i + 2]! < 128) n++;
  return n;
}

describe('PNG', () => {
  it.each([
    ['innovation-source', 'ja', '#0072B2'],
    ['map', 'en', '#0072B2'],
  ] as const)(
    'of %s (%s) is twice the SVG’s size and shows the drawing in its colours',
    async (id, lang, colour) => {
      const svg = standaloneSvg(id, lang, inputs);
      const root = parse(svg);
      const png = svgToPng(svg);
      const meta = await sharp(png).metadata();
      expect(meta.format).toBe('png');
      expect(meta.width).toBe(2 * Number(root.getAttribute('width')));
      expect(meta.height).toBe(2 * Number(root.getAttribute('height')));
      const stats = await sharp(png).stats();
      for (const channel of stats.channels.slice(0, 3)) expect(channel.stdev).toBeGreaterThan(10);
      const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      const colours = new Set<number>();
      let solid = 0;
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
      for (let i = 0; i < data.length; i += info.channels) {
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        if (data[i] === r && data[i + 1] === g && data[i + 2] === b) solid++;
      }
      expect(colours.size).toBeGreaterThan(50);
      // A filled area of the figure's main colour: the bars (or the symbols) were drawn.
      expect(solid).toBeGreaterThan(2000);
    },
    180_000,
  );

  it('draws Japanese text, and bold text bolder, with the npm font only', async () => {
    const text = (weight: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/><text x="4" y="28" font-size="20" font-weight="${weight}" font-family="'Noto Sans JP', sans-serif">経済産業省の施策</text></svg>`;
    const regular = await inkPixels(svgToPng(text('normal')));
    const bold = await inkPixels(svgToPng(text('bold')));
    expect(regular).toBeGreaterThan(500);
    expect(bold).toBeGreaterThan(regular * 1.2);
  }, 180_000);
});

describe('PNG drawing pool and cache', () => {
  it('gives the PNG rasterised from this very SVG, drawn on a worker thread, and keeps it for the next build', async () => {
    // Fresh SVGs (their own text), so the first call cannot find them in the cache.
    const svg = (word: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="20"><rect width="240" height="20" fill="#fff"/><text x="2" y="15" font-size="12">${word}</text></svg>`;
    const word = `試験${process.pid}${Date.now()}`;
    mkdirSync(PNG_CACHE_DIR, { recursive: true });
    const before = new Set(readdirSync(PNG_CACHE_DIR));
    const png = await drawPng({ kind: 'svg', svg: svg(word), scale: 2 });
    expect(png.equals(svgToPng(svg(word), 2))).toBe(true);
    // One new file holds these bytes (a build running meanwhile may add others), and is what the next call returns.
    const mine = () =>
      readdirSync(PNG_CACHE_DIR).filter(
        (name) => !before.has(name) && name.endsWith('.png') && readFileSync(join(PNG_CACHE_DIR, name)).equals(png),
      );
    expect(mine()).toHaveLength(1);
    expect((await drawPng({ kind: 'svg', svg: svg(word), scale: 2 })).equals(png)).toBe(true);
    // Another SVG, or the same at another scale, is another entry, never the cached one.
    const other = await drawPng({ kind: 'svg', svg: svg(`別${word}`), scale: 2 });
    expect(other.equals(png)).toBe(false);
    const smaller = await drawPng({ kind: 'svg', svg: svg(word), scale: 1 });
    expect(smaller.equals(svgToPng(svg(word), 1))).toBe(true);
    expect(smaller.equals(png)).toBe(false);
    for (const name of readdirSync(PNG_CACHE_DIR).filter((n) => !before.has(n) && n.endsWith('.png'))) {
      const bytes = readFileSync(join(PNG_CACHE_DIR, name));
      if (bytes.equals(png) || bytes.equals(other) || bytes.equals(smaller)) rmSync(join(PNG_CACHE_DIR, name));
    }
  }, 60_000);

  it('draws many jobs at once on its threads, each answered with its own PNG', async () => {
    const svg = (n: number) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="${40 + n}" height="10"><rect width="${40 + n}" height="10" fill="#0b5cad"/><!-- ${process.pid} ${Date.now()} --></svg>`;
    const jobs = Array.from({ length: 12 }, (_, n) => svg(n));
    const pngs = await Promise.all(jobs.map((s) => drawPng({ kind: 'svg', svg: s, scale: 1 })));
    const widths = await Promise.all(pngs.map(async (p) => (await sharp(p).metadata()).width));
    expect(widths).toEqual(jobs.map((_, n) => 40 + n));
    for (const s of jobs) rmSync(join(PNG_CACHE_DIR, `${pngCacheKey({ kind: 'svg', svg: s, scale: 1 })}.png`), { force: true });
  }, 60_000);

  it('draws on as many threads as there are cores unless CLUSTER_ATLAS_RASTER_THREADS says otherwise', () => {
    expect(threadCount({})).toBe(availableParallelism());
    expect(threadCount({ CLUSTER_ATLAS_RASTER_THREADS: '0' })).toBe(0);
    expect(threadCount({ CLUSTER_ATLAS_RASTER_THREADS: '3' })).toBe(3);
    for (const bad of ['-1', '1.5', 'two'])
      expect(() => threadCount({ CLUSTER_ATLAS_RASTER_THREADS: bad })).toThrow(/CLUSTER_ATLAS_RASTER_THREADS must be a whole number/);
  });

  it('reports a job that fails on a worker as an error of the call', async () => {
    await expect(drawPng({ kind: 'svg', svg: '<not-svg', scale: 1 })).rejects.toThrow();
  }, 60_000);
});
