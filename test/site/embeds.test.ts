// The embeds in Chromium, as another site uses them: a host page on a different origin pastes
// the embed codes the build published (oEmbed html) for a chart and for the map. The loader
// fits each iframe to its content at any width and ignores anyone else's messages; the map
// keeps its tooltips inside the frame and opens project pages in the host's window; the
// theme follows ?theme= or the reader's setting; every figure has its embed page and oEmbed.
// SITE_DIST points it at another build (default dist).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AxeResults } from 'axe-core';
import { csvParse } from 'd3-dsv';
import type { BrowserContextOptions, ElementHandle, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBED_LOADER_PATH, FIGURE_IDS, MAP_FIGURE_ID, figurePaths } from '../../src/figures/figure-registry.ts';
import { LANGS } from '../../src/core/locales.ts';
import { dist, reusedPages, useBuiltSite, watchPages } from './browser.ts';

const site = useBuiltSite();
const projects = csvParse(readFileSync('data/cluster-projects.csv', 'utf8'));
const sample = projects.find((row) => row.id === 'kanto-regional-revitalization') ?? projects[0]!;

/** A chart whose drawing has no style attribute (some charts' do, which the CSP blocks; see the report). */
const CHART = 'consortium-funnel';
const LANG = 'en';

interface OEmbed {
  version: string;
  type: string;
  provider_name: string;
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
}
type Lang = (typeof LANGS)[number];
const oembedFile = (lang: string, id: string) => join(dist, figurePaths(lang as Lang, id).oembed);
const readOEmbed = (lang: string, id: string) => JSON.parse(readFileSync(oembedFile(lang, id), 'utf8')) as OEmbed;

/** The embed code as published, pointed at the test server instead of the build's SITE_URL. */
function publishedCode(lang: string, id: string): { html: string; height: number } {
  const { html, height } = readOEmbed(lang, id);
  const src = /<iframe[^>]*\ssrc="([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error(`no iframe in the oEmbed html of ${lang}/${id}`);
  return { html: html.replaceAll(new URL(src).origin, site.server.origin), height };
}

// --- the host site: another origin (another port) ---
let host: Server;
let hostOrigin = '';
const hostPages = new Map<string, string>();
const article = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host article</title>` +
  `<link rel="icon" href="data:,"><style>body{margin:0;font-family:serif}iframe{border:0}</style></head><body><article><h1>News</h1><p>Text before.</p>${body}<p>Text after.</p></article></body></html>`;

beforeAll(async () => {
  if (!existsSync(oembedFile(LANG, CHART))) return; // the tests below say to build first
  const chart = publishedCode(LANG, CHART).html;
  const map = publishedCode(LANG, MAP_FIGURE_ID).html;
  // Both codes carry the loader, so it is included twice, as on a real page with two embeds.
  hostPages.set(
    '/article.html',
    article(`${chart}<p>Between.</p>${map}<iframe src="/intruder.html" title="Another widget" width="300" height="50"></iframe>`),
  );
  hostPages.set('/plain.html', article(`${chart.replace(/<script[^>]*><\/script>/g, '')}${map.replace(/<script[^>]*><\/script>/g, '')}`));
  // A frame of the host's own origin that tries to resize everything through the loader.
  hostPages.set(
    '/intruder.html',
    `<!doctype html><title>Widget</title><script>setInterval(()=>{for(const id of ${JSON.stringify([CHART, MAP_FIGURE_ID])})parent.postMessage({type:'cluster-atlas:resize',id,height:3},'*')},50)</script>`,
  );
  host = createServer((req, res) => {
    const body = hostPages.get(new URL(req.url ?? '/', 'http://host').pathname);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'Not found');
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

afterAll(async () => {
  host?.closeAllConnections();
  await new Promise((done) => (host ? host.close(done) : done(undefined)));
});

// --- browser pages; console errors anywhere (page or frames) fail the test ---
const { contexts, errors } = watchPages();

/** A new page; `watch: false` leaves console errors to the other tests (see the 280px test). */
async function open(url: string, options: BrowserContextOptions = {}, watch = true): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 1000, height: 800 }, ...options });
  contexts.push(context);
  const page = await context.newPage();
  if (watch) {
    page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()} (${m.location().url})`));
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  }
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  return page;
}

const embedSelector = (lang: string, id: string) => `iframe[src^="${site.server.origin}${figurePaths(lang as Lang, id).embed}"]`;

/** The iframe of a figure on the host page, scrolled into view (it loads lazily) and loaded. */
async function embedded(page: Page, id: string): Promise<{ iframe: ElementHandle<HTMLIFrameElement>; frame: Frame }> {
  const iframe = (await page.waitForSelector(embedSelector(LANG, id), { state: 'attached' })) as ElementHandle<HTMLIFrameElement>;
  await iframe.scrollIntoViewIfNeeded();
  let frame: Frame | null = null;
  await expect.poll(async () => (frame = await iframe.contentFrame()) !== null && frame.url().startsWith(site.server.origin)).toBe(true);
  await frame!.waitForLoadState('load');
  return { iframe, frame: frame! };
}

/** The iframe's height on the host page, and the height of the document inside it. */
async function heights(iframe: ElementHandle<HTMLIFrameElement>, frame: Frame) {
  const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    content: document.documentElement.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
  }));
  return { outer, ...inner };
}

/** Waits until the iframe is as tall as its content (within rounding) and says how tall. */
async function fitted(iframe: ElementHandle<HTMLIFrameElement>, frame: Frame): Promise<number> {
  await expect
    .poll(
      async () => {
        const h = await heights(iframe, frame);
        return Math.abs(h.outer - h.content) <= 2 && Math.abs(h.outer - h.scroll) <= 2;
      },
      { timeout: 5000 },
    )
    .toBe(true);
  return (await heights(iframe, frame)).outer;
}

it('is built: the loader, and an oEmbed for the figures used here', () => {
  for (const path of [EMBED_LOADER_PATH, figurePaths(LANG, CHART).oembed, figurePaths(LANG, MAP_FIGURE_ID).oembed]) {
    expect(existsSync(join(dist, path)), `${dist}${path}: run npm run build`).toBe(true);
  }
});

describe('on a host page of another origin, with the loader', () => {
  it.each([1000, 360])('fits each iframe to its document at %ipx', async (width) => {
    const page = await open(`${hostOrigin}/article.html`, { viewport: { width, height: 800 } });
    for (const id of [CHART, MAP_FIGURE_ID]) {
      const { iframe, frame } = await embedded(page, id);
      const height = await fitted(iframe, frame);
      // The loader set it: the published default height was for another width.
      expect(height, id).not.toBe(publishedCode(LANG, id).height);
    }
  });

  it('refits when the host page changes width', async () => {
    const page = await open(`${hostOrigin}/article.html`, { viewport: { width: 1000, height: 800 } });
    const wide = new Map<string, number>();
    for (const id of [CHART, MAP_FIGURE_ID]) {
      const { iframe, frame } = await embedded(page, id);
      wide.set(id, await fitted(iframe, frame));
    }
    await page.setViewportSize({ width: 360, height: 800 });
    for (const id of [CHART, MAP_FIGURE_ID]) {
      const { iframe, frame } = await embedded(page, id);
      // Narrower: text wraps and the map stacks its legends, so the document grows.
      await expect.poll(async () => (await heights(iframe, frame)).outer, { timeout: 5000 }).toBeGreaterThan(wide.get(id)! + 50);
      await fitted(iframe, frame);
    }
  });

  it('ignores resize messages from other origins, and runs once when included twice', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1000, height: 800 } });
    contexts.push(context);
    // Count the loader's message listeners on the host window (not inside the frames).
    await context.addInitScript(() => {
      if (window !== window.top) return;
      const counted = window.addEventListener.bind(window);
      (window as unknown as { messageListeners: number }).messageListeners = 0;
      window.addEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject, AddEventListenerOptions?]) => {
        if (type === 'message') (window as unknown as { messageListeners: number }).messageListeners++;
        return counted(type, ...rest);
      }) as typeof window.addEventListener;
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    await page.goto(`${hostOrigin}/article.html`);
    expect(await page.locator('script[src$="/embed.js"]').count()).toBe(2);
    const { iframe, frame } = await embedded(page, MAP_FIGURE_ID);
    const height = await fitted(iframe, frame);
    // The host page itself, and its own widget (posting every 50 ms), claim a height of 3 px.
    await page.evaluate((id) => window.postMessage({ type: 'cluster-atlas:resize', id, height: 3 }, '*'), MAP_FIGURE_ID);
    await page.waitForTimeout(400);
    expect((await heights(iframe, frame)).outer).toBe(height);
    expect(await page.locator('iframe[src="/intruder.html"]').evaluate((el) => el.getBoundingClientRect().height)).toBe(50);
    expect(await page.evaluate(() => (window as unknown as { messageListeners: number }).messageListeners)).toBe(1);
  });

  it('shows the map’s tooltip inside the frame on focus and on hover', async () => {
    const page = await open(`${hostOrigin}/article.html`);
    const { frame } = await embedded(page, MAP_FIGURE_ID);
    await frame.waitForSelector('[data-map][data-map-ready]', { state: 'attached' });
    const symbol = frame.locator(`a.symbol[data-project="${sample.id}"]`);
    const tooltip = frame.locator('[data-map] .map-tooltip');
    await symbol.focus();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.locator('.map-tooltip-title').textContent()).toBe(sample.name_en);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await frame.locator(`a.symbol[data-project="${projects.at(-1)!.id}"]`).hover();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.locator('.map-tooltip-title').textContent()).toBe(projects.at(-1)!.name_en);
  });

  it('opens the map’s links in the host’s window: a project page replaces the article', async () => {
    const page = await open(`${hostOrigin}/article.html`);
    const { frame } = await embedded(page, MAP_FIGURE_ID);
    // Links within the embed's own page (the † of a computed figure to its note) stay in the frame.
    const targets = await frame.$$eval('a.symbol, a.bureau-area, .map-notes a:not([href^="#"]), .embed-footer a', (links) =>
      links.map((a) => a.getAttribute('target')),
    );
    expect(targets.length).toBeGreaterThan(projects.length * 2);
    expect(new Set(targets)).toEqual(new Set(['_top']));
    await frame.waitForSelector('[data-map][data-map-ready]', { state: 'attached' });
    await Promise.all([
      page.waitForURL(`${site.server.origin}/${LANG}/projects/${sample.id}/`),
      frame.click(`a.symbol[data-project="${sample.id}"]`),
    ]);
  });
});

describe('without the loader', () => {
  it('a plain iframe keeps the published height, close to its content at the reference width', async () => {
    const { width } = readOEmbed(LANG, CHART);
    const page = await open(`${hostOrigin}/plain.html`, { viewport: { width, height: 800 } });
    for (const id of [CHART, MAP_FIGURE_ID]) {
      const { iframe, frame } = await embedded(page, id);
      const { height } = publishedCode(LANG, id);
      await page.waitForTimeout(200);
      const h = await heights(iframe, frame);
      expect(h.outer, id).toBe(height);
      // Room for all of it, and not much more: at most a tenth of blank space, at least no clipping.
      expect(h.content, id).toBeLessThanOrEqual(height);
      expect(h.content, id).toBeGreaterThan(height * 0.9);
    }
  });
});

/**
 * What an embed page shows at one width, its scripts run: read in one load and kept for every test
 * below that looks at that language, figure and width (several look at the same ones; a load is
 * the costly part). Each load is a fresh document at that viewport, as a reader's frame would show.
 */
interface EmbedAtWidth {
  /** The page's height, the drawing shown (height, width on screen, width drawn for), the column's width. */
  height: number;
  drawing: number;
  shownWidth: number;
  drawnWidth: number;
  column: number;
  /** How far the page scrolls sideways (0 or less: not at all). */
  overflow: number;
  /** A chart's labels as shown (the most common size among its texts, times the drawing's scale),
   *  and the sizes of the words around it; null for the map. */
  type: { label: number; words: number[] } | null;
  /** The footer and caption facts. */
  footer: {
    date: string;
    dateText: string;
    licence: { href: string; text: string | null }[];
    sourceLink: string[];
    folded: number;
  };
}
const embedLoads = new Map<string, Promise<EmbedAtWidth>>();
/** One page per viewport, navigated from embed to embed (a fresh document each time, see
 *  reusedPages); its console errors are left to the other tests, as the comment above says. */
const embedPage = reusedPages(site, { contexts: [], errors: [] });
/** The reads one after another, so that no two navigate the same page at once. */
let reading: Promise<unknown> = Promise.resolve();
function embedAt(lang: string, id: string, width: number, height = 700): Promise<EmbedAtWidth> {
  const key = `${lang}/${id}@${width}x${height}`;
  let load = embedLoads.get(key);
  if (!load) {
    load = reading.then(() => readEmbed(lang, id, width, height));
    reading = load.catch(() => undefined);
    // A failed load fails every test that asks for it, not only the first.
    embedLoads.set(key, load);
  }
  return load;
}
async function readEmbed(lang: string, id: string, width: number, height: number): Promise<EmbedAtWidth> {
  const page = await embedPage(figurePaths(lang as Lang, id).embed, { viewport: { width, height } });
  // The map's and the share panel's scripts wait for the first paint (NationalMap.astro,
  // SharePanel.astro), after the load: measured before they run, the map's key and controls were
  // not yet folded on a phone.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll<HTMLElement>('[data-map]')].every((m) => m.dataset.mapReady !== undefined) &&
      [...document.querySelectorAll<HTMLElement>('[data-share-panel]')].every((p) => p.dataset.shareReady !== undefined),
  );
  const facts = await page.evaluate(() => {
    const shown = [...document.querySelectorAll<SVGSVGElement>('.chart-frame .chart-svg, svg.map')].find(
      (svg) => svg.getClientRects().length > 0,
    );
    const box = shown?.getBoundingClientRect();
    const chart = [...document.querySelectorAll<SVGSVGElement>('.chart-frame .chart-svg')].find((svg) => svg.getClientRects().length > 0);
    let type: { label: number; words: number[] } | null = null;
    if (chart) {
      const scale = chart.getBoundingClientRect().width / Number(chart.getAttribute('width'));
      // The size its labels are set in as shown: the most common size among its texts.
      const counts = new Map<number, number>();
      for (const text of chart.querySelectorAll('text')) {
        const size = Number.parseFloat(getComputedStyle(text).fontSize);
        counts.set(size, (counts.get(size) ?? 0) + 1);
      }
      const label = [...counts].sort((a, b) => b[1] - a[1])[0]![0] * scale;
      const words = [...document.querySelectorAll('.source-line, .chart-notes li, .computed-note, .embed-footer > p')].map((el) =>
        Number.parseFloat(getComputedStyle(el).fontSize),
      );
      type = { label, words };
    }
    return {
      height: document.documentElement.getBoundingClientRect().height,
      drawing: box?.height ?? 0,
      shownWidth: box?.width ?? 0,
      drawnWidth: Number(shown?.getAttribute('width') ?? shown?.viewBox.baseVal.width ?? 0),
      column: document.querySelector('.embed-main')!.getBoundingClientRect().width,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      type,
      footer: {
        date: document.querySelector('.embed-footer time')?.getAttribute('datetime') ?? '',
        dateText: document.querySelector('.embed-footer time')?.textContent ?? '',
        licence: [...document.querySelectorAll<HTMLAnchorElement>('.embed-footer a[rel="license"]')].map((a) => ({
          href: a.href,
          text: a.textContent,
        })),
        sourceLink: [...document.querySelectorAll<HTMLAnchorElement>('figcaption .source-line a')].map((a) => new URL(a.href).pathname),
        folded: [...document.querySelectorAll('details')].filter((d) => d.querySelector('table') && !d.open).length,
      },
    };
  });
  return facts;
}

describe('the embed page', () => {
  const url = (lang: string, id: string, query = '') => `${site.server.origin}${figurePaths(lang as Lang, id).embed}${query}`;
  const background = (page: Page, selector = 'html') =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);

  it('has the figure alone: no site navigation, not indexed, canonical and a link back to its page', async () => {
    for (const id of [CHART, MAP_FIGURE_ID]) {
      const page = await open(url(LANG, id));
      const facts = await page.evaluate(() => ({
        chrome: document.querySelectorAll('nav, .site-header, .site-footer, .skip-link, .lang-switch').length,
        robots: document.querySelector('meta[name="robots"]')?.getAttribute('content'),
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
        back: [...document.querySelectorAll<HTMLAnchorElement>('.embed-footer a')].map((a) => ({
          href: a.getAttribute('href') ?? '',
          target: a.target,
        })),
        credit: document.querySelector('.embed-credit')?.textContent ?? '',
        source: document.querySelector('.source-line')?.textContent ?? '',
        share: document.querySelector('.embed-footer [data-share-context="embed"]') !== null,
        // The headline's words, without the † that marks a computed figure in it.
        h1: (() => {
          const h1 = document.querySelector('h1')?.cloneNode(true) as HTMLElement | undefined;
          for (const m of h1?.querySelectorAll('.computed-mark') ?? []) m.remove();
          return h1?.textContent ?? '';
        })(),
      }));
      const page_ = figurePaths(LANG, id).page;
      expect(facts.chrome, id).toBe(0);
      expect(facts.robots, id).toBe('noindex');
      expect(new URL(facts.canonical).pathname, id).toBe(page_);
      expect(
        facts.back.some((a) => new URL(a.href).pathname === page_ && a.target === '_top'),
        id,
      ).toBe(true);
      expect(facts.credit, id).toContain('Cluster Atlas');
      expect(facts.credit, id).toContain('産業クラスター・アトラス');
      expect(facts.source, id).not.toBe('');
      expect(facts.share, id).toBe(true);
      expect(facts.h1, id).toBe(readOEmbed(LANG, id).title);
    }
  });

  describe('theme', () => {
    // The site's own page colours in each scheme are the reference; no colour is typed here.
    const reference = { light: '', dark: '' };
    beforeAll(async () => {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await open(`${site.server.origin}/${LANG}/map/`, { colorScheme: scheme });
        reference[scheme] = await background(page);
      }
      await Promise.all(contexts.splice(0).map((context) => context.close()));
    });

    it('the site has two different backgrounds to compare with', () => {
      expect(reference.light).not.toBe('');
      expect(reference.dark).not.toBe(reference.light);
    });

    it.each([
      ['?theme=dark', 'light', true, 'dark'],
      ['?theme=light', 'dark', true, 'light'],
      ['?theme=auto', 'dark', true, 'dark'],
      ['', 'light', true, 'light'],
      ['', 'dark', true, 'dark'],
      ['', 'dark', false, 'dark'],
      // The query is read by the script: without it the reader's setting wins.
      ['?theme=dark', 'light', false, 'light'],
    ] as const)('%j in a %s browser (JavaScript %s) is %s', async (query, colorScheme, javaScriptEnabled, expected) => {
      const page = await open(url(LANG, CHART, query), { colorScheme, javaScriptEnabled });
      expect(await background(page)).toBe(reference[expected]);
      expect(await page.evaluate(() => document.documentElement.dataset.theme ?? null)).toBe(
        javaScriptEnabled && query.includes('=dark') ? 'dark' : javaScriptEnabled && query.includes('=light') ? 'light' : null,
      );
    });

    it('draws the chart for the dark page in a forced dark theme, as the site does in dark mode', async () => {
      // The chart's own background and the colour its labels and marks are drawn in.
      const drawing = (page: Page) =>
        page
          .locator('.chart-svg')
          .first()
          .evaluate((svg) => ({
            background: getComputedStyle(svg).backgroundColor,
            paints: [...svg.querySelectorAll('g[fill], [stroke], rect')].map(
              (el) => `${getComputedStyle(el).fill} ${getComputedStyle(el).stroke}`,
            ),
          }));
      const onSite = await drawing(await open(`${site.server.origin}/${LANG}/charts/${CHART}/`, { colorScheme: 'dark' }));
      const embed = await drawing(await open(url(LANG, CHART, '?theme=dark'), { colorScheme: 'light' }));
      const light = await drawing(await open(url(LANG, CHART), { colorScheme: 'light' }));
      expect(embed).toEqual(onSite);
      expect(embed.paints).not.toEqual(light.paints);
      expect(embed.background).toBe('rgba(0, 0, 0, 0)');
    });
  });

  // Layout only. Console errors are not watched here: the drawings of several charts carry a
  // style attribute (Plot's `style` option) that the CSP blocks, logged on every page showing
  // them, the site's chart pages included; that is reported to the charts' owner, and the
  // tests above use a chart without one.
  // pages.test.ts checks every embed page in the light theme; here the forced dark one.
  it.each([CHART, MAP_FIGURE_ID])('%s has no WCAG 2.2 AA violations (axe-core) in the forced dark theme', async (id) => {
    // bypassCSP: the page's policy must not stop us injecting axe.
    const page = await open(url(LANG, id, '?theme=dark'), { colorScheme: 'light', bypassCSP: true });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });

  it.each(FIGURE_IDS)('%s fits a 280px frame without sideways scrolling', async (id) => {
    for (const lang of LANGS) {
      const { overflow } = await embedAt(lang, id, 280, 600);
      expect(overflow, `${lang}/${id}`).toBeLessThanOrEqual(0);
    }
  });
});

describe('every figure in every language', () => {
  it('has the loader at its stable address, a classic script under two kilobytes gzipped', async () => {
    const response = await fetch(site.server.origin + EMBED_LOADER_PATH);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    const code = await response.text();
    expect(gzipSync(code).length).toBeLessThan(2048);
  });

  it.each(LANGS.flatMap((lang) => FIGURE_IDS.map((id) => [lang, id] as const)))(
    '%s/%s: an embed page and an oEmbed whose html embeds it',
    async (lang, id) => {
      const paths = figurePaths(lang, id);
      const embed = await fetch(site.server.origin + paths.embed);
      expect(embed.status, paths.embed).toBe(200);
      const html = await embed.text();
      // The headline without the † (and its link) that marks a computed figure in it.
      const h1 = /<h1[^>]*>(.*?)<\/h1>/s
        .exec(html)?.[1]
        ?.replace(/<sup class="computed-mark">.*?<\/sup>/s, '')
        .replace(/<[^>]+>/g, '');

      const response = await fetch(site.server.origin + paths.oembed);
      expect(response.status, paths.oembed).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const oembed = (await response.json()) as OEmbed;
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
      expect(oembed.provider_name).toBeTruthy();
      expect(new URL(oembed.provider_url).pathname).toBe(`/${lang}/`);
      expect(oembed.width).toBeGreaterThan(0);
      expect(oembed.height).toBeGreaterThan(0);
      const src = /<iframe[^>]*\ssrc="([^"]+)"/.exec(oembed.html)?.[1] ?? '';
      expect(new URL(src).pathname).toBe(paths.embed);
      expect(oembed.html).toContain(`height="${oembed.height}"`);
      expect(new URL(/<script[^>]*\ssrc="([^"]+)"/.exec(oembed.html)?.[1] ?? '', src).pathname).toBe(EMBED_LOADER_PATH);
      // The title is the figure's own, as its embed page states it (entities aside).
      expect(h1?.replaceAll('&amp;', '&')).toBe(oembed.title);

      // The figure's page announces this oEmbed.
      const pageHtml = await (await fetch(site.server.origin + paths.page)).text();
      const discovery = /<link[^>]*type="application\/json\+oembed"[^>]*>/.exec(pageHtml)?.[0] ?? '';
      expect(new URL(/href="([^"]+)"/.exec(discovery)?.[1] ?? '', site.server.origin).pathname).toBe(paths.oembed);
    },
  );
});

// --- in an article column (issue 15): the page alone at the column's width, as the iframe shows it ---
describe('in an article column', () => {
  const url = (lang: string, id: string) => `${site.server.origin}${figurePaths(lang as Lang, id).embed}`;
  /** The tallest an embed may be in a column this wide: the map, the seventeen rows of network-size, any other chart. */
  const budget = (id: string, width: number): number | undefined =>
    width === 600 ? (id === MAP_FIGURE_ID ? 800 : id === 'network-size' ? 900 : 650) : id === MAP_FIGURE_ID ? 900 : undefined;
  /**
   * A chart whose drawing alone leaves its words no room within the budget (companies-by-bureau's
   * two stacked panels, network-size's seventeen labelled rows) is held instead to what the embed
   * adds around the drawing: title, subtitle, the folded table and notes, source, credit, share.
   */
  const AROUND = 340;

  it.each(LANGS.flatMap((lang) => [360, 600].map((width) => [lang, width] as const)))(
    '%s at %ipx: every embed within its height',
    async (lang, width) => {
      const over: string[] = [];
      for (const id of FIGURE_IDS) {
        const limit = budget(id, width);
        if (limit === undefined) continue;
        const m = await embedAt(lang, id, width);
        const allowed = id === MAP_FIGURE_ID ? limit : Math.max(limit, m.drawing + AROUND);
        if (m.height > allowed) over.push(`${id}: ${Math.round(m.height)} > ${Math.round(allowed)} (drawing ${Math.round(m.drawing)})`);
      }
      expect(over).toEqual([]);
    },
  );

  it.each(LANGS.flatMap((lang) => [360, 600, 700].map((width) => [lang, width] as const)))(
    '%s at %ipx: each chart fills the column, its labels never shrunk below their drawn size',
    async (lang, width) => {
      for (const id of FIGURE_IDS.filter((f) => f !== MAP_FIGURE_ID)) {
        const m = await embedAt(lang, id, width);
        // No blank third: the drawing takes the column's width (within rounding).
        expect(m.shownWidth, `${lang}/${id}`).toBeGreaterThan(m.column - 2);
        // Drawn for this width or a narrower one, then grown: never a wider drawing squeezed.
        expect(m.shownWidth, `${lang}/${id}`).toBeGreaterThanOrEqual(m.drawnWidth - 1);
        // Grown by at most the step to the next width drawn (labels 12px to about 15px).
        expect(m.shownWidth / m.drawnWidth, `${lang}/${id}`).toBeLessThanOrEqual(1.3);
      }
    },
  );

  it.each([320, 360, 600, 700])('has no sideways scrolling at %ipx, in both languages', async (width) => {
    for (const lang of LANGS) {
      for (const id of FIGURE_IDS) {
        const { overflow } = await embedAt(lang, id, width);
        expect(overflow, `${lang}/${id}`).toBeLessThanOrEqual(0);
      }
    }
  });

  it('sets the words around a chart no larger than its labels as shown', async () => {
    for (const lang of LANGS) {
      for (const id of FIGURE_IDS.filter((f) => f !== MAP_FIGURE_ID)) {
        const { type } = await embedAt(lang, id, 600);
        expect(type, `${lang}/${id}: a chart drawing is shown`).not.toBeNull();
        expect(type!.words.length, `${lang}/${id}`).toBeGreaterThan(0);
        for (const size of type!.words) expect(size, `${lang}/${id}`).toBeLessThanOrEqual(type!.label + 0.01);
      }
    }
  });

  it.each(LANGS)('%s: closes with the credit, the data’s date, the licence; table and notes folded', async (lang) => {
    for (const id of [CHART, MAP_FIGURE_ID]) {
      const { footer: facts } = await embedAt(lang, id, 600);
      expect(facts.date, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // The reader's form of the day: in Japanese with 年月日, in English the month named.
      const [y, m, d] = facts.date.split('-').map(Number) as [number, number, number];
      expect(facts.dateText, id).toBe(
        lang === 'ja'
          ? `${y}年${m}月${d}日`
          : `${d} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${y}`,
      );
      expect(facts.licence, id).toEqual([{ href: 'https://creativecommons.org/licenses/by/4.0/', text: 'CC BY 4.0' }]);
      expect(
        facts.sourceLink.some((path) => path.startsWith(`/${lang}/source/`)),
        id,
      ).toBe(true);
      expect(facts.folded, id).toBe(1);
    }
  });

  it('dates the map by the last change to the data it draws', async () => {
    const { execFileSync } = await import('node:child_process');
    const days = ['data/cluster-projects.csv', 'data/bureaus.csv'].map((file) =>
      execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8' }).trim(),
    );
    const page = await open(url(LANG, MAP_FIGURE_ID), {}, false);
    expect(await page.locator('.embed-updated time').getAttribute('datetime')).toBe(days.sort().at(-1));
  });

  it('filters the map from its one-line menu, and folds the menu and the key on a phone', async () => {
    const page = await open(url(LANG, MAP_FIGURE_ID), { viewport: { width: 600, height: 700 } });
    await page.waitForSelector('[data-map][data-map-ready]', { state: 'attached' });
    const menu = page.locator('select[data-field-menu]');
    expect(await menu.isVisible()).toBe(true);
    const field = await menu.locator('option').nth(1).getAttribute('value');
    await menu.selectOption(field!);
    const dimmed = await page.$$eval(
      'a.symbol',
      (symbols, f) =>
        symbols.map((s) => [s.classList.contains('is-dimmed'), (s.getAttribute('data-fields') ?? '').split(/\s+/).includes(f)]),
      field!,
    );
    expect(dimmed.length).toBe(projects.length);
    for (const [isDimmed, inField] of dimmed) expect(isDimmed).toBe(!inField);
    expect(await page.locator(`button[data-field="${field}"]`).getAttribute('aria-pressed')).toBe('true');
    // One row: the menu and the measure's buttons side by side.
    const tops = await page.$$eval('select[data-field-menu], button[data-measure]', (els) =>
      els.map((el) => Math.round(el.getBoundingClientRect().top)),
    );
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(8);

    const phone = await open(url(LANG, MAP_FIGURE_ID), { viewport: { width: 360, height: 700 } });
    await phone.waitForSelector('[data-map][data-map-ready]', { state: 'attached' });
    expect(await phone.$$eval('details.controls-fold, details.map-key', (ds) => ds.map((d) => (d as HTMLDetailsElement).open))).toEqual([
      false,
      false,
    ]);
    // Without JavaScript nothing is folded away but the table and notes.
    const still = await open(url(LANG, MAP_FIGURE_ID), { viewport: { width: 360, height: 700 }, javaScriptEnabled: false });
    expect(await still.locator('details.map-key').getAttribute('open')).not.toBeNull();
  });
});
