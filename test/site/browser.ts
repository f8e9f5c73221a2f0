/**
 * The built site served on localhost and the shared headless Chromium, for a test file's lifetime:
 * `const site = useBuiltSite()` registers the hooks; `site.server` and `site.browser` are ready in tests.
 */
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { serveStatic, type StaticServer } from './serve.ts';

export const dist = resolve(process.env.SITE_DIST ?? 'dist');

export interface BuiltSite {
  server: StaticServer;
  browser: Browser;
}

export interface PageWatch {
  /** Contexts a test opens; closed after it. */
  contexts: BrowserContext[];
  /** Console errors and uncaught exceptions the test's pages report; any fails the test. */
  errors: string[];
}

/** Registers the hook that closes each test's browser contexts and fails it on any error its pages reported. */
export function watchPages(): PageWatch {
  const watch: PageWatch = { contexts: [], errors: [] };
  afterEach(async () => {
    await Promise.all(watch.contexts.splice(0).map((context) => context.close()));
    const seen = watch.errors.splice(0);
    expect(seen, 'console errors and uncaught exceptions').toEqual([]);
  });
  return watch;
}

/**
 * A site path in a context of its own, closed after the test; console errors and uncaught
 * exceptions fail the test, and the page must answer 200.
 */
export async function openPage(site: BuiltSite, watch: PageWatch, path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await site.browser.newContext(options);
  watch.contexts.push(context);
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && watch.errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => watch.errors.push(`uncaught: ${e.message}`));
  const response = await page.goto(site.server.origin + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

/**
 * Pages kept for a test file (or a describe block), one per set of context options, made by `make`
 * the first time and handed out again after: the caller navigates it to each page. A context costs
 * Chromium about twice the CPU of a page load (a renderer process to start, the context to set
 * up), and the site keeps no state in the browser (no storage, cookies or service worker), so each
 * load is a fresh document as a new context's would be. Before it is handed out again the pointer
 * leaves the window and the media type goes back to the screen, so nothing a check did (a hover,
 * print media) carries over. Not for tests that change the context (routes, permissions, init
 * scripts) or keep two pages of the same options open at once. Closed after the block's tests.
 */
export function keptPages(make: (options: BrowserContextOptions) => Promise<Page>): (options?: BrowserContextOptions) => Promise<Page> {
  const pages = new Map<string, Promise<Page>>();
  afterAll(async () => {
    const made = await Promise.allSettled(pages.values());
    pages.clear();
    await Promise.all(made.map((m) => (m.status === 'fulfilled' ? m.value.context().close() : undefined)));
  });
  return async (options = {}) => {
    const key = JSON.stringify(options);
    let made = pages.get(key);
    if (!made) {
      made = make(options);
      pages.set(key, made);
    }
    const page = await made;
    await page.mouse.move(-1, -1);
    await page.emulateMedia({ media: null });
    return page;
  };
}

/**
 * Like openPage, for checks that only read what a page shows or act on its document: a kept page
 * (keptPages) per set of options, navigated to each path; console errors and uncaught exceptions
 * go to `watch`, and the page must answer 200.
 */
export function reusedPages(site: BuiltSite, watch: PageWatch): (path: string, options?: BrowserContextOptions) => Promise<Page> {
  const kept = keptPages(async (options) => {
    const page = await (await site.browser.newContext(options)).newPage();
    page.on('console', (m) => m.type() === 'error' && watch.errors.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => watch.errors.push(`uncaught: ${e.message}`));
    return page;
  });
  return async (path, options = {}) => {
    const page = await kept(options);
    const response = await page.goto(site.server.origin + path);
    expect(response?.status(), path).toBe(200);
    return page;
  };
}

/**
 * A connection to the one Chromium the `site` project launches for all its files (test/setup/chromium.ts).
 * Closing it closes the contexts this file opened and leaves the browser to the other files.
 */
export function connectChromium(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}

export function useBuiltSite(): BuiltSite {
  const site = {} as BuiltSite;
  beforeAll(async () => {
    site.server = await serveStatic(dist);
    site.browser = await connectChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
