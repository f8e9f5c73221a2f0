/**
 * Every page a reader can arrive at, per language, with its kind and title: the site index lists
 * them and the sitemap publishes them. Built from the same sources as the pages' getStaticPaths
 * (the sections, the projects and bureaus, the chart registry, the briefing and case files), so a
 * new project, chart or briefing appears in both without being listed here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CHARTS } from '../charts/chart-registry.ts';
import { SEARCH_UI } from '../i18n/search.ts';
import { LANGS, localisedPath, pick, type Lang } from '../core/locales.ts';
import { loadChartData } from '../collections/read-collections.ts';
import { getBureaus, getProjects, getSourcePages } from '../collections/read-collections.ts';
import { sections } from './sections.ts';
import { indexPageLinks } from './project-pages.ts';
import { t } from '../i18n/ui.ts';
import type { SearchKind } from '../core/search-kinds.ts';

export interface SiteRoute {
  kind: SearchKind;
  /** Site path (pass it through sitePath or absoluteUrl). */
  path: string;
  title: string;
}

/** Entries kept as content/<collection>/<lang>/<slug>.md, in this language. */
async function entriesIn<C extends 'briefings' | 'cases'>(
  collection: C,
  lang: Lang,
): Promise<{ slug: string; data: CollectionEntry<C>['data'] }[]> {
  const entries: CollectionEntry<C>[] = await getCollection(collection);
  return entries.filter((e) => e.id.startsWith(`${lang}/`)).map((e) => ({ slug: e.id.split('/')[1]!, data: e.data }));
}

/** The project index's pages as routes, when the projects take more than one (site/project-pages.ts). */
export async function projectIndexRoutes(lang: Lang): Promise<SiteRoute[]> {
  return indexPageLinks(lang, await getProjects()).map((link) => ({ kind: 'project' as const, ...link }));
}

export async function siteRoutes(lang: Lang): Promise<SiteRoute[]> {
  const data = await loadChartData();
  const bureaus = [...(await getBureaus())].sort((a, b) => a.derived.order - b.derived.order);
  const briefings = (await entriesIn('briefings', lang)).sort((a, b) => a.data.order - b.data.order);
  return [
    ...sections(lang).map((s) => ({ kind: 'page' as const, path: s.href, title: s.label })),
    { kind: 'page', path: `/${lang}/site-index/`, title: SEARCH_UI[lang].siteIndexTitle },
    // The index's further pages (the first is a section page above).
    ...(await projectIndexRoutes(lang)).slice(1),
    ...(await getProjects()).map((p) => ({ kind: 'project' as const, path: `/${lang}/projects/${p.id}/`, title: pick(p, 'name', lang) })),
    ...bureaus.map((b) => ({ kind: 'bureau' as const, path: `/${lang}/bureaus/${b.id}/`, title: pick(b, 'name', lang) })),
    ...CHARTS.map((c) => ({ kind: 'chart' as const, path: `/${lang}/charts/${c.id}/`, title: c.text(c.transform(data), lang).title })),
    ...briefings.map((b) => ({ kind: 'briefing' as const, path: `/${lang}/briefings/${b.slug}/`, title: b.data.title })),
    ...(await entriesIn('cases', lang)).map((c) => ({ kind: 'case' as const, path: `/${lang}/cases/${c.slug}/`, title: c.data.title })),
    ...(await getSourcePages()).map((p) => ({
      kind: 'source' as const,
      path: `/${lang}/source/${p.page}/`,
      title: t(lang).sourcePageTitle(t(lang).pageN(p.page), lang === 'ja' ? p.title_ja : p.title_en),
    })),
  ];
}

export interface SitemapEntry {
  path: string;
  /** The same page in each language that has it (itself included), as hreflang → site path. */
  alternates: { hreflang: Lang | 'x-default'; path: string }[];
}

/**
 * Every route in every language with its translations. x-default is the Japanese page, as in
 * each page's head (SiteLayout); a page missing in a language simply has no alternate there.
 */
export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const byLang = new Map(
    await Promise.all(LANGS.map(async (lang) => [lang, new Set((await siteRoutes(lang)).map((r) => r.path))] as const)),
  );
  return LANGS.flatMap((lang) =>
    [...byLang.get(lang)!].map((path) => {
      const versions = LANGS.filter((l) => byLang.get(l)!.has(localisedPath(path, l))).map((l) => ({
        hreflang: l,
        path: localisedPath(path, l),
      }));
      const fallback = versions.find((v) => v.hreflang === 'ja');
      return { path, alternates: fallback ? [...versions, { hreflang: 'x-default' as const, path: fallback.path }] : versions };
    }),
  );
}
