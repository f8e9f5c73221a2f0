// The site search in Chromium over the built site: queries typed like a reader finds the pages the
// data says they should, in both languages; results show a type and a highlighted excerpt and
// their count is announced; the header form reaches the search from every kind of page, with and
// without JavaScript; the strict CSP lets Pagefind run; the site index links every page.
// Expected pages come from content/data and content/ (names, ids, titles), not from the output.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_UI } from '../../src/i18n/search.ts';
import { t } from '../../src/i18n/ui.ts';
import type { Lang } from '../../src/core/locales.ts';
import { dist, useBuiltSite } from './browser.ts';

interface Project {
  id: string;
  name_ja: string;
  name_en: string;
}
interface Bureau {
  id: string;
  short_ja: string;
  short_en: string;
  seat_ja: string;
  seat_en: string;
}
const json = <T>(name: string): T => JSON.parse(readFileSync(join('content/data', `${name}.json`), 'utf8')) as T;
const projects = json<Project[]>('cluster-projects');
const bureaus = json<Bureau[]>('bureaus');

/** Slugs and titles of content/<collection>/<lang>/*.md, from their frontmatter. */
function entries(collection: 'briefings' | 'cases', lang: Lang): { slug: string; title: string }[] {
  const dir = join('content', collection, lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const title = /^title:\s*(.+)$/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1]?.replace(/^"(.*)"$/, '$1');
      if (!title) throw new Error(`${dir}/${f}: no title`);
      return { slug: f.replace(/\.md$/, ''), title };
    });
}
function entryTitled(collection: 'briefings' | 'cases', lang: Lang, words: RegExp): string {
  const found = entries(collection, lang).filter((e) => words.test(e.title));
  if (found.length !== 1) throw new Error(`expected one ${lang} ${collection} entry titled ${words}, found ${found.length}`);
  return `/${lang}/${collection}/${found[0]!.slug}/`;
}

const projectPage = (lang: Lang, p: Project) => `/${lang}/projects/${p.id}/`;
const bureauPage = (lang: Lang, short: string) => {
  const bureau = bureaus.find((b) => b[`short_${lang}`] === short);
  if (!bureau) throw new Error(`no bureau with short name ${short}`);
  return `/${lang}/bureaus/${bureau.id}/`;
};
// The projects whose Japanese name contains バイオ; their English pages answer "bio".
const bioProjects = projects.filter((p) => p.name_ja.includes('バイオ'));
const environmentProjects = projects.filter((p) => p.name_ja.includes('環境'));

interface Query {
  lang: Lang;
  query: string;
  why: string;
  /** Pages that must all be among the results. */
  expected: string[];
  /** The page that must come first, when the query names one page. */
  first?: string;
}

const QUERIES: Query[] = [
  {
    lang: 'ja',
    query: 'バイオ',
    why: 'katakana: every project with バイオ in its name',
    expected: bioProjects.map((p) => projectPage('ja', p)),
  },
  {
    lang: 'ja',
    query: '環境',
    why: 'kanji compound: every project with 環境 in its name',
    expected: environmentProjects.map((p) => projectPage('ja', p)),
  },
  { lang: 'ja', query: '北海道', why: 'a bureau by its short name', expected: [bureauPage('ja', '北海道')] },
  { lang: 'ja', query: '協創', why: 'a briefing topic', expected: [entryTitled('briefings', 'ja', /協創/)] },
  { lang: 'ja', query: 'コラーゲン', why: 'a success case', expected: [entryTitled('cases', 'ja', /コラーゲン/)] },
  { lang: 'en', query: 'bio', why: 'the English pages of the バイオ projects', expected: bioProjects.map((p) => projectPage('en', p)) },
  { lang: 'en', query: 'Kyushu', why: 'a bureau by its short name', expected: [bureauPage('en', 'Kyushu')] },
  { lang: 'en', query: 'consortium', why: 'a chart topic', expected: ['/en/charts/consortium-funnel/'] },
  { lang: 'en', query: 'co-creation', why: 'a briefing topic', expected: [entryTitled('briefings', 'en', /co-creation/i)] },
  { lang: 'en', query: 'collagen', why: 'a success case', expected: [entryTitled('cases', 'en', /collagen/i)] },
  // Every project by its full name, in each language, comes first.
  ...(['ja', 'en'] as const).flatMap((lang) =>
    projects.map((p) => ({
      lang,
      query: p[`name_${lang}`],
      why: 'a project by name',
      expected: [projectPage(lang, p)],
      first: projectPage(lang, p),
    })),
  ),
];

const site = useBuiltSite();

interface Shown {
  status: string;
  results: { href: string; title: string; type: string; marks: string[]; excerpt: string }[];
}

/** Types `query` into the search page's input like a reader and waits for the announced count. */
async function searchFor(page: Page, lang: Lang, query: string): Promise<Shown> {
  const input = page.getByLabel(SEARCH_UI[lang].searchLabel, { exact: true });
  await input.fill(query);
  await page.waitForFunction((q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(q), query);
  return shown(page);
}

function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => ({
    status: document.querySelector('[data-search-status]')?.textContent ?? '',
    results: [...document.querySelectorAll('[data-search-results] li')].map((li) => ({
      href: new URL(li.querySelector('a')!.href).pathname,
      title: li.querySelector('a')!.textContent ?? '',
      type: li.querySelector('.search-result-type')?.textContent ?? '',
      marks: [...li.querySelectorAll('.search-result-excerpt mark')].map((m) => m.textContent ?? ''),
      excerpt: li.querySelector('.search-result-excerpt')?.textContent ?? '',
    })),
  }));
}

/** A browser context as readers get it (CSP enforced), recording violations and console errors. */
async function readerContext(javaScriptEnabled = true): Promise<{ context: BrowserContext; problems: string[] }> {
  const context = await site.browser.newContext({ javaScriptEnabled });
  const problems: string[] = [];
  await context.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `CSP: ${e.violatedDirective} blocked ${e.blockedURI}`,
      );
    });
  });
  context.on('console', (m) => {
    if (m.type() === 'error' || /content security policy/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  context.on('weberror', (e) => problems.push(`uncaught: ${e.error().message}`));
  return { context, problems };
}

describe.each(['ja', 'en'] as const)('search page (%s)', (lang) => {
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  const words = SEARCH_UI[lang];

  beforeAll(async () => {
    ({ context, problems } = await readerContext());
    page = await context.newPage();
    await page.goto(`${site.server.origin}/${lang}/search/`);
    // The script hides the no-JavaScript notice once Pagefind has loaded.
    await page.locator('[data-search-notice]').waitFor({ state: 'hidden' });
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(QUERIES.filter((q) => q.lang === lang))('finds $expected for “$query” ($why)', async ({ query, expected, first }) => {
    const { status, results } = await searchFor(page, lang, query);
    const hrefs = results.map((r) => r.href);
    expect(hrefs).toEqual(expect.arrayContaining(expected));
    if (first) expect(hrefs[0]).toBe(first);
    // The count is announced, and it is the number of results shown.
    expect(status).toBe(words.resultCount(results.length, query));
    // Every result says what kind of page it is.
    const kinds = Object.values(words.kinds);
    for (const r of results) expect(kinds).toContain(r.type);
  });

  it('shows each result as a link with its type and the match highlighted', async () => {
    const query = lang === 'ja' ? 'バイオ' : 'bio';
    const { results } = await searchFor(page, lang, query);
    const project = results.find((r) => r.href === projectPage(lang, bioProjects[0]!))!;
    expect(project.type).toBe(words.kinds.project);
    expect(project.title).toBe(bioProjects[0]![`name_${lang}`]);
    expect(project.marks.length).toBeGreaterThan(0);
    for (const mark of project.marks) expect(mark.toLowerCase()).toContain(query);
    // Results are plain links in the tab order: no tabindex games, no custom key handling.
    const links = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('tabindex')));
    expect(links.every((t) => t === null)).toBe(true);
  });

  it('separates a result’s facts in its excerpt: each name from its value, and the facts from each other', async () => {
    const ui = t(lang);
    const { excerptLabelEnd: end, excerptFieldSeparator: sep } = words;
    // A bureau found by its seat: "Seat: Sapporo (outside the document) · Prefectures covered: …".
    const bureau = bureaus[0]!;
    const seat = bureau[`seat_${lang}`];
    const byseat = (await searchFor(page, lang, seat)).results.find((r) => r.href === `/${lang}/bureaus/${bureau.id}/`);
    expect(byseat, `${seat} finds its bureau`).toBeDefined();
    expect(byseat!.excerpt).toContain(`${ui.bureauSeat}${end}${seat}`);
    expect(byseat!.excerpt).toContain(`${sep}${ui.bureauPrefectures}${end}`);
    expect(byseat!.excerpt).not.toContain(`${ui.bureauSeat}${seat}`);
    // A project found by its name: "Names: … · Fields: …".
    const project = projects[0]!;
    const byname = (await searchFor(page, lang, project[`name_${lang}`])).results.find((r) => r.href === projectPage(lang, project));
    expect(byname!.excerpt).toContain(`${ui.projectNames}${end}`);
    expect(byname!.excerpt).toContain(`${sep}${ui.colFields}${end}`);
  });

  it('announces the count in a polite live region and says when nothing matches', async () => {
    const region = page.locator('[data-search-status]');
    expect(await region.getAttribute('role')).toBe('status');
    const nothing = 'zzqxj';
    const { status, results } = await searchFor(page, lang, nothing);
    expect(results).toEqual([]);
    expect(status).toBe(words.noResults(nothing));
    expect(await page.locator('[data-search-results]').isHidden()).toBe(true);
  });

  it('keeps the query in the address and runs ?q= on arrival', async () => {
    const query = lang === 'ja' ? '北海道' : 'Kyushu';
    await searchFor(page, lang, query);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    const fresh = await context.newPage();
    await fresh.goto(`${site.server.origin}/${lang}/search/?q=${encodeURIComponent(query)}`);
    await fresh.waitForFunction((q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(q), query);
    expect(await fresh.getByLabel(words.searchLabel, { exact: true }).inputValue()).toBe(query);
    expect((await shown(fresh)).results.map((r) => r.href)).toContain(bureauPage(lang, query));
    await fresh.close();
  });

  it('runs under the CSP with no violation and no console error', async () => {
    expect(problems).toEqual([]);
    // Pagefind searched in its web worker (worker-src 'self'), not on the main thread.
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toContain('/pagefind/pagefind-worker.js');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(csp).not.toContain("'unsafe-eval'");
  });

  it('also runs under the CSP on the main thread, where Pagefind falls back when its worker fails', async () => {
    // The search page (the only one whose policy allows WebAssembly) in a browser where the worker
    // cannot load, so Pagefind starts on the main thread.
    const { context: fresh, problems: freshProblems } = await readerContext();
    await fresh.route('**/pagefind-worker.js', (route) => route.abort());
    const other = await fresh.newPage();
    await other.goto(`${site.server.origin}/${lang}/search/`);
    // A string, so that vitest leaves the dynamic import alone.
    const count = await other.evaluate<number>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ noWorker: true });
      return (await pagefind.search(${JSON.stringify(lang === 'ja' ? 'バイオ' : 'bio')})).results.length;
    })()`);
    expect(count).toBeGreaterThan(0);
    expect(freshProblems).toEqual([]);
    await fresh.close();
  });
});

/** One built page of each kind, in each language: the header search must be on all of them. */
const PAGE_KINDS = (lang: Lang) => [
  `/${lang}/`,
  `/${lang}/map/`,
  projectPage(lang, projects[0]!),
  `/${lang}/bureaus/${bureaus[0]!.id}/`,
  `/${lang}/charts/consortium-funnel/`,
  `/${lang}/briefings/`,
  entryTitled('briefings', lang, lang === 'ja' ? /協創/ : /co-creation/i),
  entryTitled('cases', lang, lang === 'ja' ? /コラーゲン/ : /collagen/i),
  `/${lang}/data/`,
  `/${lang}/about/`,
  `/${lang}/site-index/`,
];

describe.each(['ja', 'en'] as const)('header search form (%s)', (lang) => {
  const words = SEARCH_UI[lang];

  it.each(PAGE_KINDS(lang))('is on %s, labelled, and sends q to the search page', async (path) => {
    const page = await site.browser.newPage();
    await page.goto(site.server.origin + path);
    const form = page.locator('header form[role="search"]');
    expect(await form.count()).toBe(1);
    expect(await form.getAttribute('action')).toBe(`/${lang}/search/`);
    expect(await form.getAttribute('method')).toBe('get');
    const input = form.getByLabel(words.searchHeaderLabel, { exact: true });
    expect(await input.getAttribute('type')).toBe('search');
    expect(await input.getAttribute('name')).toBe('q');
    await page.close();
  });

  it('pressing Enter lands on the search page with results', async () => {
    const { context, problems } = await readerContext();
    const page = await context.newPage();
    const query = lang === 'ja' ? '北海道' : 'Kyushu';
    await page.goto(`${site.server.origin}${projectPage(lang, projects[0]!)}`);
    await page.locator('header').getByLabel(words.searchHeaderLabel, { exact: true }).fill(query);
    await Promise.all([page.waitForURL('**/search/?q=*'), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(`/${lang}/search/`);
    await page.waitForFunction((q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(q), query);
    expect((await shown(page)).results.map((r) => r.href)).toContain(bureauPage(lang, query));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript, Enter still reaches the search page, which points to the site index', async () => {
    const { context } = await readerContext(false);
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/${lang}/charts/`);
    await page.locator('header').getByLabel(words.searchHeaderLabel, { exact: true }).fill('bio');
    await Promise.all([page.waitForURL('**/search/?q=bio'), page.keyboard.press('Enter')]);
    const notice = page.locator('[data-search-notice]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toBe(words.needsScript);
    const index = page.getByRole('link', { name: words.browseSiteIndex });
    expect(await index.getAttribute('href')).toBe(`/${lang}/site-index/`);
    await context.close();
  });
});

describe.each(['ja', 'en'] as const)('site index (%s)', (lang) => {
  const file = join(dist, lang, 'site-index', 'index.html');
  const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const hrefs = new Set([...html.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]));
  const builtIn = (section: string) =>
    readdirSync(join(dist, lang, section), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `/${lang}/${section}/${d.name}/`);

  it('is built', () => {
    expect(html).not.toBe('');
  });
  it('links every project (from the data)', () => {
    expect(projects.map((p) => projectPage(lang, p)).filter((h) => !hrefs.has(h))).toEqual([]);
  });
  it('links every bureau (from the data)', () => {
    expect(bureaus.map((b) => `/${lang}/bureaus/${b.id}/`).filter((h) => !hrefs.has(h))).toEqual([]);
  });
  it('links every chart, briefing and case page that was built', () => {
    const pages = [...builtIn('charts'), ...builtIn('briefings'), ...builtIn('cases')];
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((h) => !hrefs.has(h))).toEqual([]);
  });
});
