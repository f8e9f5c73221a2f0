/**
 * Words of the search, the site index, the feeds and the not-found page, in both languages.
 * No figures: counts reach the templates from the search results.
 */
import type { SearchKind } from '../core/search-kinds.ts';

const ja = {
  searchTitle: 'サイト内検索',
  searchIntro: 'プロジェクト、経済産業局、グラフ、ブリーフィング、成果事例を日本語で検索します。',
  searchLabel: '検索する言葉',
  searchButton: '検索',
  /** Names the header's form among the page's landmarks. */
  searchFormName: 'サイト内検索',
  searchHeaderLabel: 'サイト内を検索',
  resultsHeading: '検索結果',
  resultCount: (count: number, query: string) => `「${query}」の検索結果：${count}件`,
  noResults: (query: string) => `「${query}」に一致するページはありません。別の言葉で試すか、サイト索引をご覧ください。`,
  emptyQuery: '検索する言葉を入力してください。',
  needsScript: '検索にはJavaScriptが必要です。JavaScriptを使わずにページを探すには、サイト索引をご覧ください。',
  searchUnavailable: '検索を読み込めませんでした。サイト索引からページを探せます。',
  browseSiteIndex: 'サイト索引：すべてのページを種類別に見る',
  siteIndexTitle: 'サイト索引',
  siteIndexIntro: 'このサイトのすべてのページを種類別に並べています。',
  siteIndexContents: '種類',
  kinds: {
    project: 'プロジェクト',
    bureau: '経済産業局',
    chart: 'グラフ',
    briefing: 'ブリーフィング',
    case: '成果事例',
    page: 'ページ',
    source: '資料の原文',
  } satisfies Record<SearchKind, string>,
  kindHeadings: {
    project: 'クラスター・プロジェクト',
    bureau: '経済産業局',
    chart: 'グラフ',
    briefing: '政策ブリーフィング',
    case: '成果事例',
    page: 'ページ',
    source: '資料の原文',
  } satisfies Record<SearchKind, string>,
  feedTitle: '政策ブリーフィング（産業クラスター・アトラス）',
  feedLink: 'ブリーフィングのフィード（Atom）',
  notFoundSearch: 'サイト内を検索する',
  notFoundLinks: 'よく使われるページ',
  /** Between a fact's name and its value, and between facts, in a result's excerpt (src/search/index-text.ts). */
  excerptLabelEnd: '：',
  excerptFieldSeparator: ' ／ ',
};

const en: typeof ja = {
  searchTitle: 'Search',
  searchIntro: 'Search the projects, regional bureaus, charts, briefings and example cases of results in English.',
  searchLabel: 'Search for',
  searchButton: 'Search',
  searchFormName: 'Site search',
  searchHeaderLabel: 'Search the site',
  resultsHeading: 'Results',
  resultCount: (count: number, query: string) => `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`,
  noResults: (query: string) => `No page matches “${query}”. Try other words, or browse the site index.`,
  emptyQuery: 'Type the words to search for.',
  needsScript: 'Search needs JavaScript. To find a page without it, use the site index.',
  searchUnavailable: 'The search could not be loaded. The site index lists every page.',
  browseSiteIndex: 'Site index: every page, by type',
  siteIndexTitle: 'Site index',
  siteIndexIntro: 'Every page of this site, grouped by type.',
  siteIndexContents: 'Types of page',
  kinds: {
    project: 'Project',
    bureau: 'Bureau',
    chart: 'Chart',
    briefing: 'Briefing',
    case: 'Case',
    page: 'Page',
    source: 'Source document',
  },
  kindHeadings: {
    project: 'Cluster projects',
    bureau: 'Regional bureaus',
    chart: 'Charts',
    briefing: 'Policy briefings',
    case: 'Example cases of results',
    page: 'Pages',
    source: 'The source document',
  },
  feedTitle: 'Policy briefings (Cluster Atlas)',
  feedLink: 'Briefings feed (Atom)',
  notFoundSearch: 'Search the site',
  notFoundLinks: 'Pages people often look for',
  excerptLabelEnd: ': ',
  excerptFieldSeparator: ' · ',
};

export const SEARCH_UI = { ja, en };
export type SearchWords = typeof ja;
