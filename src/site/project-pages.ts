/**
 * The project index in pages: one page while the projects fit (the real data's 17 do, many times
 * over), else as many pages of PROJECTS_PER_PAGE as it takes, in the source's order, so that no
 * page of the index outgrows the site's page budget however many projects the data holds.
 */

import type { Lang } from '../core/locales.ts';
import { t } from '../i18n/ui.ts';

/** Rows per page of the index: at well under 1 KB of HTML a row, a page stays far below 300 KB. */
export const PROJECTS_PER_PAGE = 200;

export interface IndexPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages there are. */
  count: number;
  rows: T[];
  /** Position of the first and last row in the whole index, 1-based. */
  first: number;
  last: number;
}

export function indexPages<T>(rows: T[], size = PROJECTS_PER_PAGE): IndexPage<T>[] {
  const count = Math.max(1, Math.ceil(rows.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    rows: rows.slice(i * size, (i + 1) * size),
    first: Math.min(rows.length, i * size + 1),
    last: Math.min(rows.length, (i + 1) * size),
  }));
}

/** The site path of a page of the index: the first is /<lang>/projects/ itself. */
export const indexPagePath = (lang: string, number: number) => (number === 1 ? `/${lang}/projects/` : `/${lang}/projects/page/${number}/`);

/**
 * The index's pages as the site index and the sitemap list them, each titled with its number and
 * the count, in each language: none while the projects fit on the first (a section page then).
 */
export function indexPageLinks(lang: Lang, rows: unknown[]): { path: string; title: string }[] {
  const pages = indexPages(rows);
  if (pages.length === 1) return [];
  return pages.map((p) => ({ path: indexPagePath(lang, p.number), title: t(lang).projectsIndexPage(p.number, p.count) }));
}
