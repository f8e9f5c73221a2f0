// The share and download panel in Chromium, on a chart page and the map page in both languages:
// labelled controls, the registry's download addresses, the embed code, copying (Clipboard API,
// the execCommand fallback, and failure) confirmed in a live region, the map's view in the copied
// link, the keyboard, and the page without JavaScript; the embed code's choices (theme, panel,
// static image), the text description, the share links, the citation, and on the map the data of
// the field chosen. The test server's origin is not the build's (SITE_URL, http://localhost:4321/
// by default): what a reader copies follows the page's origin. SITE_DIST points it at another build.
//
// The downloads (/downloads/…) are written by the downloads build; this file checks that the
// links are the registry's addresses, and test/site/pages.test.ts that they answer 200.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MAP_FIGURE_ID, figurePaths } from '../../src/figures/figure-registry.ts';
import { SHARE_UI } from '../../src/i18n/share.ts';
import { absoluteUrl } from '../../src/core/urls.ts';
import { DOWNLOAD_FORMATS } from '../../src/figures/figure-registry.ts';
import { downloadFileName } from '../../src/share/file-names.ts';
import { dist, keptPages, openPage, useBuiltSite, watchPages } from './browser.ts';
import { readFigureInputs } from '../../src/collections/read-collections.ts';
import { figureText } from '../../src/figures/figure-text.ts';
import { EMBED_LOADER_PATH } from '../../src/figures/figure-registry.ts';
import { listPages } from '../../scripts/bench/page-types.ts';
import { SHARE_SERVICES } from '../../src/share/share-intents.ts';
import { t } from '../../src/i18n/ui.ts';
import { FIELD_LABELS } from '../../src/core/field-labels.ts';
import { pick } from '../../src/core/locales.ts';
import { REUSE } from '../../src/core/reuse.ts';

const site = useBuiltSite();
const { contexts, errors } = watchPages();

const cases = (['ja', 'en'] as const).flatMap((lang) => ['consortium-funnel', MAP_FIGURE_ID].map((id) => ({ lang, id })));

describe.each(cases)('$lang $id', ({ lang, id }) => {
  const words = SHARE_UI[lang];
  const paths = figurePaths(lang, id);
  // With JavaScript the panel's addresses are the test server's, not the build's.
  const servedEmbed = () => site.server.origin + paths.embed;
  const description = figureText(id, lang, readFigureInputs(), 'still').description;

  /** A page without an init script is kept for the figure's tests and navigated again for each (keptPages); one with gets a context of its own, closed after its test. */
  const kept = keptPages((options) => newPage(options));
  async function newPage(options: BrowserContextOptions, init?: () => void): Promise<Page> {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    if (init) contexts.push(context);
    if (options.javaScriptEnabled !== false)
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    if (init) await context.addInitScript(init);
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && !/\/downloads\//.test(m.location().url) && errors.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    return page;
  }
  async function open(options: BrowserContextOptions = {}, init?: () => void): Promise<Page> {
    const page = init ? await newPage(options, init) : await kept(options);
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
    expect(code).toContain(`src="${servedEmbed()}"`);
    expect(code).toContain(`src="${site.server.origin}${EMBED_LOADER_PATH}"`);
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
    const prefix = `share-${id}`;
    const expected = [
      downloadFileName(lang, id, 'svg'),
      downloadFileName(lang, id, 'png'),
      `${prefix}-alt`,
      `${prefix}-alt`, // the copy button names the field it copies
      downloadFileName(lang, id, 'csv'),
      downloadFileName(lang, id, 'json'),
      'radio:frame', // one stop per group of radio buttons: the one checked
      'radio:auto',
      'checkbox',
      `${prefix}-embed`,
      `${prefix}-embed`,
      `${prefix}-link`,
      `${prefix}-link`,
      ...SHARE_SERVICES.map((s) => `service:${s}`),
      `${prefix}-citation`,
      `${prefix}-citation`,
      `${prefix}-bibtex`,
      `${prefix}-bibtex`,
      'licence',
      'outside',
    ];
    const order: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el?.closest('[data-share-panel]')) return 'outside';
          if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox'))
            return el.type === 'radio' ? `radio:${el.value}` : 'checkbox';
          if (el.dataset.shareService) return `service:${el.dataset.shareService}`;
          if (el.getAttribute('href')?.startsWith('https://creativecommons.org/')) return 'licence';
          return el.getAttribute('download') ?? el.getAttribute('data-copy-from') ?? el.id;
        }),
      );
    }
    expect(order).toEqual(expected);
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
    expect(await panel(page).locator('button').count()).toBe(5);
    // The embed choices need the script: without it they are not offered, the default code is there.
    expect(
      await panel(page)
        .locator('[data-embed-choice]')
        .evaluateAll((els) => els.filter((e) => e.checkVisibility()).length),
    ).toBe(0);
    expect(await embedField(page).inputValue()).toContain(`src="${absoluteUrl(paths.embed)}"`);
    expect(
      await panel(page)
        .locator('button')
        .evaluateAll((bs) => bs.filter((b) => b.checkVisibility()).length),
    ).toBe(0);
    expect(await panel(page).locator('a[download]').count()).toBe(DOWNLOAD_FORMATS.length);
  });

  it('hands out addresses of the server the page came from, not the build’s', async () => {
    const page = await open();
    const built = new URL(absoluteUrl('/')).host;
    expect(built).not.toBe(new URL(site.server.origin).host);
    const copyable = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-site-absolute], textarea, input[type="url"]')].map((el) =>
        el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement
          ? el.value
          : `${el.textContent} ${[el, ...el.querySelectorAll('a[href]')].map((a) => decodeURIComponent(a.getAttribute('href') ?? '')).join(' ')}`,
      ),
    );
    expect(copyable.length).toBeGreaterThanOrEqual(5);
    for (const text of copyable) expect(text).not.toContain(built);
    for (const field of ['embed', 'link', 'citation', 'bibtex'])
      expect(await page.locator(`#share-${id}-${field}`).inputValue(), field).toContain(site.server.origin);
  });

  it('offers the text description beside the PNG, to copy', async () => {
    const page = await open();
    const alt = panel(page).getByRole('textbox', { name: words.altLabel, exact: true });
    expect(await alt.inputValue()).toBe(description);
    expect(description.length).toBeGreaterThan(20);
    await clearClipboard(page);
    await panel(page).getByRole('button', { name: words.copyAlt, exact: true }).click();
    await expect.poll(() => clipboard(page)).toBe(description);
    await expect.poll(() => status(page, 'alt' as 'link').textContent()).toBe(words.altCopied);
  });

  it('builds the embed code from the choices: theme, with or without the panel, or a static image', async () => {
    const page = await open();
    const iframeSrc = async () => {
      const code = await embedField(page).inputValue();
      return new URL(/<iframe src="([^"]+)"/.exec(code)?.[1]?.replaceAll('&amp;', '&') ?? 'about:blank');
    };
    expect((await iframeSrc()).href).toBe(servedEmbed());
    await panel(page).getByRole('radio', { name: words.embedThemeDark, exact: true }).check();
    expect(Object.fromEntries((await iframeSrc()).searchParams)).toEqual({ theme: 'dark' });
    await panel(page).getByRole('checkbox', { name: words.embedSharePanel, exact: true }).uncheck();
    expect(Object.fromEntries((await iframeSrc()).searchParams)).toEqual({ theme: 'dark', share: '0' });
    await panel(page).getByRole('radio', { name: words.embedThemeAuto, exact: true }).check();
    expect(Object.fromEntries((await iframeSrc()).searchParams)).toEqual({ share: '0' });

    await panel(page).getByRole('radio', { name: words.embedFormImage, exact: true }).check();
    const code = await embedField(page).inputValue();
    expect(code).not.toContain('<iframe');
    expect(code).not.toContain('<script');
    // Read as a host page would (in Node: parsing it in the page would trip our own CSP on its style attributes).
    const { document: doc } = parseHTML(`<!doctype html><html><body>${code}</body></html>`);
    const img = doc.querySelector('img');
    const parsed = {
      src: img?.getAttribute('src'),
      alt: img?.getAttribute('alt'),
      link: img?.closest('a')?.getAttribute('href'),
      caption: doc.querySelector('figcaption')?.textContent,
    };
    expect(parsed).toMatchObject({ src: site.server.origin + paths.png, alt: description, link: site.server.origin + paths.page });
    expect(parsed.caption).toContain(site.server.origin + paths.page);
    // The theme and panel do not apply to a picture: they are disabled, and say so to assistive technology.
    expect(await panel(page).getByRole('radio', { name: words.embedThemeDark, exact: true }).isDisabled()).toBe(true);
    expect(await panel(page).getByRole('checkbox', { name: words.embedSharePanel, exact: true }).isDisabled()).toBe(true);
    // The picture's code is what is copied.
    await clearClipboard(page);
    await copyEmbed(page).click();
    await expect.poll(() => clipboard(page)).toBe(code);
  });

  it('an embed asked for without its share panel (share=0) hides it; the plain embed keeps it', async () => {
    const plain = await openPage(site, { contexts, errors }, paths.embed);
    await plain.waitForSelector('[data-share-panel][data-share-ready]', { state: 'attached' });
    expect(await plain.locator('[data-share-panel]').isVisible()).toBe(true);
    const bare = await openPage(site, { contexts, errors }, `${paths.embed}?share=0&theme=dark`);
    await bare.waitForSelector('[data-share-panel][data-share-ready]', { state: 'attached' });
    expect(await bare.locator('[data-share-panel]').isVisible()).toBe(false);
    expect(await bare.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // Its link still leads to the figure on the site.
    expect(await bare.locator('.embed-credit a').getAttribute('href')).toBeTruthy();
  });

  it('links to X, Facebook, LINE and e-mail plainly, with the figure’s address, in a new tab', async () => {
    const page = await open();
    const links = await panel(page)
      .locator('a[data-share-service]')
      .evaluateAll((as) =>
        as.map((a) => ({
          service: a.getAttribute('data-share-service'),
          href: a.getAttribute('href') ?? '',
          target: a.getAttribute('target'),
          rel: a.getAttribute('rel'),
        })),
      );
    expect(links.map((l) => l.service)).toEqual([...SHARE_SERVICES]);
    for (const { service, href, target, rel } of links) {
      expect(decodeURIComponent(href), service ?? '').toContain(site.server.origin + paths.page);
      if (service === 'email') expect(href.startsWith('mailto:')).toBe(true);
      else {
        expect(new URL(href).protocol).toBe('https:');
        expect(target).toBe('_blank');
        expect(rel?.split(' ')).toContain('noopener');
      }
    }
    // No script or frame from those services is loaded.
    expect(await page.locator('script[src^="http"], iframe').count()).toBe(0);
  });

  it('gives the citation, the reuse terms and the date the data last changed', async () => {
    const page = await open();
    const citation = await panel(page).getByRole('textbox', { name: words.citationLabel, exact: true }).inputValue();
    const text = figureText(id, lang, readFigureInputs());
    expect(citation).toContain(text.title);
    expect(citation).toContain(t(lang).pagesN(text.source.pages));
    expect(citation).toContain(site.server.origin + paths.page);
    const bibtex = await panel(page).getByRole('textbox', { name: words.bibtexLabel, exact: true }).inputValue();
    expect(bibtex).toMatch(new RegExp(`^@misc\\{cluster-atlas-${id}-${lang},`));
    expect(bibtex).toContain(`url = {${site.server.origin}${paths.page}}`);
    const time = panel(page).locator('time[datetime]');
    expect(await time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(citation).toContain((await time.textContent()) ?? 'no date');
    expect(await panel(page).locator('a[href="https://creativecommons.org/licenses/by/4.0/"]').count()).toBe(1);
  });

  it('prints only how to cite the figure and the reuse terms, with the page’s address', async () => {
    const page = await open();
    const print = panel(page).locator('.share-print');
    expect(await print.isVisible()).toBe(false); // on screen the fields say it
    const citation = await panel(page).getByRole('textbox', { name: words.citationLabel, exact: true }).inputValue();
    await page.emulateMedia({ media: 'print' });
    expect(await print.isVisible()).toBe(true);
    for (const hidden of ['textarea', 'input', 'button', 'a[download]', 'h2'])
      expect(
        await panel(page)
          .locator(hidden)
          .evaluateAll((els) => els.filter((e) => e.checkVisibility()).length),
        hidden,
      ).toBe(0);
    const text = (await print.textContent()) ?? '';
    expect(text).toContain(citation);
    expect(text).toContain(site.server.origin + paths.page);
    expect(text).toContain(REUSE[lang].terms);
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

    it('offers the data of the field chosen on the map, as CSV and JSON made in the page', async () => {
      const page = await open({ acceptDownloads: true });
      const box = panel(page).locator('[data-map-filtered]');
      expect(await box.isVisible()).toBe(false);
      const field = (await page
        .locator('[data-map] button[data-field]:not([data-field="all"])')
        .first()
        .getAttribute('data-field')) as keyof typeof FIELD_LABELS;
      await page.click(`[data-map] button[data-field="${field}"]`);
      await expect.poll(() => box.isVisible()).toBe(true);
      const expectedNames = readFigureInputs()
        .chartData.projects.filter((p) => (p.fields as string[]).includes(field))
        .map((p) => pick(p, 'name', lang));
      expect(expectedNames.length).toBeGreaterThan(0);
      expect(await box.locator('[data-filtered-label]').textContent()).toBe(
        words.filteredLabel(FIELD_LABELS[field][lang], String(expectedNames.length)),
      );
      const saved = async (format: 'csv' | 'json') => {
        const [download] = await Promise.all([page.waitForEvent('download'), box.locator(`a[data-filtered-format="${format}"]`).click()]);
        expect(download.suggestedFilename()).toBe(`cluster-atlas-map-${lang}-${field}.${format}`);
        // Read through the connection: the shared browser (test/setup/chromium.ts) keeps the file on its side.
        // As bytes, then text: a TextDecoder would drop the byte-order mark the CSV must start with.
        return (await buffer(await download.createReadStream())).toString('utf8');
      };
      const json = JSON.parse(await saved('json')) as { rows: Record<string, unknown>[]; filter: { field: string }; source: unknown };
      expect(json.filter.field).toBe(field);
      expect(json.source).toBeTruthy();
      expect(json.rows.map((r) => r[t(lang).colProject])).toEqual(expectedNames);
      const csv = await saved('csv');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const lines = csv.trim().split('\r\n');
      expect(lines).toHaveLength(expectedNames.length + 1);
      for (const [i, name] of expectedNames.entries())
        expect(lines[i + 1]?.startsWith(name) || lines[i + 1]?.startsWith(`"${name}`)).toBe(true);
      // Every project again: the full data is the one to take, the cut goes.
      await page.click('[data-map] button[data-field="all"]');
      await expect.poll(() => box.isVisible()).toBe(false);
    });

    it('opens with the view of a shared link, and copies it back unchanged', async () => {
      const page = await open();
      await page.goto(`${site.server.origin}${paths.page}?measure=universities`);
      await page.waitForSelector('[data-share-panel][data-share-ready]', { state: 'attached' });
      expect(await linkField(page).inputValue()).toBe(`${site.server.origin}${paths.page}?measure=universities`);
    });
  }
});

// Any element marked data-site-absolute (a briefing's citation: text with links) is re-aimed by
// the script the share panel loads: its text and its links, and nothing else on the page.
describe('a marked citation block on a page served from elsewhere', () => {
  it('names the server the page came from, in its text and its links', async () => {
    const context = await site.browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    const built = absoluteUrl('/ja/briefings/x/');
    const path = figurePaths('ja', 'consortium-funnel').page;
    await page.route(`${site.server.origin}${path}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        '</main>',
        `<p id="marked" data-site-absolute>Cite: ${built} <a href="${built}">${built}</a></p><p id="unmarked">${built}</p></main>`,
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(site.server.origin + path);
    await page.waitForSelector('[data-share-panel][data-share-ready]', { state: 'attached' });
    const served = `${site.server.origin}/ja/briefings/x/`;
    expect(await page.locator('#marked').textContent()).toBe(`Cite: ${served} ${served}`);
    expect(await page.locator('#marked a').getAttribute('href')).toBe(served);
    expect(await page.locator('#unmarked').textContent()).toBe(built);
  });
});

// Briefings and cases mark their citation blocks `data-site-absolute` and load
// src/share/client/page-origin.ts: on a page served from elsewhere, every marked element (and
// every field to copy) names the server it came from.
describe('briefings and cases: marked citations follow the page’s origin', () => {
  const all = listPages(dist).filter((p) => /^\/(ja|en)\/(briefings|cases)\/[^/]+\/$/.test(p));
  // One of each kind in each language.
  const pages = ['ja/briefings', 'en/briefings', 'ja/cases', 'en/cases'].flatMap((k) =>
    all.filter((p) => p.startsWith(`/${k}/`)).slice(0, 1),
  );
  it('finds briefing and case pages', () => expect(pages.length).toBeGreaterThan(0));
  it.each(pages)('%s', async (path) => {
    const page = await openPage(site, { contexts, errors }, path);
    const built = new URL(absoluteUrl('/')).host;
    const marked = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-site-absolute], textarea')].map((el) =>
        el instanceof HTMLTextAreaElement ? el.value : `${el.textContent} ${el.getAttribute('href') ?? ''}`,
      ),
    );
    for (const text of marked) expect(text).not.toContain(built);
  });
});
