/**
 * Lighthouse (mobile emulation, its default) over pages of a built site, in Debian's Chromium.
 * Used by `npm run bench` (all four categories) and by the site tests (accessibility and SEO,
 * which do not depend on the machine's speed). Runs pages one after another: Lighthouse
 * measures one page per browser at a time.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from './chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Scores = Partial<Record<Category, number>>;

export interface PageAudit {
  url: string;
  scores: Scores;
  /** Audits below a score of 1 in the categories asked for, to say what to fix. */
  failing: { id: string; title: string; score: number | null }[];
}

/** The pages the issues name: home, map, the projects index, one chart, one briefing, in both languages. */
export const LIGHTHOUSE_PAGES = ['ja', 'en'].flatMap((lang) => [
  `/${lang}/`,
  `/${lang}/map/`,
  `/${lang}/projects/`,
  `/${lang}/charts/network-size/`,
  `/${lang}/briefings/at-a-glance/`,
]);

/**
 * `runs` audits of each page, reporting the median one (by the sum of its scores): performance is
 * timed on this machine's CPU (Lighthouse simulates a 4× slower one from what it observes), so one
 * run on a busy machine can be far off; accessibility and SEO do not vary, and one run does for them.
 */
export async function auditPages(
  origin: string,
  paths: string[],
  categories: readonly Category[] = CATEGORIES,
  { runs = 1 }: { runs?: number } = {},
): Promise<PageAudit[]> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('No Chromium found: `apt-get install chromium`, or set CHROME_PATH.');
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs] });
  try {
    const audits: PageAudit[] = [];
    for (const path of paths) {
      const url = new URL(path, origin).href;
      const runsOfPage: PageAudit[] = [];
      for (let run = 0; run < runs; run++) runsOfPage.push(await auditOnce(url, chrome.port, categories));
      const total = (a: PageAudit) => Object.values(a.scores).reduce((sum, score) => sum + score, 0);
      audits.push(runsOfPage.sort((a, b) => total(a) - total(b))[Math.floor((runs - 1) / 2)]!);
    }
    return audits;
  } finally {
    chrome.kill();
  }
}

async function auditOnce(url: string, port: number, categories: readonly Category[]): Promise<PageAudit> {
  // No full-page screenshot: it is only a picture for Lighthouse's HTML report, which is not written
  // here, and drawing it is a large part of an audit's work for a long page.
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...categories],
    disableFullPageScreenshot: true,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  const scores: Scores = {};
  const failing: PageAudit['failing'] = [];
  for (const id of categories) {
    const category = lhr.categories[id];
    if (!category) continue;
    scores[id] = category.score ?? 0;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (audit && ref.weight > 0 && audit.score !== null && audit.score < 1)
        failing.push({ id: audit.id, title: audit.title, score: audit.score });
    }
  }
  return { url, scores, failing };
}
