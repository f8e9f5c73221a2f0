// The home page (/ja/, /en/) and the projects index (/ja/projects/, /en/projects/) in Chromium:
// the home page's first screen shows the map on a desktop and the ways on on a phone, its map
// links every project, and its key figures are the data's printed figures; the projects index
// lists every project with and without JavaScript and sorts by each sortable column. Expected
// figures and orders come from data/*.csv, read here apart from the build.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FRONT_FIGURES } from '../../src/site/front-figures.ts';
import { reusedPages, useBuiltSite, watchPages } from './browser.ts';

const site = useBuiltSite();
const watch = watchPages();
const projects = csvParse(readFileSync('data/cluster-projects.csv', 'utf8'));
const bureaus = csvParse(readFileSync('data/bureaus.csv', 'utf8'));
const outcomes = csvParse(readFileSync('data/phase1-outcomes.csv', 'utf8'));
/** The number of a figure as printed or shown: 約１０，７００社 and “about 10,700” → "10700", ２４．３％ → "24.3". */
const number = (text: string) => text.normalize('NFKC').replace(/[^0-9.]/g, '');
const countOf = (printed: string) => Number(number(printed));

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

// One page per set of options, navigated from page to page (reusedPages): a fresh document for half the CPU.
const visit = reusedPages(site, watch);
const open = (path: string, options: BrowserContextOptions = {}): Promise<Page> => visit(path, options);

/** How much of an element lies inside the first viewport (no scrolling), in CSS px. */
const visibleIn = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      const w = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0));
      const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
      return { width: w, height: h };
    });

describe.each(['ja', 'en'] as const)('/%s/ (home)', (lang) => {
  const path = `/${lang}/`;

  it('shows the national map in the first screen at 1280×800, and no sideways scroll', async () => {
    const page = await open(path, { viewport: DESKTOP });
    const map = await visibleIn(page, 'main svg.map');
    expect(map.width).toBeGreaterThan(400);
    expect(map.height).toBeGreaterThan(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(DESKTOP.width);
  });

  it('offers the map, charts, briefings and data in the first screen of a phone (390×844)', async () => {
    const page = await open(path, { viewport: PHONE, isMobile: true, hasTouch: true });
    for (const section of ['map', 'charts', 'briefings', 'data']) {
      const inView = await page.locator(`main a[href$="/${lang}/${section}/"]`).evaluateAll((links) =>
        links.some((a) => {
          const r = a.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
        }),
      );
      expect(inView, `a link to /${lang}/${section}/ in the first screen`).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  it('links every project from the map, and the table of all projects', async () => {
    const page = await open(path, { viewport: DESKTOP });
    const hrefs = await page.locator('main svg.map a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const p of projects) expect(hrefs, p.id).toContain(`/${lang}/projects/${p.id}/`);
    expect(await page.locator(`main a[href$="/${lang}/projects/"]`).count()).toBeGreaterThan(0);
    // The full table lives on the projects index now.
    expect(await page.locator('main table').count()).toBe(0);
  });

  it('shows the key figures as the data prints them, each with its page of the source', async () => {
    const page = await open(path, { viewport: DESKTOP });
    const shown = await page.locator('.key-figures li').evaluateAll((items) =>
      items.map((li) => ({
        key: li.getAttribute('data-key') ?? '',
        value: li.querySelector('.key-value')?.textContent ?? '',
        number: li.querySelector('.key-number')?.textContent ?? '',
        computed: li.querySelector('.computed-mark a')?.getAttribute('href') ?? null,
        source: li.querySelector('a.key-page')?.getAttribute('href') ?? null,
      })),
    );
    expect(shown.map((s) => s.key)).toEqual([...FRONT_FIGURES]);
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(shown.length).toBeLessThanOrEqual(5);
    for (const s of shown) {
      if (s.key === 'derived.project-count') {
        // A count of the projects the source lists: unmarked, as every count on the site, and linked to the page it counts.
        expect(number(s.number)).toBe(String(projects.length));
        expect(s.computed).toBeNull();
        expect(s.source).toBe(`/${lang}/source/${projects[0]!.page}/`);
        continue;
      }
      const [table, id] = s.key.split('.');
      expect(table).toBe('phase1-outcomes');
      const row = outcomes.find((r) => r.id === id);
      expect(row, s.key).toBeDefined();
      expect(number(s.number), s.key).toBe(number(row!.printed!));
      // “約” / “about” is shown when, and only when, it is printed.
      expect(/約|about/.test(s.value), s.key).toBe(row!.printed!.startsWith('約'));
      expect(s.computed, s.key).toBeNull();
      expect(s.source, s.key).toBe(`/${lang}/source/${row!.page}/#${s.key.replaceAll('.', '__')}`);
    }
    // Every † and skip link lands on the page.
    const missing = await page
      .locator('main a[href^="#"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!).filter((href) => !document.getElementById(href.slice(1))));
    expect(missing).toEqual([]);
  });
});

describe.each(['ja', 'en'] as const)('/%s/projects/', (lang) => {
  const path = `/${lang}/projects/`;
  const rowIds = (page: Page) =>
    page
      .locator('main table tbody tr th[scope="row"] a')
      .evaluateAll((links) => links.map((a) => /\/projects\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1] ?? ''));
  const sourceOrder = projects.map((p) => p.id!);
  const bureauOrder = new Map(bureaus.map((b, i) => [b.id!, i]));
  const position = new Map(sourceOrder.map((id, i) => [id, i]));
  /** The projects sorted by a key, ties in the source's order (a stable sort of the CSV's rows). */
  const sortedBy = (key: (p: (typeof projects)[number]) => number | string, direction: 1 | -1) =>
    [...projects]
      .sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        const order =
          typeof x === 'number' && typeof y === 'number' ? x - y : new Intl.Collator(lang, { numeric: true }).compare(String(x), String(y));
        return order * direction || position.get(a.id!)! - position.get(b.id!)!;
      })
      .map((p) => p.id!);

  it('lists every project in the source’s order without JavaScript, with no sort buttons', async () => {
    const page = await open(path, { viewport: DESKTOP, javaScriptEnabled: false });
    expect(await rowIds(page)).toEqual(sourceOrder);
    expect(await page.locator('main table button').count()).toBe(0);
    expect(await page.locator('main [aria-sort]').count()).toBe(0);
    expect(await page.locator('[data-sort-hint]').isVisible()).toBe(false);
  });

  it('lists the same rows with JavaScript, before any sort', async () => {
    const page = await open(path, { viewport: DESKTOP });
    await page.waitForSelector('main table.is-sortable');
    expect(await rowIds(page)).toEqual(sourceOrder);
    expect(await page.locator('[data-sort-hint]').isVisible()).toBe(true);
  });

  const COLUMNS = [
    { index: 0, first: 1 as const, key: (p: (typeof projects)[number]) => bureauOrder.get(p.bureau!)! },
    { index: 1, first: 1 as const, key: (p: (typeof projects)[number]) => p[`name_${lang}`]! },
    { index: 3, first: -1 as const, key: (p: (typeof projects)[number]) => countOf(p.companies!) },
    { index: 4, first: -1 as const, key: (p: (typeof projects)[number]) => countOf(p.universities!) },
  ];

  it('has a sort button in each sortable column heading: bureau, project, companies, universities', async () => {
    const page = await open(path, { viewport: DESKTOP });
    await page.waitForSelector('main table.is-sortable');
    const sortable = await page
      .locator('main table thead th')
      .evaluateAll((ths) => ths.map((th, i) => (th.querySelector('button.sort-button') ? i : -1)).filter((i) => i >= 0));
    expect(sortable).toEqual(COLUMNS.map((c) => c.index));
  });

  it.each(COLUMNS)('sorts by column $index on a press, and reverses on a second', async ({ index, first, key }) => {
    const page = await open(path, { viewport: DESKTOP });
    await page.waitForSelector('main table.is-sortable');
    const heading = page.locator('main table thead th').nth(index);
    const ariaSorts = () => page.locator('main table thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('aria-sort')));
    const expectedSorts = (value: string) => [0, 1, 2, 3, 4].map((i) => (i === index ? value : null));
    const [firstWord, secondWord] = first === 1 ? ['ascending', 'descending'] : ['descending', 'ascending'];

    await heading.locator('button').click();
    expect(await rowIds(page)).toEqual(sortedBy(key, first));
    expect(await heading.getAttribute('aria-sort')).toBe(firstWord);
    expect(await ariaSorts()).toEqual(expectedSorts(firstWord!));

    await heading.locator('button').click();
    expect(await rowIds(page)).toEqual(sortedBy(key, first === 1 ? -1 : 1));
    expect(await ariaSorts()).toEqual(expectedSorts(secondWord!));
    // The nationwide totals stay last, under the projects.
    expect(await page.locator('main table tfoot tr').count()).toBe(1);
  });

  it('a sort can change the order at all: companies, most first, is not the source’s order', () => {
    expect(sortedBy(COLUMNS[2]!.key, -1)).not.toEqual(sourceOrder);
  });

  it('shows the sort buttons on a phone, where the headings of the stacked table are hidden', async () => {
    const page = await open(path, { viewport: PHONE, isMobile: true, hasTouch: true });
    await page.waitForSelector('main table.is-sortable');
    const buttons = page.locator('main table thead button.sort-button');
    expect(await buttons.count()).toBe(COLUMNS.length);
    for (let i = 0; i < COLUMNS.length; i++) expect(await buttons.nth(i).isVisible()).toBe(true);
    await buttons.nth(2).click();
    expect(await rowIds(page)).toEqual(sortedBy(COLUMNS[2]!.key, -1));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });
});
