// Every chart page in Chromium: each value mark shows its exact printed value as a tooltip on
// keyboard focus and hover, the same text the data table gives, and hides it with Escape.
import { describe, expect, it } from 'vitest';
import { dist, useBuiltSite } from './browser.ts';
import { listBuiltSite } from './pages.ts';

const chartPages = listBuiltSite(dist).pages.filter((p) => /^\/(ja|en)\/charts\/[^/]+\/$/.test(p));
const site = useBuiltSite();

it('finds chart pages', () => {
  expect(chartPages.length, `no chart pages in ${dist}: run npm run build first`).toBeGreaterThan(0);
});

describe.each(chartPages)('%s', (path) => {
  it('shows each mark’s printed value as a tooltip on focus and hover, as in the table', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(site.server.origin + path);
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
    await page.close();
  });
});
