// Every chart page in Chromium: each value mark shows its exact printed value as a tooltip on
// keyboard focus and hover, the same text the data table gives, and hides it with Escape. The
// headline fits three lines on a phone; the chart's text reads at 12 CSS px or more on its page
// (390 and 1280 px) and in its embed (360 and 600 px); the notes on how the figures were read
// stay on the page.
import { describe, expect, it } from 'vitest';
import { dist, openPage, reusedPages, useBuiltSite, watchPages } from './browser.ts';
import { listBuiltSite } from './pages.ts';

const chartPages = listBuiltSite(dist).pages.filter((p) => /^\/(ja|en)\/charts\/[^/]+\/$/.test(p));
const site = useBuiltSite();

/** One page navigated from chart to chart (reusedPages); console errors are not watched here, as before. */
const tipPage = reusedPages(site, { contexts: [], errors: [] });

it('finds chart pages', () => {
  expect(chartPages.length, `no chart pages in ${dist}: run npm run build first`).toBeGreaterThan(0);
});

describe.each(chartPages)('%s', (path) => {
  it('shows each mark’s printed value as a tooltip on focus and hover, as in the table', async () => {
    const page = await tipPage(path, { viewport: { width: 1280, height: 1000 } });
    const marks = page.locator('.chart-wide .chart-tip');
    const count = await marks.count();
    expect(count, 'value marks with tooltips').toBeGreaterThan(0);
    const tooltip = page.locator('.chart-figure .chart-tooltip').first();
    // The table lists the same values in words; its text is what every tip must agree with.
    const table = (await page.locator('.chart-table table').first().textContent()) ?? '';
    for (let i = 0; i < count; i++) {
      const mark = marks.nth(i);
      const tip = (await mark.getAttribute('data-tip')) ?? '';
      await mark.focus();
      await expect.poll(() => tooltip.isVisible()).toBe(true);
      expect(await tooltip.textContent()).toBe(tip);
      expect(await mark.getAttribute('aria-describedby')).toBe(await tooltip.getAttribute('id'));
      // Every number in the tip appears in the table too.
      for (const value of tip.match(/[\d][\d,.]*/g) ?? [])
        expect(table, `${tip}: ${value} is in the table`).toContain(value.replace(/[.,]$/, ''));
      await page.keyboard.press('Escape');
      await expect.poll(() => tooltip.isVisible()).toBe(false);
    }
    await marks.first().hover();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
  });
});

/** The lines a heading's text runs to, from the boxes of its text (phrase blocks on one line share a line). */
const titleLines = (page: import('playwright-core').Page) =>
  page.locator('h1.chart-title').evaluate((h) => {
    const range = document.createRange();
    range.selectNodeContents(h);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    const lines: { top: number; bottom: number }[] = [];
    for (const r of rects.sort((a, b) => a.top - b.top)) {
      const line = lines.find((l) => r.top < l.bottom - 2 && r.bottom > l.top + 2);
      if (line) {
        line.top = Math.min(line.top, r.top);
        line.bottom = Math.max(line.bottom, r.bottom);
      } else lines.push({ top: r.top, bottom: r.bottom });
    }
    return lines.length;
  });

/**
 * The drawings a figure shows (exactly one is expected) and the smallest size its text reads at:
 * each <text>'s computed font size times the scale the SVG is drawn at on screen (its CTM).
 */
const shownText = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('.chart-frame .chart-drawing')].filter(
      (d) => getComputedStyle(d).display !== 'none',
    );
    const sizes = shown.flatMap((d) =>
      [...d.querySelectorAll<SVGTextElement>('svg text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => {
          const m = t.getScreenCTM()!;
          return Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
        }),
    );
    return { shown: shown.map((d) => d.dataset.width), texts: sizes.length, smallest: Math.min(...sizes) };
  });

const chartIds = [...new Set(chartPages.map((p) => p.split('/')[3]!))];

describe('headlines and type size', () => {
  const watch = watchPages();
  const visit = reusedPages(site, watch);
  /**
   * What a page shows at a width: its headline's lines and text, and its drawings' type. Read in
   * one load for both tests that look at a chart page at 390 px; the console errors of that load
   * fail the first of them.
   */
  interface Seen {
    /** The headline's lines and words: chart pages at 390 px only. */
    headline: { lines: number; title: string } | null;
    text: Awaited<ReturnType<typeof shownText>>;
  }
  const seen = new Map<string, Promise<Seen>>();
  const seenAt = (path: string, width: number) => {
    const key = `${path}@${width}`;
    if (!seen.has(key))
      seen.set(
        key,
        visit(path, { viewport: { width, height: 900 } }).then(async (page) => ({
          headline:
            width === 390 && chartPages.includes(path)
              ? { lines: await titleLines(page), title: (await page.locator('h1.chart-title').textContent()) ?? '' }
              : null,
          text: await shownText(page),
        })),
      );
    return seen.get(key)!;
  };

  it.each(chartPages)('%s: at 390 px the headline runs to 3 lines at most', async (path) => {
    const { lines, title } = (await seenAt(path, 390)).headline!;
    expect(lines).toBeGreaterThan(0);
    expect(lines, title).toBeLessThanOrEqual(3);
  });

  const pageCases = chartPages.flatMap((path) => [390, 1280].map((width) => [path, width] as const));
  const embedCases = chartIds.flatMap((id) =>
    ['ja', 'en'].flatMap((lang) => [360, 600].map((width) => [`/embed/${lang}/${id}/`, width] as const)),
  );
  it.each([...pageCases, ...embedCases])('%s at %i px: one drawing shown, its text at 12 CSS px or more', async (path, width) => {
    const { shown, texts, smallest } = (await seenAt(path, width)).text;
    expect(shown).toHaveLength(1);
    expect(texts).toBeGreaterThan(0);
    expect(smallest, `smallest text in the ${shown[0]} px drawing`).toBeGreaterThanOrEqual(11.99);
  });

  it.each(['ja', 'en'])('the notes on how the figures were read are on the chart page (%s), not in its embed', async (lang) => {
    const onPage = await openPage(site, watch, `/${lang}/charts/collaboration-by-firm-size/`, { viewport: { width: 1280, height: 900 } });
    const section = onPage.locator('.chart-transcription');
    await expect.poll(() => section.count()).toBe(1);
    expect(await section.locator('p').count()).toBeGreaterThan(0);
    // No larger than the chart's labels (12 px drawn, shown at 12 px or more).
    const size = await section
      .locator('p')
      .first()
      .evaluate((p) => Number.parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeLessThanOrEqual(12);
    const inEmbed = await openPage(site, watch, `/embed/${lang}/collaboration-by-firm-size/`, { viewport: { width: 600, height: 900 } });
    expect(await inEmbed.locator('.chart-figure').count()).toBe(1);
    expect(await inEmbed.locator('.chart-transcription').count()).toBe(0);
  });
});
