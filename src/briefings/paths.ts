/** Routes for Markdown entries kept as <lang>/<slug>.md: one page per file, params from its id. */
import { getCollection, type CollectionEntry } from 'astro:content';

export async function entryPaths<C extends 'briefings' | 'cases'>(
  collection: C,
): Promise<{ params: { lang: string; slug: string }; props: { entry: CollectionEntry<C> } }[]> {
  return (await getCollection(collection)).map((entry) => {
    const [lang, slug] = entry.id.split('/') as [string, string];
    return { params: { lang, slug }, props: { entry: entry as CollectionEntry<C> } };
  });
}
