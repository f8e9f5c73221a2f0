/**
 * The PNG build step (src/raster/site-images.ts, integration.ts): it lists every card and every
 * figure PNG the pages link to, writes each file whole or not at all, and the dev server answers
 * a PNG address with the image or a 404. Reads the generated collections in content/data/
 * (`npm run data`); the expected list is made from the files, not from the code under test.
 */
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Worker } from 'node:worker_threads';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/chart-registry.ts';
import { readImageInputs } from '../../src/collections/read-collections.ts';
import { LANGS } from '../../src/core/locales.ts';
import { FIGURE_IDS } from '../../src/figures/figure-registry.ts';
import { PNG_CACHE_DIR, pngCacheKey } from '../../src/raster/cache.ts';
import { collectGarbage } from '../../src/raster/collect-garbage.ts';
import { drawOneImage, imageMiddleware, runHost, type SiteAddress } from '../../src/raster/integration.ts';
import { drawSiteImages, siteImages, type SiteImage } from '../../src/raster/site-images.ts';
import { svgCodePoints } from '../../src/raster/font-subset.ts';
import { svgToPng } from '../../src/raster/svg-png.ts';
import { FONT_FAMILY, FONT_FILES } from '../../src/text/font-files.ts';

const projectIds = (JSON.parse(readFileSync('content/data/cluster-projects.json', 'utf8')) as { id: string }[]).map((p) => p.id);
const briefingSlugs = (lang: string) =>
  readdirSync(`content/briefings/${lang}`)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const LOCAL: SiteAddress = { site: 'http://localhost:4321/', base: '/' };

const temporary: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-images-'));
  temporary.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('the list of images (src/raster/site-images.ts)', () => {
  it('is a card per chart, project, briefing and language, the map’s and a default card per language, and a PNG per figure and language', () => {
    const expected = LANGS.flatMap((lang) => [
      ...CHARTS.map((c) => `/cards/${lang}/charts/${c.id}.png`),
      ...projectIds.map((id) => `/cards/${lang}/projects/${id}.png`),
      ...briefingSlugs(lang).map((slug) => `/cards/${lang}/briefings/${slug}.png`),
      `/cards/${lang}/map/default.png`,
      `/cards/${lang}/site/default.png`,
      ...FIGURE_IDS.map((id) => `/downloads/${lang}/${id}.png`),
    ]);
    const paths = siteImages(readImageInputs()).map((i) => i.path);
    expect(paths.length).toBe(new Set(paths).size);
    expect([...paths].sort()).toEqual([...expected].sort());
  });

  it('makes the card jobs from the data: a briefing card carries its frontmatter title', () => {
    const [slug] = briefingSlugs('en');
    const title = /^title: "?(.*?)"?$/m.exec(readFileSync(`content/briefings/en/${slug}.md`, 'utf8'))![1]!;
    const job = siteImages(readImageInputs())
      .find((i) => i.path === `/cards/en/briefings/${slug}.png`)!
      .job();
    expect(job.kind).toBe('card');
    expect(JSON.stringify(job)).toContain(JSON.stringify(title));
  });
  it('draws a figure from the SVG download of a finished build when given one, else from the data', () => {
    const dir = tempDir();
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';
    mkdirSync(join(dir, 'downloads/en'), { recursive: true });
    writeFileSync(join(dir, 'downloads/en/map.svg'), svg);
    const jobOf = (images: SiteImage[]) => images.find((i) => i.path === '/downloads/en/map.png')!.job();
    expect(jobOf(siteImages(readImageInputs(), dir))).toEqual({ kind: 'svg', svg, scale: 2 });
    expect(jobOf(siteImages(readImageInputs()))).toMatchObject({ kind: 'svg', svg: expect.stringContaining('<svg'), scale: 2 });
  });
});

describe('writing the images (drawSiteImages)', () => {
  const svg = (width: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="10"><rect width="${width}" height="10" fill="#0b5cad"/><!-- ${process.pid} ${Date.now()} --></svg>`;
  const image = (path: string, source: string): SiteImage => ({ path, job: () => ({ kind: 'svg', svg: source, scale: 1 }) });

  it('writes every image at its address, leaves no partial file, and names each image that failed', async () => {
    const dir = tempDir();
    const good = [image('/cards/xx/site/a.png', svg(31)), image('/downloads/xx/b.png', svg(32))];
    const bad = image('/downloads/xx/broken.png', '<not-svg');
    await expect(drawSiteImages(dir, [...good, bad])).rejects.toThrow(
      /1 of 3 images could not be drawn:\n {2}\/downloads\/xx\/broken\.png/,
    );
    for (const [i, { path }] of good.entries()) expect((await sharp(join(dir, path)).metadata()).width).toBe(31 + i);
    expect(existsSync(join(dir, 'downloads/xx/broken.png'))).toBe(false);
    const files = (sub: string): string[] => readdirSync(join(dir, sub), { recursive: true, encoding: 'utf8' });
    expect([...files('cards'), ...files('downloads')].filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const { job } of good) rmSync(join(PNG_CACHE_DIR, `${pngCacheKey(job())}.png`), { force: true });
  }, 60_000);

  it('holds only a few images at a time: each job is made when an earlier image is written', async () => {
    const dir = tempDir();
    const count = 12;
    const inHand = 3;
    let made = 0;
    /** For each job made: how many images had been made and not yet written when it was. */
    const pending: number[] = [];
    const written = () => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png')).length;
    const images = Array.from({ length: count }, (_, i): SiteImage => {
      const source = svg(40 + i);
      return {
        path: `/cards/xx/site/${i}.png`,
        job: () => {
          made++;
          pending.push(made - written());
          return { kind: 'svg', svg: source, scale: 1 };
        },
      };
    });
    await drawSiteImages(dir, images, inHand);
    expect(made).toBe(count);
    expect(Math.max(...pending)).toBe(inHand);
    for (let i = 0; i < count; i++) expect((await sharp(join(dir, `cards/xx/site/${i}.png`)).metadata()).width).toBe(40 + i);
    for (const image of images) rmSync(join(PNG_CACHE_DIR, `${pngCacheKey(image.job())}.png`), { force: true });
  }, 60_000);
});

describe('the garbage collection before the image step (src/raster/collect-garbage.ts)', () => {
  it('frees what nothing holds any more, and leaves no gc() to this thread or to threads started after', async () => {
    const gcHere = () => typeof (globalThis as { gc?: unknown }).gc;
    const had = gcHere();
    /** The heap in use while some 300,000 objects are alive; they are garbage once this returns. */
    const withGarbage = () => {
      const rows = Array.from({ length: 300_000 }, (_, i) => ({ i, text: `row ${i}` }));
      return rows.length && process.memoryUsage().heapUsed;
    };
    const before = withGarbage();
    collectGarbage();
    expect(before - process.memoryUsage().heapUsed).toBeGreaterThan(10 * 1024 * 1024);
    expect(gcHere()).toBe(had);
    const inWorker = await new Promise<string>((resolve, reject) => {
      const worker = new Worker("require('node:worker_threads').parentPort.postMessage(typeof gc)", { eval: true });
      worker.once('message', (type: string) => {
        resolve(type);
        void worker.terminate();
      });
      worker.once('error', reject);
    });
    expect(inWorker).toBe(had);
  });
});

describe('a figure’s PNG (src/raster/svg-png.ts)', () => {
  /** Text of both weights and scripts, kerned pairs, punctuation that 'palt' narrows, and characters given as references. */
  const svg = [
    '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="120" font-family="Noto Sans JP">',
    '<rect width="320" height="120" fill="#fff"/>',
    '<text x="8" y="30" font-size="18">AVATAR To. 関東「産業」クラスター（第２次）</text>',
    '<text x="8" y="60" font-size="14" font-weight="700" style="font-feature-settings: &quot;palt&quot; 1">出典：「資料」&#x3001;&#12354;&amp;</text>',
    '<text x="312" y="95" font-size="12" text-anchor="end">about 2,140 companies — 約２，１４０社</text>',
    '</svg>',
  ].join('');

  it('is drawn exactly as with the whole font files (the subset keeps every glyph, advance and feature it uses)', () => {
    const whole = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: 2 },
      font: {
        fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
        loadSystemFonts: false,
        defaultFontFamily: FONT_FAMILY,
        sansSerifFamily: FONT_FAMILY,
      },
    })
      .render()
      .asPng();
    expect(svgToPng(svg, 2).equals(whole)).toBe(true);
  }, 30_000);

  it('takes the characters to keep from the text and from numeric character references', () => {
    const points = svgCodePoints('<text>A&#x3001;&#12354;</text>');
    for (const c of ['A', '、', 'あ', '<', 't']) expect(points).toContain(c.codePointAt(0));
  });
});

/** A request through the middleware: what it answered, or that it passed the request on. */
async function request(handler: ReturnType<typeof imageMiddleware>, url: string, method = 'GET') {
  return new Promise<{ passed: true } | { passed: false; status: number; type: string | undefined; body: Buffer }>((resolve, reject) => {
    const res = Object.assign(new EventEmitter(), {
      status: 0,
      headers: {} as Record<string, unknown>,
      writeHead(status: number, headers: Record<string, unknown>) {
        res.status = status;
        res.headers = headers;
        return res;
      },
      end(body?: Uint8Array | string) {
        resolve({
          passed: false,
          status: res.status,
          type: res.headers['Content-Type'] as string | undefined,
          body: Buffer.from(body ?? ''),
        });
      },
    });
    handler({ url, method } as IncomingMessage, res as unknown as ServerResponse, (error?: unknown) =>
      error ? reject(error) : resolve({ passed: true }),
    );
  });
}

describe('the dev server middleware (src/raster/integration.ts)', () => {
  it('passes on every address that is not a PNG of the site, whatever the method', async () => {
    const handler = imageMiddleware(() => Promise.reject(new Error('not asked')));
    for (const url of ['/ja/', '/downloads/ja/map.svg', '/cards/ja/site/default.png/', '/favicon.png', '/_astro/x.png'])
      expect(await request(handler, url)).toEqual({ passed: true });
    expect(await request(handler, '/cards/ja/site/default.png', 'POST')).toEqual({ passed: true });
  });

  it('answers a card address with its PNG, drawn from the data, and an unknown one with 404', async () => {
    const handler = imageMiddleware((path) => drawOneImage(path, LOCAL));
    const card = await request(handler, '/cards/en/site/default.png?v=1');
    expect(card).toMatchObject({ passed: false, status: 200, type: 'image/png' });
    if (card.passed) throw new Error('unreachable');
    expect(card.body.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(await sharp(card.body).metadata()).toMatchObject({ width: 1200, height: 630 });
    expect(await request(handler, '/cards/en/charts/no-such-chart.png')).toMatchObject({ passed: false, status: 404 });
    expect(await request(handler, '/downloads/en/no-such-figure.png')).toMatchObject({ passed: false, status: 404 });
  }, 60_000);

  it('draws with the address Astro resolved, not the one the test process has', async () => {
    const cache = tempDir();
    const env = { CLUSTER_ATLAS_RASTER_THREADS: '0', CLUSTER_ATLAS_PNG_CACHE_DIR: cache };
    const local = await runHost({ kind: 'one', path: '/cards/ja/site/default.png' }, LOCAL, env);
    const deployed = await runHost(
      { kind: 'one', path: '/cards/ja/site/default.png' },
      { site: 'https://example.org/', base: '/atlas/' },
      env,
    );
    expect(local.png && deployed.png && Buffer.from(local.png).equals(Buffer.from(deployed.png))).toBe(false);
    expect(readdirSync(cache).filter((f) => f.endsWith('.png'))).toHaveLength(2);
  }, 60_000);

  it('reports a failure on the drawing thread as an error', async () => {
    const env = { CLUSTER_ATLAS_PNG_CACHE_DIR: tempDir(), CLUSTER_ATLAS_RASTER_THREADS: 'many' };
    await expect(runHost({ kind: 'one', path: '/cards/en/site/default.png' }, LOCAL, env)).rejects.toThrow(
      /CLUSTER_ATLAS_RASTER_THREADS must be a whole number/,
    );
  }, 60_000);
});
