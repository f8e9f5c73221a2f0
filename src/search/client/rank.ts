/**
 * Pagefind ranks by where and how often the query's words occur, so a long page that repeats the
 * parts of a name (地域…産業…プロジェクト) can outrank the page whose title is that name. A page
 * titled exactly as the query is what a reader typing a name wants first (Pagefind issue #437):
 * such results are moved to the front, the rest keep Pagefind's order.
 */
const normal = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

export function exactTitlesFirst<T extends { meta: { title?: string } }>(results: readonly T[], query: string): T[] {
  const q = normal(query);
  const exact = results.filter((r) => normal(r.meta.title ?? '') === q);
  return [...exact, ...results.filter((r) => !exact.includes(r))];
}
