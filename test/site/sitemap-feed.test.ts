// sitemap.xml, robots.txt and the briefings' Atom feeds, read back from the built site. The XML is
// parsed by Chromium's strict XML parser, so a malformed file fails. The sitemap is compared
// with the HTML files in dist/: a page built but not listed (or listed but not built) fails.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/core/locales.ts';
import { absoluteUrl } from '../../src/core/urls.ts';
import { dist, useBuiltSite } from './browser.ts';
import { listBuiltSite } from './pages.ts';

const site = useBuiltSite();
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage();
  await page.goto('about:blank');
});
afterAll(async () => {
  await page?.close();
});

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const htmlFile = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);
/** Where the build put the site: every absolute address must start here (SITE_URL, as at build time). */
const siteRoot = absoluteUrl('/');
const sitePathOf = (url: string) => (url.startsWith(siteRoot) ? `/${url.slice(siteRoot.length)}` : undefined);

interface ParsedXml {
  error?: string;
  root?: { name: string; ns: string | null; lang: string | null };
}

/** Parses `xml` in Chromium and runs `pick` on the document (as a string: it runs in the page). */
async function parseXml<T>(xml: string, pick: string): Promise<ParsedXml & { picked?: T }> {
  return page.evaluate(
    ([text, body]) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      if (error) return { error: error.textContent ?? 'parse error' };
      const root = doc.documentElement;
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const picked = new Function('doc', body)(doc) as unknown;
      return { root: { name: root.localName, ns: root.namespaceURI, lang: root.getAttribute('xml:lang') }, picked };
    },
    [xml, pick] as const,
  ) as Promise<ParsedXml & { picked?: T }>;
}

describe('sitemap.xml', () => {
  interface Url {
    loc: string;
    alternates: { hreflang: string; href: string }[];
  }
  let urls: Url[];
  let parsed: ParsedXml;

  beforeAll(async () => {
    const result = await parseXml<Url[]>(
      read('sitemap.xml'),
      `const XHTML = 'http://www.w3.org/1999/xhtml';
       return [...doc.documentElement.children].map((url) => ({
         loc: url.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')[0]?.textContent ?? '',
         alternates: [...url.getElementsByTagNameNS(XHTML, 'link')].map((l) => ({ hreflang: l.getAttribute('hreflang'), href: l.getAttribute('href') })),
       }));`,
    );
    parsed = result;
    urls = result.picked ?? [];
  });

  it('is well-formed: a urlset in the sitemap namespace', () => {
    expect(parsed.error).toBeUndefined();
    expect(parsed.root).toMatchObject({ name: 'urlset', ns: 'http://www.sitemaps.org/schemas/sitemap/0.9' });
  });

  it('lists every indexable built page once, and nothing else', () => {
    const { pages } = listBuiltSite(dist);
    const indexable = pages.filter(
      (path) =>
        // The root only asks for a language: its two answers, /ja/ and /en/, are listed instead.
        path !== '/' &&
        // Embeds are framed by other sites, not landed on (and say noindex themselves).
        !path.startsWith('/embed/') &&
        !/<meta\s+name="robots"\s+content="[^"]*noindex/i.test(readFileSync(htmlFile(path), 'utf8')),
    );
    const listed = urls.map((u) => sitePathOf(u.loc));
    expect(
      listed.filter((path, i) => listed.indexOf(path) !== i),
      'listed twice',
    ).toEqual([]);
    expect(
      listed.filter((path) => path === undefined),
      'not an absolute URL of the site',
    ).toEqual([]);
    expect(
      indexable.filter((path) => !listed.includes(path)),
      'built but not in the sitemap',
    ).toEqual([]);
    expect(
      listed.filter((path) => !indexable.includes(path!)),
      'in the sitemap but not an indexable page',
    ).toEqual([]);
    expect(indexable.length).toBeGreaterThan(0);
  });

  it('leaves out the search page, the not-found page and every noindex page', () => {
    const listed = new Set(urls.map((u) => sitePathOf(u.loc)));
    for (const path of ['/404.html', ...LANGS.map((l) => `/${l}/search/`)]) expect(listed.has(path), path).toBe(false);
  });

  it('gives every page its alternates in both languages and x-default, absolute and listed, as its own <head> does', () => {
    const locs = new Set(urls.map((u) => u.loc));
    for (const { loc, alternates } of urls) {
      const byLang = Object.fromEntries(alternates.map((a) => [a.hreflang, a.href]));
      expect(Object.keys(byLang).sort(), loc).toEqual(['en', 'ja', 'x-default']);
      expect(
        alternates.filter((a) => !locs.has(a.href)),
        `${loc}: alternates not in the sitemap`,
      ).toEqual([]);
      const lang = sitePathOf(loc)!.split('/')[1];
      expect(byLang[lang!], `${loc}: its own language`).toBe(loc);
      // The same alternates as the page declares in its head.
      const head = readFileSync(htmlFile(sitePathOf(loc)!), 'utf8');
      const declared = Object.fromEntries(
        [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]),
      );
      expect(byLang, `${loc}: sitemap vs <head>`).toEqual(declared);
    }
  });
});

describe('robots.txt', () => {
  const robots = existsSync(join(dist, 'robots.txt')) ? read('robots.txt') : '';

  it('allows everything, embeds included', () => {
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow:\s*\S/m);
  });

  it('points at the sitemap with an absolute URL that is served', async () => {
    const line = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(line).toBe(absoluteUrl('/sitemap.xml'));
    const response = await fetch(site.server.origin + sitePathOf(line!)!);
    expect(response.status).toBe(200);
    await response.body?.cancel();
  });
});

/** asOf and slug of each content/briefings/<lang>/*.md, from its frontmatter. */
function briefingFiles(lang: Lang): { slug: string; asOf: string; title: string }[] {
  const dir = join('content', 'briefings', lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return {
        slug: f.replace(/\.md$/, ''),
        asOf: /^asOf:\s*(\S+)$/m.exec(text)?.[1] ?? '',
        title: /^title:\s*(.+)$/m.exec(text)?.[1]?.replace(/^"(.*)"$/, '$1') ?? '',
      };
    });
}

describe.each(LANGS)('briefings feed (%s)', (lang) => {
  interface Feed {
    id: string;
    title: string;
    updated: string;
    self: string | null;
    entries: { id: string; title: string; updated: string; link: string | null; summary: string }[];
  }
  const path = `/${lang}/briefings/feed.xml`;
  let feed: Feed | undefined;
  let parsed: ParsedXml;

  beforeAll(async () => {
    const result = await parseXml<Feed>(
      read(path),
      `const A = 'http://www.w3.org/2005/Atom';
       const root = doc.documentElement;
       const own = (el, name) => [...el.children].filter((c) => c.namespaceURI === A && c.localName === name);
       const text = (el, name) => own(el, name)[0]?.textContent ?? '';
       const link = (el, rel) => own(el, 'link').find((l) => (l.getAttribute('rel') ?? 'alternate') === rel)?.getAttribute('href') ?? null;
       return {
         id: text(root, 'id'), title: text(root, 'title'), updated: text(root, 'updated'), self: link(root, 'self'),
         entries: own(root, 'entry').map((e) => ({ id: text(e, 'id'), title: text(e, 'title'), updated: text(e, 'updated'), link: link(e, 'alternate'), summary: text(e, 'summary') })),
       };`,
    );
    parsed = result;
    feed = result.picked;
  });

  it('is well-formed Atom in the language of its briefings', () => {
    expect(parsed.error).toBeUndefined();
    expect(parsed.root).toEqual({ name: 'feed', ns: 'http://www.w3.org/2005/Atom', lang });
    expect(feed!.title).not.toBe('');
    expect(feed!.self).toBe(absoluteUrl(path));
    expect(feed!.id).toBe(absoluteUrl(path));
  });

  it('has one entry per briefing, each with its title, summary and absolute link to a built page', () => {
    const files = briefingFiles(lang);
    expect(feed!.entries.map((e) => e.link).sort()).toEqual(files.map((f) => absoluteUrl(`/${lang}/briefings/${f.slug}/`)).sort());
    for (const entry of feed!.entries) {
      const file = files.find((f) => entry.link === absoluteUrl(`/${lang}/briefings/${f.slug}/`))!;
      expect(entry.title).toBe(file.title);
      expect(entry.summary).not.toBe('');
      expect(entry.id).toBe(entry.link);
      expect(existsSync(htmlFile(sitePathOf(entry.link!)!)), entry.link!).toBe(true);
    }
  });

  it('dates every entry by its committed as-of date, and the feed by the latest, never the build time', () => {
    const files = briefingFiles(lang);
    for (const entry of feed!.entries) {
      const file = files.find((f) => entry.link === absoluteUrl(`/${lang}/briefings/${f.slug}/`))!;
      expect(entry.updated).toBe(`${file.asOf}T00:00:00Z`);
    }
    expect(feed!.updated).toBe(
      feed!.entries
        .map((e) => e.updated)
        .sort()
        .at(-1),
    );
  });

  it('is announced in the head of the briefings page', () => {
    const head = read(`${lang}/briefings/index.html`);
    const link = /<link rel="alternate" type="application\/atom\+xml"[^>]*href="([^"]+)"/.exec(head)?.[1];
    expect(link).toBe(path);
  });
});
