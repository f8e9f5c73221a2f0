/**
 * getStaticPaths for routes under /[lang]/: one page per language. These pages (the front page,
 * the map, indexes, outcomes, data, search) draw on the whole site, so their incremental-build key
 * is every input's (src/collections/cache-key.ts): any change to the data renders them again.
 */
import { LANGS } from '../core/locales.ts';
import { siteKey } from '../collections/cache-key.ts';

export const langPaths = () => LANGS.map((lang) => ({ params: { lang }, cacheKey: siteKey() }));
