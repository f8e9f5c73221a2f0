/**
 * The address "Copy link" gives from inside an embed: the figure's page on the site, with the
 * map's view (field filter, measure) carried over from the embed's own query, so a reader who
 * filtered the embedded map shares what they see, on the site rather than the bare embed.
 * Pure (no DOM): the panel's script calls it with `location.search`.
 */
import type { FigureKind } from '../figures/figure-registry.ts';

/**
 * The query parameters that hold the map's view: the names src/map/url-state.ts writes
 * (a unit test round-trips its serializeMapState through this, so the two cannot drift).
 * Anything else in an embed's query belongs to the embed and stays behind.
 */
export const MAP_VIEW_PARAMS = ['field', 'measure'] as const;

/** `pageUrl` (absolute) with the map-view parameters of `embedSearch` appended; charts have no view. */
export function pageLinkFromEmbed(pageUrl: string, kind: FigureKind, embedSearch: string): string {
  const url = new URL(pageUrl);
  if (kind !== 'map') return url.href;
  const from = new URLSearchParams(embedSearch);
  for (const name of MAP_VIEW_PARAMS) {
    url.searchParams.delete(name);
    // The first occurrence counts, as parseMapState reads it.
    const value = from.get(name);
    if (value !== null) url.searchParams.append(name, value);
  }
  return url.href;
}
