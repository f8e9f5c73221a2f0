// Briefings and cases printed to PDF in Chromium, as a policymaker would before a meeting: A4, a
// few pages, read as a policy note. What is checked is what prints: the PDF's own text, extracted
// with pdftotext (poppler-utils), page by page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { dist, reusedPages, useBuiltSite, watchPages } from './browser.ts';
import { listBuiltSite } from './pages.ts';

const printable = listBuiltSite(dist).pages.filter((p) => /^\/(ja|en)\/(briefings|cases)\/[^/]+\/$/.test(p));
const site = useBuiltSite();
const watch = watchPages();
// One page per set of options, navigated from page to page (reusedPages): a fresh document for half the CPU.
const visit = reusedPages(site, watch);
const work = mkdtempSync(join(tmpdir(), 'print-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The most pages each briefing may print to; the rest may take up to eight. */
const PAGE_LIMITS: Record<string, number> = {
  '/en/briefings/at-a-glance/': 4,
  '/en/briefings/industrial-cluster-plan/': 5,
  '/ja/briefings/industrial-cluster-plan/': 5,
};

interface Printed {
  /** The text of each page, as pdftotext reads it. */
  pages: string[];
  /** How far down each page its text reaches, as a share of the printable height (the page number excluded). */
  fill: number[];
}

/** Prints the page to A4 and reads the PDF back. */
async function print(page: Page, name: string): Promise<Printed> {
  await page.emulateMedia({ media: 'print' });
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  let text: string;
  let boxes: string;
  try {
    text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    boxes = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`pdftotext failed (apt-get install poppler-utils): ${String(error)}`);
  }
  const pages = text.split('\f').slice(0, -1);
  const fill = boxes
    .split('<page ')
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)![1]);
      // @page margins: 18 mm top, 20 mm bottom; the page number sits in the bottom margin.
      const [top, bottom] = [(18 / 25.4) * 72, height - (20 / 25.4) * 72];
      const ys = [...page.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1])).filter((y) => y < bottom + 2);
      return ys.length ? (Math.max(...ys) - top) / (bottom - top) : 0;
    });
  return { pages, fill };
}

const squash = (s: string) => s.replace(/\s+/g, '');

it('finds briefing and case pages to print', () => {
  expect(printable.length, `no briefing pages in ${dist}: run npm run build first`).toBeGreaterThan(0);
  for (const path of Object.keys(PAGE_LIMITS)) expect(printable).toContain(path);
});

describe.each(printable)('%s', (path) => {
  it('prints as a policy note: title block on page 1, no relative addresses, no page left mostly empty, within its page limit', async () => {
    const page = await visit(path);
    const lang = path.slice(1, 3);
    const expected = await page.evaluate(() => ({
      title: document.querySelector('h1')!.textContent!,
      date: document.querySelector('.briefing-head time')?.textContent ?? '',
      datetime: document.querySelector('.briefing-head time')?.getAttribute('datetime') ?? '',
      // The page's address as served: the printed address follows the serving origin (share/client/page-origin.ts).
      address: location.origin + location.pathname,
      siteName: document.querySelector('.site-header .site-name')?.textContent?.trim() ?? '',
    }));
    const printed = await print(page, path.split('/').filter(Boolean).join('-'));
    expect(await page.locator('.site-header').isVisible()).toBe(false);

    // Page 1 opens with the title block: site, title, date (written the page's way) and the page's address, as served.
    const first = squash(printed.pages[0]!);
    expect(expected.siteName).not.toBe('');
    expect(first).toContain(squash(expected.siteName));
    expect(first).toContain(squash(expected.title));
    expect(first).toContain(squash(expected.address));
    const [year, month, day] = expected.datetime.split('-').map(Number);
    const written =
      lang === 'ja'
        ? `${year}年${month}月${day}日`
        : `${day} ${new Date(Date.UTC(year!, month! - 1, day)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${year}`;
    expect(expected.date).toBe(written);
    expect(first).toContain(squash(written));

    // No site path prints without its host: every /ja/ or /en/ belongs to a full address.
    const text = printed.pages.join('').replace(/\n/g, '');
    const withoutAddresses = text.replace(/https?:\/\/\S+/g, ' ');
    expect(withoutAddresses.match(/.{0,30}(<\/|\/(?:ja|en)\/).{0,30}/g) ?? [], 'relative addresses in the printed text').toEqual([]);

    // A figure too tall for the rest of a page is scaled or flows; it never leaves a page more than 40% empty.
    const limit = PAGE_LIMITS[path] ?? 8;
    expect(printed.pages.length).toBeLessThanOrEqual(limit);
    printed.fill.slice(0, -1).forEach((fill, i) => {
      expect(fill, `page ${i + 1} of ${printed.pages.length} is ${Math.round(100 - fill * 100)}% empty`).toBeGreaterThanOrEqual(0.6);
    });
  });

  it('lists each source once, marks notes on sentences and letters the links with their full addresses', async () => {
    const page = await visit(path);
    await page.emulateMedia({ media: 'print' });
    const lang = path.slice(1, 3);
    const found = await page.evaluate(() => {
      const sources = [...document.querySelectorAll('.briefing-source-list li')].map((li) =>
        li.textContent!.replace(/,? ?pages? .*|[\d・]+ページ.*/u, ''),
      );
      // The character before each note marker of the prose, and whether the marker ends its block's own words.
      const markers = [...document.querySelectorAll('.briefing-body sup.source-ref')].map((sup) => {
        const block = sup.closest('p, li, h2, h3, td, th')!;
        const range = document.createRange();
        range.setStart(block, 0);
        range.setEndBefore(sup);
        const before = range.toString().replace(/\u2060$/, '');
        // The block's own words after the marker (a list nested in a list item is another block).
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        let after = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const nested = node.parentElement!.closest('ul, ol');
          const own = !nested || !block.contains(nested) || nested === block;
          if (own && sup.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING && !sup.contains(node)) after += node.textContent;
        }
        return { before: before.slice(-1), last: after.trim() === '' };
      });
      const links = [...document.querySelectorAll<HTMLAnchorElement>('.briefing-body a[data-link-note]')].map((a) => ({
        href: a.href,
        letter: a.dataset.linkNote!,
        printed: getComputedStyle(a, '::after').content,
      }));
      const listed = [...document.querySelectorAll('.briefing-links li')].map((li) => li.textContent!);
      const unlettered = [...document.querySelectorAll<HTMLAnchorElement>('.briefing-body a[href]:not([data-link-note])')]
        .filter((a) => !a.closest('.source-ref, .chart-figure') && !a.getAttribute('href')!.startsWith('#'))
        .map((a) => a.getAttribute('href'));
      return { sources, markers, links, listed, unlettered };
    });
    expect(found.sources.length).toBeGreaterThan(0);
    expect(new Set(found.sources).size, `sources listed more than once: ${found.sources.join(' | ')}`).toBe(found.sources.length);

    expect(found.markers.length).toBeGreaterThan(0);
    for (const m of found.markers) {
      const ends = lang === 'en' ? /[.?!”’")\]]/ : /[。？！」』）]/;
      expect(m.last || ends.test(m.before), `a marker inside a sentence: ${JSON.stringify(m)}`).toBe(true);
      expect(m.before, 'a marker hangs on a number').not.toMatch(/[0-9０-９%％]/);
    }

    expect(found.unlettered, 'links of the prose without a letter').toEqual([]);
    for (const link of found.links) {
      expect(link.printed).toContain(`[${link.letter}]`);
      const letterIndex = link.letter.charCodeAt(0) - 97;
      // The list item of the letter ends with the link's full address (the test server's host aside, the same path).
      const item = found.listed[letterIndex] ?? '';
      expect(squash(item)).toMatch(new RegExp(`https?://[^/]+${new URL(link.href).pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    }
  });

  it('offers a print button with JavaScript, which prints and is not itself printed; none without', async () => {
    const page = await visit(path);
    const button = page.locator('button[data-print]');
    await expect.poll(() => button.isVisible()).toBe(true);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await button.isVisible()).toBe(false);

    const still = await visit(path, { javaScriptEnabled: false });
    expect(await still.locator('button[data-print]').isVisible()).toBe(false);
  });
});
