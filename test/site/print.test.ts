// Briefings and cases printed to PDF in Chromium, as a policymaker would before a meeting:
// A4, a few pages, no navigation, link addresses printed after the links.
import { describe, expect, it } from 'vitest';
import { dist, useBuiltSite } from './browser.ts';
import { listBuiltSite } from './pages.ts';

const printable = listBuiltSite(dist).pages.filter((p) => /^\/(ja|en)\/(briefings|cases)\/[^/]+\/$/.test(p));
const site = useBuiltSite();

it('finds briefing and case pages to print', () => {
  expect(printable.length, `no briefing pages in ${dist}: run npm run build first`).toBeGreaterThan(0);
});

/** Pages in a PDF: each page object says /Type /Page (not /Pages). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe.each(printable)('%s', (path) => {
  it('prints to A4 in one to eight pages, without the site navigation, with link addresses', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.origin + path);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    // Links in the prose print their address after them (source notes and the breadcrumb need not).
    const missing = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="/"]')]
        .filter((a) => !a.closest('.source-ref, .kicker, .chart-title'))
        .filter((a) => !getComputedStyle(a, '::after').content.includes(a.getAttribute('href') ?? '#'))
        .map((a) => a.getAttribute('href')),
    );
    expect(missing, 'links printed without their address').toEqual([]);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(8);
    await page.close();
  });
});
