// The chart gallery (/<lang>/charts/) in Chromium: every chart is a card whose headline links to
// the chart's page; its drawing's text reads at 12 CSS px or more as shown, on a desktop and on a
// phone; nothing runs past the page's width; and the source is stated once for the page, not
// under every card. Charts and their headlines come from the registry and the data.
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/chart-registry.ts';
import { readChartData } from '../../src/collections/read-collections.ts';
import { MIN_TEXT_PX } from '../../src/figures/chart-miniature.ts';
import { reusedPages, useBuiltSite, watchPages } from './browser.ts';

const site = useBuiltSite();
const watch = watchPages();
// One page per set of options, navigated from page to page (reusedPages): a fresh document for half the CPU.
const visit = reusedPages(site, watch);
const data = readChartData();

const WIDTHS = [1280, 390] as const;

describe.each(['ja', 'en'] as const)('chart gallery (%s)', (lang) => {
  it.each(WIDTHS)('at %i px: every chart’s text reads at 12 CSS px or more, and nothing overflows', async (width) => {
    const page = await visit(`/${lang}/charts/`, { viewport: { width, height: 900 } });
    const measured = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('.gallery-drawing svg')].map((svg) => {
        // The size a reader sees: the computed font size times the scale from the SVG's units to the screen.
        const sizes = [...svg.querySelectorAll<SVGTextElement>('text')]
          .filter((t) => (t.textContent ?? '').trim() !== '')
          .map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0));
        return {
          id: svg.closest('[data-gallery-chart]')?.getAttribute('data-gallery-chart'),
          smallest: Math.min(...sizes),
          texts: sizes.length,
        };
      }),
    );
    expect(measured.map((m) => m.id)).toEqual(CHARTS.map((c) => c.id));
    for (const m of measured) {
      expect(m.texts, m.id!).toBeGreaterThan(0);
      expect(m.smallest, `${m.id} at ${width}`).toBeGreaterThanOrEqual(MIN_TEXT_PX - 0.01);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('links each card’s headline, the chart’s finding, to its page', async () => {
    const page = await visit(`/${lang}/charts/`);
    const links = await page
      .locator('.gallery-card h2 a')
      .evaluateAll((as) =>
        as.map((a) => ({ href: new URL((a as HTMLAnchorElement).href).pathname, text: (a.textContent ?? '').replace(/\s+/g, '') })),
      );
    expect(links).toEqual(
      CHARTS.map((c) => ({ href: `/${lang}/charts/${c.id}/`, text: c.text(c.transform(data), lang).title.replace(/\s+/g, '') })),
    );
  });

  it('states the source once for the page, with every page the charts draw on, and not in the cards', async () => {
    const page = await visit(`/${lang}/charts/`);
    expect(await page.locator('.gallery-card .source-line').count()).toBe(0);
    const lines = page.locator('main .source-line');
    const sources = new Set(CHARTS.map((c) => c.text(c.transform(data), lang).source.id));
    expect(await lines.count()).toBe(sources.size);
    const pages = [...new Set(CHARTS.flatMap((c) => c.text(c.transform(data), lang).source.pages))];
    const linked = await lines.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const p of pages) expect(linked).toContain(`/${lang}/source/${p}/`);
  });
});
