/** Where the briefings' Atom feed of a language is (a site path). */
import type { Lang } from '../core/locales.ts';

export const briefingsFeedPath = (lang: Lang): string => `/${lang}/briefings/feed.xml`;

/** A committed date as Atom wants it (RFC 3339, whole seconds): never the build clock. */
export const atomDate = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
