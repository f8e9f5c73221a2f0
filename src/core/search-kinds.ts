/**
 * The kinds of page the search finds. Each indexed page says which it is (SiteLayout's `search`
 * prop), so a result can show what it leads to; the site index groups pages by the same kinds, in this order.
 */
export const SEARCH_KINDS = ['page', 'project', 'bureau', 'chart', 'briefing', 'case', 'source'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
