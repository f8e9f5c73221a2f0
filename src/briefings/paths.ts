/**
 * Routes for Markdown entries kept as <lang>/<slug>.md: one page per file, params from its id.
 * Their figures are bound to the data and they link to one another, so their incremental-build
 * key is every input's (src/collections/cache-key.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteKey } from '../collections/cache-key.ts';

export async function entryPaths<C extends 'briefings' | 'cases'>(
  collection: C,
): Promise<{ params: { lang: string; slug: string }; props: { entry: CollectionEntry<C> }; cacheKey: string }[]> {
  return (await getCollection(collection)).map((entry) => {
    const [lang, slug] = entry.id.split('/') as [string, string];
    return { params: { lang, slug }, props: { entry: entry as CollectionEntry<C> }, cacheKey: siteKey() };
  });
}
