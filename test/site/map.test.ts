// The national map (/ja/map/, /en/map/) in Chromium: tooltips, keyboard, touch, the
// field filter, the measure switch, the view in the URL, and the page without
// JavaScript. Expected figures come from data/cluster-projects.csv, read here
// independently of the build. SITE_DIST points it at another build (default dist).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectChromium, keptPages, watchPages } from './browser.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const dist = resolve(process.env.SITE_DIST ?? 'dist');
const projects = csvParse(readFileSync('data/cluster-projects.csv', 'utf8'));
const fieldsOf = (row: (typeof projects)[number]) => row.fields.split(/\s+/);
const allFields = [...new Set(projects.flatMap(fieldsOf))].sort();
/** The digits of a figure as printed, e.g. 約２，１４０社 → "2140". */
const digits = (text: string) => text.normalize('NFKC').replace(/[^0-9]/g, '');
const sample = projects.find((row) => row.id === 'kanto-regional-revitalization') ?? projects[0];

let server: StaticServer;
let browser: Browser;
// Fails each test on the console errors and uncaught exceptions of its pages.
const { errors } = watchPages();

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(['ja', 'en'] as const)('/%s/map/', (lang) => {
  const path = `/${lang}/map/`;
  const symbol = (id: string) => `a.symbol[data-project="${id}"]`;

  // One page per set of options, navigated again for each test (keptPages): a fresh document for half the CPU.
  const kept = keptPages(async (options) => {
    const page = await (await browser.newContext(options)).newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    return page;
  });
  async function open(query = '', options: BrowserContextOptions = {}): Promise<Page> {
    const page = await kept(options);
    const response = await page.goto(server.origin + path + query);
    expect(response?.status(), `${path}${query}`).toBe(200);
    if (options.javaScriptEnabled !== false) await page.waitForSelector('[data-map][data-map-ready]', { state: 'attached' });
    return page;
  }

  /** What the tooltip shows: its title and rows by key, or null when hidden. */
  const tooltip = (page: Page) =>
    page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('[data-map] .map-tooltip');
      if (!el || el.hidden) return null;
      const rows: Record<string, string> = {};
      for (const row of el.querySelectorAll<HTMLElement>('[data-key]'))
        rows[row.dataset.key ?? ''] = row.querySelector('dd')?.textContent ?? '';
      const { left, top, right, bottom } = el.getBoundingClientRect();
      return {
        id: el.id,
        role: el.getAttribute('role'),
        title: el.querySelector('.map-tooltip-title')?.textContent ?? '',
        rows,
        box: { left, top, right, bottom },
      };
    });

  const mapData = (page: Page) =>
    page.evaluate(() => JSON.parse(document.querySelector('[data-map] script.map-data')?.textContent ?? '{}')) as Promise<{
      projects: Record<string, Record<string, string>>;
      bureaus: Record<string, { name: string }>;
    }>;

  const pressed = (page: Page, attribute: 'data-field' | 'data-measure') =>
    page.$$eval(`[data-map] button[${attribute}][aria-pressed="true"]`, (buttons, a) => buttons.map((b) => b.getAttribute(a)), attribute);

  const dimmed = (page: Page) => page.$$eval('a.symbol.is-dimmed', (links) => links.map((a) => a.getAttribute('data-project')));

  /** Each symbol's size on screen and whether its computed transform is its data-transform-<measure>. */
  const sizes = (page: Page, measure: string) =>
    page.$$eval(
      'a.symbol',
      (links, m) =>
        links.map((a) => {
          const expected = new DOMMatrix(
            (a.getAttribute(`data-transform-${m}`) ?? '').replace(/translate\(\s*([-\d.e]+)[\s,]+([-\d.e]+)\s*\)/, 'translate($1px, $2px)'),
          );
          const actual = new DOMMatrix(getComputedStyle(a).transform);
          const close = (['a', 'b', 'c', 'd', 'e', 'f'] as const).every((k) => Math.abs(actual[k] - expected[k]) < 1e-3);
          return { width: a.getBoundingClientRect().width, matches: close };
        }),
      measure,
    );

  const settle = (page: Page) => page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));

  it('is built', () => {
    expect(existsSync(join(dist, lang, 'map', 'index.html')), `${dist}/${lang}/map/index.html: run npm run build`).toBe(true);
  });

  it('shows a project and exactly its figures in the tooltip on hover', async () => {
    const page = await open();
    const data = await mapData(page);
    const expected = data.projects[sample.id];
    expect(expected, `map data for ${sample.id}`).toBeDefined();
    await page.hover(symbol(sample.id));
    const shown = await tooltip(page);
    expect(shown).not.toBeNull();
    expect(shown?.role).toBe('tooltip');
    expect(await page.getAttribute(symbol(sample.id), 'aria-describedby')).toBe(shown?.id);
    expect(shown?.title).toBe(expected.name);
    for (const key of ['bureau', 'fields', 'companies', 'universities', 'share']) expect(shown?.rows[key], key).toBe(expected[key]);
    // Independently of the build's JSON: the digits printed in the source.
    expect(digits(shown?.rows.companies ?? '')).toBe(digits(sample.companies));
    expect(digits(shown?.rows.universities ?? '')).toBe(digits(sample.universities));
  });

  it('shows every project’s printed figures on focus', async () => {
    const page = await open();
    for (const row of projects) {
      await page.focus(symbol(row.id));
      const shown = await tooltip(page);
      expect(digits(shown?.rows.companies ?? ''), row.id).toBe(digits(row.companies));
      expect(digits(shown?.rows.universities ?? ''), row.id).toBe(digits(row.universities));
    }
  });

  it('keeps the tooltip while the pointer moves onto it, and hides it after leaving', async () => {
    const page = await open();
    await page.hover(symbol(sample.id));
    const box = (await tooltip(page))?.box;
    expect(box).toBeDefined();
    if (!box) return;
    await page.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2, { steps: 5 });
    await page.waitForTimeout(600);
    expect((await tooltip(page))?.title, 'tooltip while hovered').toBeTruthy();
    await page.mouse.move(1, 1);
    await expect.poll(() => tooltip(page), { timeout: 2000 }).toBeNull();
  });

  it('has the symbols in the tab order after the controls, and Enter opens the project', async () => {
    const page = await open();
    const order = await page.$$eval('a.symbol', (links) => links.map((a) => a.getAttribute('data-project')));
    expect(new Set(order)).toEqual(new Set(projects.map((row) => row.id)));
    await page.locator('[data-map] .map-controls button').last().focus();
    const visited: (string | null)[] = [];
    for (let i = 0; i < order.length; i++) {
      await page.keyboard.press('Tab');
      visited.push(await page.evaluate(() => document.activeElement?.getAttribute('data-project') ?? null));
      expect((await tooltip(page))?.title, `tooltip on ${visited.at(-1)}`).toBeTruthy();
    }
    expect(visited).toEqual(order);
    const target = order[2] ?? '';
    await page.focus(symbol(target));
    await Promise.all([page.waitForURL(`**/${lang}/projects/${target}/`), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(`/${lang}/projects/${target}/`);
  });

  it('hides the tooltip on Escape and keeps focus', async () => {
    const page = await open();
    await page.focus(symbol(sample.id));
    expect(await tooltip(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    expect(await tooltip(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-project'))).toBe(sample.id);
    expect(await page.getAttribute(symbol(sample.id), 'aria-describedby')).toBeNull();
    await page.hover(symbol(projects[0].id));
    expect(await tooltip(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    expect(await tooltip(page)).toBeNull();
  });

  it('dims the projects outside the chosen field, announces the count, and keeps it in the URL', async () => {
    const page = await open('?keep=1#top');
    expect(await page.isVisible('[data-map] .map-controls')).toBe(true);
    const buttons = await page.$$eval('[data-map] button[data-field]', (bs) => bs.map((b) => b.getAttribute('data-field')));
    expect(buttons[0]).toBe('all');
    expect(buttons.slice(1).sort()).toEqual(allFields);
    for (const field of allFields) {
      await page.click(`[data-map] button[data-field="${field}"]`);
      const inField = projects.filter((row) => fieldsOf(row).includes(field)).map((row) => row.id);
      const dim = await dimmed(page);
      expect(projects.length - dim.length, field).toBe(inField.length);
      expect(
        dim.some((id) => inField.includes(id ?? '')),
        field,
      ).toBe(false);
      expect(await pressed(page, 'data-field')).toEqual([field]);
      const status = await page.textContent('[data-map] [aria-live="polite"]');
      expect(status, 'live region').toContain(String(inField.length));
      const url = new URL(page.url());
      expect(url.searchParams.get('field')).toBe(field);
      expect(url.searchParams.get('keep')).toBe('1');
      expect(url.hash).toBe('#top');
    }
    // Dimmed symbols stay reachable by keyboard.
    expect(await page.$$eval('a.symbol.is-dimmed[tabindex="-1"]', (links) => links.length)).toBe(0);
    await page.click('[data-map] button[data-field="all"]');
    expect(await dimmed(page)).toEqual([]);
    expect(new URL(page.url()).search).toBe('?keep=1');
  });

  it('resizes the symbols with the measure switch, animated', async () => {
    const page = await open();
    expect(await pressed(page, 'data-measure')).toEqual(['companies']);
    const before = await sizes(page, 'companies');
    expect(before.every((s) => s.matches)).toBe(true);
    // The symbols' transitions, noted as each starts: read after the click, a short transition could
    // already have ended on a busy machine.
    await page.evaluate(() => {
      const seen: { property: string; duration: number }[] = [];
      (window as unknown as { transitionsSeen: typeof seen }).transitionsSeen = seen;
      document.addEventListener(
        'transitionrun',
        (event) => {
          if (!(event.target instanceof Element) || !event.target.matches('a.symbol')) return;
          for (const t of event.target.getAnimations())
            seen.push({ property: (t as CSSTransition).transitionProperty, duration: Number(t.effect?.getTiming().duration) });
        },
        true,
      );
    });
    await page.click('[data-map] button[data-measure="universities"]');
    const transitions = () =>
      page.evaluate(() => (window as unknown as { transitionsSeen: { property: string; duration: number }[] }).transitionsSeen);
    await expect
      .poll(async () => (await transitions()).filter((t) => t.property === 'transform' && t.duration >= 100).length, {
        message: 'transform transitions',
      })
      .toBeGreaterThan(0);
    await settle(page);
    const after = await sizes(page, 'universities');
    expect(
      after.every((s) => s.matches),
      'transforms are data-transform-universities',
    ).toBe(true);
    const changed = after.filter((s, i) => Math.abs(s.width - before[i].width) > 0.5).length;
    expect(changed, 'symbols whose size changed').toBeGreaterThan(projects.length / 2);
    expect(await pressed(page, 'data-measure')).toEqual(['universities']);
    expect(new URL(page.url()).searchParams.get('measure')).toBe('universities');
    // Legends are HTML and SVG elements, so ask what is rendered rather than the HTML `hidden` property.
    // The SVG keys come in a wide and a narrow variant, one shown by the map's width: the other measure's are hidden, and one of this one's shows.
    const legends = await page.$$eval('[data-size-legend]', (els) =>
      els.map((el) => ({
        measure: el.getAttribute('data-size-legend'),
        hidden: el.hasAttribute('hidden'),
        shown: getComputedStyle(el).display !== 'none',
      })),
    );
    expect(legends.length).toBeGreaterThanOrEqual(2);
    for (const { measure, hidden, shown } of legends) {
      expect(hidden, `size legend ${measure}`).toBe(measure !== 'universities');
      if (measure !== 'universities') expect(shown, `size legend ${measure} shown`).toBe(false);
    }
    expect(legends.filter((l) => l.measure === 'universities' && l.shown).length, 'universities legends shown').toBeGreaterThanOrEqual(2);
    // The labels placed for the new sizes replace the others.
    const labelGroups = await page.$$eval('[data-labels-measure]', (els) =>
      els.map((el) => ({ measure: el.getAttribute('data-labels-measure'), shown: getComputedStyle(el).display !== 'none' })),
    );
    expect(labelGroups.filter((g) => g.shown).map((g) => g.measure)).toEqual(['universities']);
  });

  it('switches sizes without animation when reduced motion is preferred', async () => {
    const page = await open('', { reducedMotion: 'reduce' });
    await page.click('[data-map] button[data-measure="universities"]');
    const durations = await page.$$eval('a.symbol', (links) =>
      links.flatMap((a) => a.getAnimations().map((t) => Number(t.effect?.getTiming().duration))),
    );
    expect(durations.filter((d) => d >= 1)).toEqual([]);
  });

  it('restores ?field=bio&measure=universities', async () => {
    const plain = await sizes(await open(), 'companies');
    const page = await open('?field=bio&measure=universities');
    expect(await pressed(page, 'data-field')).toEqual(['bio']);
    expect(await pressed(page, 'data-measure')).toEqual(['universities']);
    const bio = projects.filter((row) => fieldsOf(row).includes('bio')).length;
    expect((await dimmed(page)).length).toBe(projects.length - bio);
    const restored = await sizes(page, 'universities');
    expect(restored.every((s) => s.matches)).toBe(true);
    expect(restored.filter((s, i) => Math.abs(s.width - plain[i].width) > 0.5).length).toBeGreaterThan(projects.length / 2);
    // Loading a view is not an animation.
    expect(await page.$$eval('a.symbol', (links) => links.flatMap((a) => a.getAnimations()).length)).toBe(0);
  });

  it('falls back to all fields and the default measure for unknown values', async () => {
    const page = await open('?field=xyz&measure=budget');
    expect(await pressed(page, 'data-field')).toEqual(['all']);
    expect(await pressed(page, 'data-measure')).toEqual(['companies']);
    expect(await dimmed(page)).toEqual([]);
  });

  it('highlights a bureau area on hover, names it, and links to it', async () => {
    const page = await open();
    const data = await mapData(page);
    const bureau = sample.bureau;
    // A point of the area that no symbol covers, with some room around it.
    const point = await page.evaluate((id) => {
      const area = document.querySelector(`a.bureau-area[data-bureau="${id}"]`);
      area?.scrollIntoView({ block: 'center' });
      const box = area?.getBoundingClientRect();
      if (!area || !box) return null;
      for (let y = box.top + 2; y < box.bottom; y += 4) {
        for (let x = box.left + 2; x < box.right; x += 4) {
          const inside = (dx: number, dy: number) => area.contains(document.elementFromPoint(x + dx, y + dy));
          if (inside(0, 0) && inside(-3, 0) && inside(3, 0) && inside(0, -3) && inside(0, 3)) return { x, y };
        }
      }
      return null;
    }, bureau);
    expect(point, `a visible point of bureau ${bureau}`).not.toBeNull();
    if (!point) return;
    await page.mouse.move(point.x, point.y);
    expect(await page.getAttribute(`a.bureau-area[data-bureau="${bureau}"]`, 'class')).toContain('is-highlighted');
    expect(await page.getAttribute(`.bureau-outlines [data-bureau="${bureau}"]`, 'class')).toContain('is-highlighted');
    expect((await tooltip(page))?.title).toBe(data.bureaus[bureau]?.name);
    await page.mouse.move(0, 0);
    expect(await page.getAttribute(`a.bureau-area[data-bureau="${bureau}"]`, 'class')).not.toContain('is-highlighted');
    await Promise.all([page.waitForURL(`**/${lang}/bureaus/${bureau}/`), page.mouse.click(point.x, point.y)]);
  });

  it('works without JavaScript: 17 symbol links and the projects table', async () => {
    const page = await open('', { javaScriptEnabled: false });
    const hrefs = await page.$$eval('a.symbol', (links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(projects.map((row) => `/${lang}/projects/${row.id}/`).sort());
    const tableRows = await page.$$eval('table', (tables) => tables.map((t) => t.querySelectorAll('tbody tr').length));
    expect(tableRows, 'rows per table').toContain(projects.length);
    expect(await page.isVisible('[data-map] .map-controls')).toBe(false);
  });

  describe('on a 390 px phone', () => {
    const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

    it('keeps every tooltip within the viewport', async () => {
      const page = await open('', phone);
      for (const row of projects) {
        await page.focus(symbol(row.id));
        const shown = await tooltip(page);
        expect(shown, row.id).not.toBeNull();
        const { left, top, right, bottom } = shown?.box ?? { left: -1, top: -1, right: 0, bottom: 0 };
        expect(left >= 0 && right <= 390 && top >= 0 && bottom <= 844, `${row.id}: ${JSON.stringify(shown?.box)}`).toBe(true);
      }
    });

    it('shows the tooltip on the first tap and opens the project on the second', async () => {
      const page = await open('', phone);
      await page.tap(symbol(sample.id));
      expect((await tooltip(page))?.title).toBeTruthy();
      expect(new URL(page.url()).pathname).toBe(path);
      await Promise.all([page.waitForURL(`**/${lang}/projects/${sample.id}/`), page.tap(symbol(sample.id))]);
    });
  });

  describe('labels and tooltips, measured in the browser', () => {
    /** Visible label boxes (getBBox in screen px through the SVG's scale) and symbol boxes. */
    const boxes = (page: Page) =>
      page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('[data-map] svg.map')!;
        const visible = (el: Element) =>
          (el as SVGGraphicsElement).getBBox().width > 0 && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
        const rect = (el: Element) => {
          const r = el.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        };
        const labels = [...svg.querySelectorAll('.map-labels text')].filter(visible).map((el) => ({
          id: el.getAttribute('data-label-for') ?? el.getAttribute('data-bureau-label') ?? '',
          kind: el.getAttribute('data-label-kind') ?? 'bureau',
          text: el.textContent ?? '',
          fontPx: Number.parseFloat(getComputedStyle(el).fontSize) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width),
          ...rect(el),
        }));
        const symbols = [...svg.querySelectorAll('a.symbol .symbol-edge')].map((el) => ({
          id: el.closest('a')!.getAttribute('data-project') ?? '',
          ...rect(el),
        }));
        const key = [...svg.querySelectorAll('.size-legend-circles text')].filter(visible).map((el) => ({
          fontPx: Number.parseFloat(getComputedStyle(el).fontSize) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width),
        }));
        return { labels, symbols, key };
      });
    type Rect = { left: number; top: number; right: number; bottom: number };
    const intersect = (a: Rect, b: Rect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    /** A circle's box against a label's: the circle itself, not its corners, must stay clear. */
    const touchesCircle = (c: Rect, l: Rect) => {
      const cx = (c.left + c.right) / 2;
      const cy = (c.top + c.bottom) / 2;
      const r = (c.right - c.left) / 2;
      const dx = cx - Math.max(l.left, Math.min(cx, l.right));
      const dy = cy - Math.max(l.top, Math.min(cy, l.bottom));
      return Math.hypot(dx, dy) < r - 0.5;
    };

    it('names every project in the SVG at desktop width', async () => {
      const page = await open('', { viewport: { width: 1280, height: 1000 } });
      const { labels } = await boxes(page);
      const named = labels.filter((l) => l.kind === 'name').map((l) => l.id);
      expect(named.sort()).toEqual(projects.map((p) => p.id).sort());
      for (const l of labels) expect(l.fontPx, `${l.text} type size`).toBeGreaterThanOrEqual(11.9);
    });

    it('explains every number on the desktop map, in either measure, by the key under it', async () => {
      for (const query of ['', '?measure=universities']) {
        const page = await open(query, { viewport: { width: 1280, height: 1000 } });
        const { labels } = await boxes(page);
        const numbered = labels.filter((l) => l.kind === 'number');
        if (numbered.length === 0) continue;
        const key = page.locator('[data-map] .map-key');
        expect(await key.isVisible(), `${query}: ${numbered.map((l) => l.text).join(', ')} numbered`).toBe(true);
        for (const l of numbered) expect(await key.locator(`li[value="${l.text}"]`).count(), l.text).toBe(1);
      }
    });

    for (const width of [1280, 390]) {
      it(`keeps label boxes clear of each other and of other symbols at ${width} px`, async () => {
        const page = await open('', { viewport: { width, height: 1000 } });
        const { labels, symbols, key } = await boxes(page);
        expect(labels.length).toBeGreaterThanOrEqual(projects.length);
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++)
            expect(intersect(labels[i]!, labels[j]!), `${labels[i]!.text} / ${labels[j]!.text}`).toBe(false);
          for (const s of symbols) {
            if (labels[i]!.kind === 'number' && s.id === labels[i]!.id) continue;
            expect(touchesCircle(s, labels[i]!), `${labels[i]!.text} / ${s.id}`).toBe(false);
          }
        }
        for (const k of key) expect(k.fontPx, 'size key type').toBeGreaterThanOrEqual(width < 500 ? 11 : 11.9);
      });

      it(`fits every project's tooltip at ${width} px, no word alone on a line`, async () => {
        const page = await open('', { viewport: { width, height: 900 } });
        for (const row of projects) {
          await page.focus(symbol(row.id));
          const check = await page.evaluate(() => {
            const el = document.querySelector<HTMLElement>('[data-map] .map-tooltip')!;
            const box = el.getBoundingClientRect();
            const out: string[] = [];
            if (el.scrollWidth > el.clientWidth + 1) out.push(`scrollWidth ${el.scrollWidth} > ${el.clientWidth}`);
            if (box.left < 0 || box.right > document.documentElement.clientWidth + 0.5) out.push('off screen');
            for (const child of el.querySelectorAll<HTMLElement>('p, dt, dd')) {
              const range = document.createRange();
              range.selectNodeContents(child);
              for (const r of range.getClientRects()) {
                if (r.right > box.right + 0.5 || r.left < box.left - 0.5) out.push(`"${child.textContent}" outside`);
              }
              // A line per word, where the text has several words: too narrow.
              const words = (child.textContent ?? '').trim().split(/\s+/).length;
              const lineHeight = Number.parseFloat(getComputedStyle(child).lineHeight);
              const lines = Math.round(child.getBoundingClientRect().height / lineHeight);
              if (words >= 3 && lines >= words) out.push(`"${child.textContent}" one word a line`);
            }
            const dt = el.querySelector('dt')?.getBoundingClientRect().width ?? 0;
            if (dt > box.width / 2) out.push(`label column ${dt} of ${box.width}`);
            return out;
          });
          expect(check, `${row.id} at ${width}`).toEqual([]);
        }
      });
    }
  });
});
