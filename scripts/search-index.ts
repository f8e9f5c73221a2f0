/**
 * `node scripts/search-index.ts [dist]`, the last step of `npm run build`: Pagefind indexes the
 * built pages that carry data-pagefind-body (SiteLayout's `search` prop), one index per
 * <html lang>, into dist/pagefind/. Any problem (an error from Pagefind, a language without an
 * index, a marked page left out) exits non-zero, so a site whose search is broken is never built.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { LANGS } from '../src/core/locales.ts';
import { indexableHtml } from '../src/search/index-text.ts';

/**
 * Parts of shared components that would only add noise to every page that shows them: drawings
 * (their labels repeat the page's words), chart data tables and tooltips (figures, not words),
 * share panels (embed codes), source lines, citations and source lists (the same deck on every
 * page), and note numbers (which would run into the figure before them: 2002¹ → "20021").
 * Noise in the page files themselves is marked there with data-pagefind-ignore.
 */
const EXCLUDE = ['svg', '.chart-table', '.chart-tooltip', '.share-panel', '.source-line', '.source-ref', '.briefing-sources', '.cite'];

/** Pagefind's ready-made interfaces: the site has its own (src/search/), so these would be dead weight. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

interface Entry {
  languages: Record<string, { page_count: number }>;
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesIn(join(dir, d.name)) : [join(dir, d.name)]));
}

/** The built pages, in a fixed order. */
const htmlFiles = (dist: string) =>
  filesIn(dist)
    .filter((f) => f.endsWith('.html'))
    .sort();

/**
 * Pages read and handed to Pagefind at a time. At 100× the data the pages are thousands and
 * hundreds of MB (twice that as JavaScript strings of Japanese text); read all at once, with their
 * indexed copies, they outgrew Node's 4 GB heap. A few at a time keep Pagefind busy all the same.
 */
const PAGES_AT_A_TIME = 16;

/**
 * The Pagefind binaries this process started, where /proc lists them (Linux). pagefind.close()
 * kills its binary without waiting for it, so this process could end first: the binary was then
 * nobody's child to wait for, and its CPU (11 s at 100× the data) went missing from the build's
 * (the benchmark's /usr/bin/time counts only the processes waited for).
 */
function pagefindProcesses(): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      const stat = readFileSync(join('/proc', entry, 'stat'), 'utf8');
      // `pid (name) state ppid …`; the name may hold spaces and parentheses.
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return ppid === process.pid && name.startsWith('pagefind') ? [Number(entry)] : [];
    } catch {
      return []; // ended meanwhile
    }
  });
}

/** Until these children have ended and been waited for (gone from /proc), for at most `limitMs`. */
async function ended(pids: number[], limitMs = 5_000): Promise<void> {
  const until = performance.now() + limitMs;
  while (pids.some((pid) => existsSync(join('/proc', String(pid)))) && performance.now() < until)
    await new Promise((done) => setTimeout(done, 10));
}

export interface IndexReport {
  pages: Record<string, number>;
  files: number;
  bytes: number;
  ms: number;
}

export async function buildSearchIndex(dist: string): Promise<IndexReport> {
  const started = performance.now();
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`search index: no built site in ${dist}; run astro build first`);
  const out = join(dist, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const problems: string[] = [];
  let marked = 0;
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
    if (!index) throw new Error(`search index: Pagefind did not start: ${errors.join('; ')}`);
    problems.push(...errors);
    // Each page that carries data-pagefind-body (SiteLayout's `search` prop), as its indexed copy
    // (src/search/index-text.ts), at the address Pagefind gives a file of the site's directory.
    const files = htmlFiles(dist);
    for (let start = 0; start < files.length; start += PAGES_AT_A_TIME) {
      const pages = files
        .slice(start, start + PAGES_AT_A_TIME)
        .map((file) => ({ file, html: readFileSync(file, 'utf8') }))
        .filter((page) => page.html.includes('data-pagefind-body'));
      marked += pages.length;
      const added = await Promise.all(
        pages.map(({ file, html }) =>
          index.addHTMLFile({ sourcePath: relative(dist, file).split(sep).join('/'), content: indexableHtml(html) }),
        ),
      );
      problems.push(...added.flatMap((a) => a.errors));
    }
    const written = await index.writeFiles({ outputPath: out });
    problems.push(...written.errors);
  } finally {
    const indexers = pagefindProcesses();
    await pagefind.close();
    await ended(indexers);
  }
  if (problems.length) throw new Error(`search index: Pagefind reported:\n${problems.join('\n')}`);

  // Every page marked for the search must be in its language's index, and every language must have one.
  const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as Entry;
  const pages = Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
  const missing = LANGS.filter((lang) => !pages[lang]);
  if (missing.length) throw new Error(`search index: no pages indexed for ${missing.join(', ')}`);
  const indexed = Object.values(pages).reduce((a, b) => a + b, 0);
  if (indexed !== marked) throw new Error(`search index: ${marked} pages carry data-pagefind-body but ${indexed} were indexed`);

  for (const file of readdirSync(out)) if (UNUSED.test(file)) rmSync(join(out, file));
  const files = filesIn(out);
  return { pages, files: files.length, bytes: files.reduce((sum, f) => sum + statSync(f).size, 0), ms: performance.now() - started };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? 'dist');
  try {
    const report = await buildSearchIndex(dist);
    const pages = Object.entries(report.pages)
      .map(([lang, n]) => `${lang} ${n}`)
      .join(', ');
    console.error(
      `search index: ${pages} pages; ${report.files} files, ${(report.bytes / 1024).toFixed(1)} KB in ${relative(process.cwd(), join(dist, 'pagefind'))}/ (${Math.round(report.ms)} ms)`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
