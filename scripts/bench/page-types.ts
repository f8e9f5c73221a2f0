/**
 * Kinds of page, told apart by URL alone, so pages added later (embeds, search) are counted
 * without this file knowing they exist. Paths are site paths of built HTML (`/ja/map/`).
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pagePathOf } from './page-weight.ts';

export const PAGE_TYPES = ['home', 'map', 'bureau', 'project', 'chart', 'briefing', 'embed', 'case', 'other'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

const LANG = '(ja|en)';
const RULES: [PageType, RegExp][] = [
  ['home', new RegExp(`^/${LANG}/$`)],
  ['map', new RegExp(`^/${LANG}/map/$`)],
  ['bureau', new RegExp(`^/${LANG}/bureaus/[^/]+/$`)],
  ['project', new RegExp(`^/${LANG}/projects/[^/]+/$`)],
  ['chart', new RegExp(`^/${LANG}/charts/[^/]+/$`)],
  ['briefing', new RegExp(`^/${LANG}/briefings/[^/]+/$`)],
  ['embed', new RegExp(`^/embed/${LANG}/[^/]+/$`)],
  ['case', new RegExp(`^/${LANG}/cases/[^/]+/$`)],
];

export function pageTypeOf(path: string): PageType {
  return RULES.find(([, re]) => re.test(path))?.[0] ?? 'other';
}

/** The language of a page path (`/ja/…`, `/embed/en/…`), if it has one. */
export function langOf(path: string): 'ja' | 'en' | undefined {
  return /^\/(?:embed\/)?(ja|en)\//.exec(path)?.[1] as 'ja' | 'en' | undefined;
}

/** Every HTML page of a build directory as site paths, sorted. */
export function listPages(distDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
    );
  return walk(distDir)
    .map((f) => pagePathOf(relative(distDir, f).split('\\').join('/')))
    .sort();
}

/**
 * Preferred representatives: the page of each type that stands for the rest (the largest bureau,
 * its largest project, the chart the client-rendered reference redraws, the first briefing).
 * When the preferred one is absent, the first page of the type in sorted order stands in.
 */
const PREFERRED: Partial<Record<PageType, (lang: string) => string[]>> = {
  home: (l) => [`/${l}/`],
  map: (l) => [`/${l}/map/`],
  bureau: (l) => [`/${l}/bureaus/kanto/`],
  project: (l) => [`/${l}/projects/kanto-regional-revitalization/`],
  chart: (l) => [`/${l}/charts/companies-by-bureau/`],
  briefing: (l) => [`/${l}/briefings/at-a-glance/`],
  embed: (l) => [`/embed/${l}/companies-by-bureau/`],
};

/** The representative page of a type in a language among `pages`, or undefined when the type is absent. */
export function representative(pages: string[], type: PageType, lang: 'ja' | 'en'): string | undefined {
  const own = pages.filter((p) => pageTypeOf(p) === type && langOf(p) === lang);
  return PREFERRED[type]?.(lang).find((p) => own.includes(p)) ?? own[0];
}
