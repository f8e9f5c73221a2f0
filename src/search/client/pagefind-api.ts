/**
 * The part of Pagefind's browser API (`/pagefind/pagefind.js`, written by scripts/search-index.ts)
 * that the search page uses. The bundle is loaded at run time, so its types are stated here.
 */
export interface PagefindResultData {
  /** The page's address, with the `baseUrl` option in front. */
  url: string;
  /** Text around the match: HTML entities encoded, matches wrapped in <mark>. */
  excerpt: string;
  /** Raw, unescaped: `title` (the first h1) and our `type` (SiteLayout's `search` kind, in the page's language). */
  meta: { title?: string; type?: string };
}

export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}

export interface Pagefind {
  options: (options: { baseUrl?: string; excerptLength?: number }) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  search: (term: string) => Promise<PagefindSearch | null>;
}
