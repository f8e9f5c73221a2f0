// Every built page, in headless Chromium: it loads, says which language it is in,
// links only to things that exist, passes axe (WCAG 2.2 AA), logs no errors and
// fetches nothing from another origin. One loop over dist/, so a page added later
// is covered with no new code. SITE_DIST points it at another build (default dist).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectChromium } from './browser.ts';
import { listBuiltSite } from './pages.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const dist = resolve(process.env.SITE_DIST ?? 'dist');
const { pages, redirects } = listBuiltSite(dist);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(dist);
  if (pages.length === 0) return; // the test below fails with the reason
  // The shared browser resolves no host name but our own (test/setup/chromium.ts), so that not
  // even a <link rel=preconnect> or DNS prefetch leaves the machine.
  browser = await connectChromium();
});

afterAll(async () => {
  await (await shared)?.context().close();
  await browser?.close();
  await server?.close();
});

it('finds built pages in dist/', () => {
  expect(pages.length, `no HTML pages in ${dist}: run npm run build first`).toBeGreaterThan(0);
});

/** What the page being checked reported: console errors and uncaught exceptions, requests that would leave the machine. */
interface Seen {
  errors: string[];
  offSite: string[];
}

/**
 * One context and page for every page of the site, navigated from page to page: a new context
 * per page cost Chromium about twice the CPU of the load itself, and the site keeps no state in
 * the browser (no storage, cookies or service worker), so each page is a fresh document as it
 * would be in a new context. What the page reports goes to the record of the page being checked.
 */
let shared: Promise<Page> | undefined;
let seen: Seen = { errors: [], offSite: [] };
function sharedPage(): Promise<Page> {
  shared ??= (async () => {
    // bypassCSP: a Content-Security-Policy must not stop us injecting axe.
    const context: BrowserContext = await browser.newContext({ bypassCSP: true });
    // axe goes into every document as it starts, sent to Chromium once: injected into each page
    // after it loaded (addScriptTag), its 550 KB went over the protocol and was compiled again per
    // page, and this file took 132 s of CPU (Chromium's and Node's) where it now takes 82 s.
    await context.addInitScript({ content: axeSource });
    const page = await context.newPage();
    // Every request is seen, not intercepted: a request to anywhere but 127.0.0.1 cannot leave the
    // machine (the shared browser resolves no other host: test/setup/chromium.ts), and intercepting
    // each of the site's own requests cost Chromium and this process a round trip apiece.
    page.on('request', (request) => {
      if (leavesMachine(request.url())) seen.offSite.push(request.url());
    });
    page.on('console', (message) => {
      const { url } = message.location();
      // A request we blocked is reported once, by the off-site test, not again here.
      if (message.type() === 'error' && !seen.offSite.includes(url)) seen.errors.push(`console: ${message.text()} (${url})`);
    });
    page.on('pageerror', (error) => seen.errors.push(`uncaught: ${error.message}`));
    return page;
  })();
  return shared;
}

describe.each(pages)('%s', (path) => {
  let page: Page;
  let status: number | undefined;
  const errors: string[] = [];
  const offSite: string[] = [];

  beforeAll(async () => {
    page = await sharedPage();
    seen = { errors, offSite };
    status = (await page.goto(server.origin + path, { waitUntil: 'load' }))?.status();
  });

  it('answers 200', () => {
    expect(status).toBe(200);
  });

  it('declares its language, a non-empty title and exactly one h1', async () => {
    const facts = await page.evaluate(() => ({
      lang: document.documentElement.getAttribute('lang'),
      title: document.title,
      h1s: document.querySelectorAll('h1').length,
    }));
    const expected = path.startsWith('/ja/') ? 'ja' : path.startsWith('/en/') ? 'en' : undefined;
    if (expected) expect.soft(facts.lang, '<html lang>').toBe(expected);
    else expect.soft(['ja', 'en'], '<html lang> outside /ja/ and /en/').toContain(facts.lang);
    expect.soft(facts.title, '<title>').not.toBe('');
    expect.soft(facts.h1s, 'number of <h1>').toBe(1);
  });

  it('has no broken internal links or #fragments', async () => {
    const urls = await page.evaluate(() => {
      const found: string[] = [];
      const add = (raw: string | null | undefined) => {
        if (raw) found.push(new URL(raw.trim(), document.baseURI).href);
      };
      for (const el of document.querySelectorAll('a[href], link[href]')) add(el.getAttribute('href'));
      for (const el of document.querySelectorAll('script[src], img[src], source[src]')) add(el.getAttribute('src'));
      for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
        for (const candidate of el.getAttribute('srcset')?.split(',') ?? []) add(candidate.trim().split(/\s+/)[0]);
      }
      return found;
    });
    const internal = [...new Set(urls)].filter(isInternal);
    const broken = (await Promise.all(internal.map(brokenReason))).filter((reason) => reason !== undefined);
    expect(broken).toEqual([]);
  });

  it('has no WCAG 2.2 AA violations (axe-core)', async () => {
    const violations = await page.evaluate(async (tags) => {
      const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map((v) => ({
        rule: `${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ${v.helpUrl}`,
        nodes: v.nodes.map((node) =>
          `${node.target.join(' ')} ${node.html.slice(0, 120)}: ${node.failureSummary ?? ''}`.replace(/\s*\n\s*/g, ' '),
        ),
      }));
    }, wcag22aa);
    expect(violations).toEqual([]);
  });

  // These two come last so that they also see anything that happened while the
  // checks above ran (late scripts, axe's own DOM walk).
  it('logs no console errors and throws no uncaught errors', () => {
    expect(errors).toEqual([]);
  });

  it('requests nothing from another origin', () => {
    expect(offSite).toEqual([]);
  });
});

describe.each(redirects)('redirect $from', ({ from, to }) => {
  it(`leads to a page that exists (${to})`, async () => {
    const target = new URL(to, server.origin + from).href;
    expect(isInternal(target) ? await brokenReason(target) : `${to}: off-site`).toBeUndefined();
  });
});

/** A URL of this site (what the link check follows; mailto: and off-site are not). */
function isInternal(url: string): boolean {
  return new URL(url).origin === server.origin;
}

/** A request that would go over the network to anything but our server
 *  (data:, blob: and about: URLs never leave the machine). */
function leavesMachine(url: string): boolean {
  return /^(https?|wss?|ftp):$/.test(new URL(url).protocol) && !isInternal(url);
}

interface Target {
  status: number;
  /** ids in the HTML as served (without JavaScript), for checking #fragments */
  ids?: Set<string>;
}

// One fetch per URL across the whole run, however many pages link to it.
const targets = new Map<string, Promise<Target>>();

function fetchTarget(url: string): Promise<Target> {
  let target = targets.get(url);
  if (!target) {
    target = fetch(url).then(async (response) => {
      if (!response.ok || !response.headers.get('content-type')?.startsWith('text/html')) {
        await response.body?.cancel();
        return { status: response.status };
      }
      const html = await response.text();
      const ids = [...html.matchAll(/\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)];
      return { status: response.status, ids: new Set(ids.map((m) => m[1] ?? m[2] ?? m[3] ?? '')) };
    });
    targets.set(url, target);
  }
  return target;
}

/** Why a local URL is broken, or undefined when it resolves (after redirects) to 200
 *  and its #fragment, if any, names an element on that page. */
async function brokenReason(url: string): Promise<string | undefined> {
  const { hash, pathname, search } = new URL(url);
  const shown = pathname + search + hash;
  const target = await fetchTarget(url.replace(/#.*$/, ''));
  if (target.status !== 200) return `${shown}: HTTP ${target.status}`;
  const fragment = decodeURIComponent(hash.slice(1));
  // "#" and "#top" scroll to the top without any element (HTML spec).
  if (fragment === '' || fragment.toLowerCase() === 'top' || !target.ids) return undefined;
  return target.ids.has(fragment) ? undefined : `${shown}: no element with id="${fragment}"`;
}
