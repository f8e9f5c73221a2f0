/**
 * The one header (src/components/SiteHeader.astro) and the Japanese headings' line breaks, in
 * Chromium over the built site: the header has one height per language and width on every kind
 * of page, at most 64 px on a phone; its menu opens from the keyboard without JavaScript and
 * shows every section; the search field is named on screen. Every Japanese h1–h3 breaks only
 * between phrases (src/text/phrase-breaks.ts) and leaves no line of one character: line boxes
 * measured with Range.getClientRects at 390 and 1280 px.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/core/locales.ts';
import { SEARCH_UI } from '../../src/i18n/search.ts';
import { sections } from '../../src/site/sections.ts';
import { phrases } from '../../src/text/phrase-breaks.ts';
import { dist, useBuiltSite, watchPages } from './browser.ts';
import { listBuiltSite } from './pages.ts';

const site = useBuiltSite();
const watch = watchPages();
const built = listBuiltSite(dist).pages;
const WIDTHS = [390, 768, 1280] as const;
const PHONE_MAX = 64;

/** One page of each kind: the first page of each route shape (/ja/, /ja/charts/, /ja/charts/x/ …). */
function pageKinds(lang: Lang): string[] {
  const kinds = new Map<string, string>();
  for (const path of built.filter((p) => p.startsWith(`/${lang}/`))) {
    const parts = path.split('/').filter(Boolean);
    const kind = parts.length <= 2 ? path : `/${parts[0]}/${parts[1]}/*/`;
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values()];
}

async function open(browser: Browser, path: string, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options);
  watch.contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => watch.errors.push(`${path}: ${error.message}`));
  await page.goto(site.server.origin + path);
  return page;
}

const headerHeight = (page: Page) => page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);

/**
 * Each page loaded once and measured at every width, resized in place: the header and the headings
 * are laid out by CSS alone, so a resize gives what a load at that width gives, for a fraction of
 * the loads. `record` sees every page at every width. The walk starts with the first test that asks
 * for it (the browser is up by then), and the others share it.
 */
function walkAtWidths(
  paths: readonly string[],
  widths: readonly number[],
  record: (page: Page, path: string, width: number) => Promise<void>,
): () => Promise<void> {
  let walking: Promise<void> | undefined;
  const walk = async () => {
    const page = await open(site.browser, paths[0]!, { viewport: { width: widths[0]!, height: 900 } });
    for (const path of paths) {
      await page.goto(site.server.origin + path);
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        await record(page, path, width);
      }
    }
  };
  return () => (walking ??= walk());
}

describe.each(LANGS)('the header (%s)', (lang) => {
  const kinds = pageKinds(lang);

  it('has kinds of page to compare', () => {
    expect(kinds.length).toBeGreaterThan(8);
    expect(kinds).toContain(`/${lang}/search/`);
  });

  const byWidth = new Map(WIDTHS.map((width) => [width as number, { heights: {} as Record<string, number>, widest: 0 }]));
  const measured = walkAtWidths(kinds, WIDTHS, async (page, path, width) => {
    const at = byWidth.get(width)!;
    at.heights[path] = Math.round((await headerHeight(page)) * 10) / 10;
    // Nothing in the header runs past the screen's edge.
    at.widest = Math.max(at.widest, await page.evaluate(() => document.documentElement.scrollWidth));
  });

  it.each(WIDTHS)('is as tall on every kind of page at %i px', async (width) => {
    await measured();
    const { heights, widest } = byWidth.get(width)!;
    const first = heights[kinds[0]!]!;
    expect(heights).toEqual(Object.fromEntries(kinds.map((k) => [k, first])));
    if (width === 390) expect(first).toBeLessThanOrEqual(PHONE_MAX);
    expect(widest).toBeLessThanOrEqual(width);
  });

  it('on a phone, opens its menu from the keyboard without JavaScript, with a visible focus, and shows every section', async () => {
    const page = await open(site.browser, `/${lang}/outcomes/`, { viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
    const nav = page.locator('.site-header nav');
    const links = sections(lang).filter((s) => s.inHeader !== false);
    expect(await nav.isVisible()).toBe(false);
    const button = page.locator('.site-header summary');
    expect(await button.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBeNull(); // <summary> reports it itself
    // Tab to the button, as a keyboard user would.
    for (let i = 0; i < 10 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    const outline = await button.evaluate((el) => ({
      style: getComputedStyle(el).outlineStyle,
      width: Number.parseFloat(getComputedStyle(el).outlineWidth),
    }));
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    const closed = await headerHeight(page);
    await page.keyboard.press('Enter');
    expect(await page.locator('.site-header details').getAttribute('open')).toBe('');
    expect(await nav.isVisible()).toBe(true);
    for (const s of links) expect(await nav.getByRole('link', { name: s.label, exact: true }).isVisible(), s.label).toBe(true);
    // The menu opens over the page; the bar keeps its height.
    expect(await headerHeight(page)).toBe(closed);
    const search = page.locator('.site-header').getByRole('searchbox', { name: SEARCH_UI[lang].searchHeaderLabel });
    expect(await search.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await nav.isVisible()).toBe(false);
  });

  it.each(WIDTHS)('names its search field on screen and for assistive technology at %i px', async (width) => {
    const page = await open(site.browser, `/${lang}/map/`, { viewport: { width, height: 800 } });
    const label = SEARCH_UI[lang].searchHeaderLabel;
    if (await page.locator('.site-header summary').isVisible()) await page.locator('.site-header summary').click();
    const field = page.locator('.site-header').getByRole('searchbox', { name: label, exact: true });
    expect(await field.isVisible()).toBe(true);
    expect(await field.getAttribute('placeholder')).toBe(label);
  });

  it('shows the sections in one row on a wide screen, the current one marked without a change of weight', async () => {
    const page = await open(site.browser, `/${lang}/outcomes/`, { viewport: { width: 1280, height: 800 } });
    const links = page.locator('.site-header nav a');
    const styles = await links.evaluateAll((as) =>
      as.map((a) => ({
        current: a.getAttribute('aria-current'),
        weight: getComputedStyle(a).fontWeight,
        top: Math.round(a.getBoundingClientRect().top),
      })),
    );
    expect(new Set(styles.map((s) => s.weight)).size).toBe(1);
    expect(new Set(styles.map((s) => s.top)).size).toBe(1);
    expect(styles.filter((s) => s.current === 'page')).toHaveLength(1);
    expect(await page.locator('.site-header summary').isVisible()).toBe(false);
    expect(await page.locator('.site-header nav').isVisible()).toBe(true);
  });
});

/** Letters and digits: what a line needs more than one of. */
const letters = (s: string) => s.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** The offsets where a line may begin: a phrase's start, after a space, or inside Latin text. */
function allowedStarts(text: string): Set<number> {
  const allowed = new Set<number>();
  let at = 0;
  for (const p of phrases(text)) allowed.add((at += p.length));
  for (let i = 1; i < text.length; i++) {
    if (/\s/u.test(text[i - 1]!)) allowed.add(i);
    if (!JAPANESE.test(text[i - 1]!) && !JAPANESE.test(text[i]!)) allowed.add(i);
  }
  return allowed;
}

interface Heading {
  tag: string;
  text: string;
  /** Offsets in `text` where each line after the first begins. */
  starts: number[];
  lines: string[];
  /** The widest phrase fits on a line (else a break inside it cannot be helped). */
  width: number;
  phraseWidths: Record<string, number>;
}

/** Each visible h1–h3's text and where its lines begin, from the boxes of its characters. */
function measureHeadings(phrasesByText: Record<string, string[]>): Heading[] {
  const out: Heading[] = [];
  for (const h of document.querySelectorAll<HTMLElement>('main h1, main h2, main h3')) {
    if (h.getClientRects().length === 0 || h.closest('.visually-hidden')) continue;
    const text = h.textContent ?? '';
    const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
    const boxes: { offset: number; left: number; top: number; right: number }[] = [];
    let base = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue ?? '';
      for (let i = 0; i < value.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = [...range.getClientRects()].find((r) => r.width > 0);
        if (rect && !/\s/u.test(value[i]!)) boxes.push({ offset: base + i, left: rect.left, top: rect.top, right: rect.right });
      }
      base += value.length;
    }
    const starts: number[] = [];
    for (let i = 1; i < boxes.length; i++)
      if (boxes[i]!.left < boxes[i - 1]!.left - 1 && boxes[i]!.top > boxes[i - 1]!.top + 2) starts.push(boxes[i]!.offset);
    const lines = [0, ...starts].map((s, i) => text.slice(s, starts[i] ?? text.length));
    // Width each phrase needs, from its characters' boxes (it may itself be split over lines).
    const phraseWidths: Record<string, number> = {};
    let at = 0;
    for (const p of phrasesByText[text] ?? []) {
      const own = boxes.filter((b) => b.offset >= at && b.offset < at + p.length);
      phraseWidths[p] = own.reduce((sum, b) => sum + (b.right - b.left), 0);
      at += p.length;
    }
    const style = getComputedStyle(h);
    out.push({
      tag: h.tagName,
      text,
      starts,
      lines,
      width: h.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight),
      phraseWidths,
    });
  }
  return out;
}

describe('Japanese headings break between phrases', () => {
  const japanese = built.filter((p) => p.startsWith('/ja/'));
  const HEADING_WIDTHS = [390, 1280] as const;

  /** The problems found at each width, and how many headings were measured. */
  const byWidth = new Map(HEADING_WIDTHS.map((width) => [width as number, { problems: [] as string[], measured: 0 }]));
  const walked = walkAtWidths(japanese, HEADING_WIDTHS, async (page, path, width) => {
    const found = byWidth.get(width)!;
    const texts = await page.locator('main :is(h1, h2, h3)').allTextContents();
    const phrasesByText = Object.fromEntries(texts.map((text) => [text, phrases(text)]));
    for (const h of await page.evaluate(measureHeadings, phrasesByText)) {
      found.measured++;
      found.problems.push(...headingProblems(path, h, phrasesByText[h.text] ?? [h.text]));
    }
  });

  it.each(HEADING_WIDTHS)('on every Japanese page at %i px', async (width) => {
    await walked();
    const { problems, measured } = byWidth.get(width)!;
    expect(measured).toBeGreaterThan(japanese.length);
    expect(problems).toEqual([]);
  });
});

/** What is wrong with where a heading's lines begin: a break inside a phrase that fits on a line, or a line of one character. */
function headingProblems(path: string, h: Heading, headingPhrases: string[]): string[] {
  const problems: string[] = [];
  const allowed = allowedStarts(h.text);
  const phraseAt = (offset: number) => {
    let at = 0;
    for (const p of headingPhrases) {
      if (offset < at + p.length) return p;
      at += p.length;
    }
    return '';
  };
  for (const start of h.starts) {
    const phrase = phraseAt(start);
    // A phrase wider than the line has to break inside; any other break must fall between phrases.
    if (!allowed.has(start) && (h.phraseWidths[phrase] ?? 0) <= h.width)
      problems.push(`${path} ${h.tag} breaks inside 「${phrase}」: ${h.lines.join(' / ')}`);
  }
  if (h.lines.length > 1)
    for (const line of h.lines)
      if (letters(line) === 1) problems.push(`${path} ${h.tag} has a line of one character: ${h.lines.join(' / ')}`);
  return problems;
}
