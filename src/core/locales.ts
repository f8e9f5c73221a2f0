/** The site's languages. Japanese is the source language and comes first. */
export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (value: string | undefined): value is Lang => LANGS.includes(value as Lang);

/** The other language, for the language switch. */
export const otherLang = (lang: Lang): Lang => (lang === 'ja' ? 'en' : 'ja');

/** The same page in another language: `/ja/data/` → `/en/data/`. */
export function localisedPath(path: string, lang: Lang): string {
  const rest = path.replace(/^\/(ja|en)(?=\/|$)/, '');
  return `/${lang}${rest.startsWith('/') ? rest : `/${rest}`}`;
}

/** Picks `name_ja` or `name_en` from a bilingual entry. */
export function pick<K extends string, T extends { [P in `${K}_ja` | `${K}_en`]: string }>(entry: T, key: K, lang: Lang): string {
  return entry[`${key}_${lang}` as `${K}_ja`];
}

/** Each language's BCP 47 tag: number formats (Intl) and the glyph forms a renderer picks by language. */
export const LOCALE_TAGS = { ja: 'ja-JP', en: 'en-GB' } as const satisfies Record<Lang, string>;

/** The same locales as Open Graph spells them (og:locale). */
export const OPEN_GRAPH_LOCALES = { ja: 'ja_JP', en: 'en_GB' } as const satisfies Record<Lang, string>;
