// The share and download panel in Chromium, on a chart page and the map page in both languages:
// labelled controls, the registry's download addresses, the embed code, copying (Clipboard API,
// the execCommand fallback, and failure) confirmed in a live region, the map's view in the copied
// link, the keyboard, and the page without JavaScript. SITE_DIST points it at another build.
//
// The downloads (/downloads/…) are written by the downloads build; this file checks that the
// links are the registry's addresses, and test/site/pages.test.ts that they answer 200.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MAP_FIGURE_ID, figurePaths } from '../../src/figures/figure-registry.ts';
import { SHARE_UI } from '../../src/i18n/share.ts';
import { absoluteUrl } from '../../src/core/urls.ts';
import { DOWNLOAD_FORMATS } from '../../src/figures/figure-registry.ts';
import { downloadFileName } from '../../src/share/file-names.ts';
import { dist, useBuiltSite, watchPages } from './browser.ts';

const site = useBuiltSite();
const { contexts, errors } = watchPages();

const cases = (['ja', 'en'] as const).flatMap((lang) => ['consortium-funnel', MAP_FIGURE_ID].map((id) => ({ lang, id })));

describe.each(cases)('$lang $id', ({ lang, id }) => {
  const words = SHARE_UI[lang];
  const paths = figurePaths(lang, id);
  const embedUrl = absoluteUrl(paths.embed);

  async function open(options: BrowserContextOptions = {}, init?: () => void): Promise<Page> {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    contexts.push(context);
    if (options.javaScriptEnabled !== false)
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    if (init) await context.addInitScript(init);
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && !/\/downloads\//.test(m.location().url) && errors.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    const response = await page.goto(site.server.origin + paths.page);
    expect(response?.status(), paths.page).toBe(200);
    if (options.javaScriptEnabled !== false) await page.waitForSelector('[data-share-panel][data-share-ready]', { state: 'attached' });
    return page;
  }

  const panel = (page: Page) => page.locator('[data-share-panel]');
  const embedField = (page: Page) => panel(page).getByRole('textbox', { name: words.embedLabel, exact: true });
  const linkField = (page: Page) => panel(page).getByRole('textbox', { name: words.linkLabel, exact: true });
  const copyEmbed = (page: Page) => panel(page).getByRole('button', { name: words.copyEmbed, exact: true });
  const copyLink = (page: Page) => panel(page).getByRole('button', { name: words.copyLink, exact: true });
  const status = (page: Page, which: 'embed' | 'link') => panel(page).locator(`[data-share-status="${which}"]`);
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
  const clearClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.writeText(''));

  it('is built', () => {
    expect(existsSync(join(dist, paths.page, 'index.html')), `${paths.page}: run npm run build`).toBe(true);
  });

  it('is one section, titled by its heading, with labelled controls', async () => {
    const page = await open();
    expect(await panel(page).count()).toBe(1);
    await expect.poll(() => page.getByRole('region', { name: words.heading, exact: true }).count()).toBe(1);
    expect(await embedField(page).isVisible()).toBe(true);
    expect(await linkField(page).isVisible()).toBe(true);
    expect(await copyEmbed(page).isVisible()).toBe(true);
    expect(await copyLink(page).isVisible()).toBe(true);
    expect(await embedField(page).getAttribute('readonly')).not.toBeNull();
    expect(await linkField(page).getAttribute('readonly')).not.toBeNull();
    for (const which of ['embed', 'link'] as const) {
      expect(await status(page, which).getAttribute('role')).toBe('status');
      expect(await status(page, which).getAttribute('aria-live')).toBe('polite');
    }
  });

  it('links each download to the registry’s address, saved under a name that says what it is', async () => {
    const page = await open();
    const links = await panel(page)
      .locator('a[download]')
      .evaluateAll((as) =>
        as.map((a) => ({
          text: a.textContent?.trim(),
          href: a.getAttribute('href'),
          download: a.getAttribute('download'),
          description: a.getAttribute('aria-describedby'),
        })),
      );
    expect(links.map(({ text, href, download }) => ({ text, href, download }))).toEqual(
      DOWNLOAD_FORMATS.map((format) => ({ text: format.toUpperCase(), href: paths[format], download: downloadFileName(lang, id, format) })),
    );
    // Each says what the file is (PNG: resolution, title and source; CSV: opens in Excel).
    for (const { description } of links) expect((await page.locator(`[id="${description}"]`).textContent())?.trim()).toBeTruthy();
    expect(await page.locator(`[id="${links[1]?.description}"]`).textContent()).toBe(words.pngNote);
    expect(await page.locator(`[id="${links[2]?.description}"]`).textContent()).toBe(words.csvNote);
  });

  it('shows the embed code with the figure’s embed address, and copies it, saying so', async () => {
    const page = await open();
    const code = await embedField(page).inputValue();
    expect(code).toContain(`/embed/${lang}/${id}/`);
    expect(code).toContain(`src="${embedUrl}"`);
    await clearClipboard(page);
    await copyEmbed(page).click();
    await expect.poll(() => clipboard(page)).toBe(code);
    await expect.poll(() => status(page, 'embed').textContent()).toBe(words.embedCopied);
    expect(await status(page, 'embed').isVisible()).toBe(true);
    // Focus stays on the button, so a keyboard user is where they were.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(words.copyEmbed);
  });

  it('copies the page’s address with Copy link', async () => {
    const page = await open();
    await clearClipboard(page);
    await copyLink(page).click();
    await expect.poll(() => clipboard(page)).toBe(site.server.origin + paths.page);
    await expect.poll(() => status(page, 'link').textContent()).toBe(words.linkCopied);
    expect(await linkField(page).inputValue()).toBe(site.server.origin + paths.page);
  });

  it('reaches every control with Tab, in reading order, and copies with Enter and Space', async () => {
    const page = await open();
    // Clicking the heading (not focusable) starts the sequential navigation there.
    await panel(page).locator('h2').first().click();
    const order: string[] = [];
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el?.closest('[data-share-panel]')) return 'outside';
          return el.getAttribute('download') ?? el.getAttribute('data-copy-from') ?? el.id;
        }),
      );
    }
    const prefix = `share-${id}`;
    expect(order).toEqual([
      ...DOWNLOAD_FORMATS.map((format) => downloadFileName(lang, id, format)),
      `${prefix}-embed`,
      `${prefix}-embed`, // the copy button names the field it copies
      `${prefix}-link`,
      `${prefix}-link`,
      'outside',
    ]);
    // Focus is visible on the controls (an outline from the site's focus style).
    await copyEmbed(page).focus();
    expect(await copyEmbed(page).evaluate((b) => getComputedStyle(b).outlineStyle)).toBe('solid');

    await clearClipboard(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(await embedField(page).inputValue());
    await expect.poll(() => status(page, 'embed').textContent()).toBe(words.embedCopied);

    await clearClipboard(page);
    await copyLink(page).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => clipboard(page)).toBe(site.server.origin + paths.page);
    await expect.poll(() => status(page, 'link').textContent()).toBe(words.linkCopied);
  });

  it('falls back to selecting the field and execCommand when the Clipboard API refuses', async () => {
    const page = await open({}, () => {
      // The browser's clipboard outlives pages: keep a way to empty it, so only the fallback can fill it.
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      Reflect.set(window, 'emptyClipboard', () => write(''));
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await page.evaluate(() => (Reflect.get(window, 'emptyClipboard') as () => Promise<void>)());
    expect(await clipboard(page)).toBe('');
    await copyEmbed(page).click();
    await expect.poll(() => status(page, 'embed').textContent()).toBe(words.embedCopied);
    expect(await clipboard(page)).toBe(await embedField(page).inputValue());
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(words.copyEmbed);
  });

  it('says so when copying fails, and leaves the text selected to copy by hand', async () => {
    const page = await open({}, () => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
      document.execCommand = () => false;
    });
    await copyLink(page).click();
    await expect.poll(() => status(page, 'link').textContent()).toBe(words.copyFailed);
    const selected = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0);
    });
    expect(selected).toBe(site.server.origin + paths.page);
  });

  it('without JavaScript: the embed code and the address are there to select, the copy buttons are not shown', async () => {
    const page = await open({ javaScriptEnabled: false });
    expect(await embedField(page).isVisible()).toBe(true);
    expect(await embedField(page).inputValue()).toContain(`/embed/${lang}/${id}/`);
    expect(await linkField(page).isVisible()).toBe(true);
    expect(await linkField(page).inputValue()).toBe(absoluteUrl(paths.page));
    expect(await panel(page).locator('button').count()).toBe(2);
    expect(
      await panel(page)
        .locator('button')
        .evaluateAll((bs) => bs.filter((b) => b.checkVisibility()).length),
    ).toBe(0);
    expect(await panel(page).locator('a[download]').count()).toBe(DOWNLOAD_FORMATS.length);
  });

  it('is not printed', async () => {
    const page = await open();
    await page.emulateMedia({ media: 'print' });
    expect(await panel(page).isVisible()).toBe(false);
  });

  if (id === MAP_FIGURE_ID) {
    it('copies the link to the view the reader chose: field and measure', async () => {
      const page = await open();
      const field = await page.locator('[data-map] button[data-field]:not([data-field="all"])').first().getAttribute('data-field');
      expect(field).toBeTruthy();
      await page.click(`[data-map] button[data-field="${field}"]`);
      await page.click('[data-map] button[data-measure="universities"]');
      // The field shows the view before anything is copied.
      const shown = new URL(await linkField(page).inputValue());
      expect(Object.fromEntries(shown.searchParams)).toEqual({ field, measure: 'universities' });
      await clearClipboard(page);
      await copyLink(page).click();
      await expect.poll(() => clipboard(page)).toBe(page.url());
      const copied = new URL(await clipboard(page));
      expect(copied.pathname).toBe(paths.page);
      expect(Object.fromEntries(copied.searchParams)).toEqual({ field, measure: 'universities' });
      await expect.poll(() => status(page, 'link').textContent()).toBe(words.linkCopied);
      // Changing the view again makes the old confirmation stale: it goes.
      await page.click('[data-map] button[data-field="all"]');
      expect(await status(page, 'link').textContent()).toBe('');
      expect(Object.fromEntries(new URL(await linkField(page).inputValue()).searchParams)).toEqual({ measure: 'universities' });
    });

    it('opens with the view of a shared link, and copies it back unchanged', async () => {
      const page = await open();
      await page.goto(`${site.server.origin}${paths.page}?measure=universities`);
      await page.waitForSelector('[data-share-panel][data-share-ready]', { state: 'attached' });
      expect(await linkField(page).inputValue()).toBe(`${site.server.origin}${paths.page}?measure=universities`);
    });
  }
});
