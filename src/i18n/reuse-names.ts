/**
 * The words the reuse terms (core/reuse.ts) are filled with, in the reader's language: the
 * source's title, publisher and date from the sources dataset, a figure's credit with its pages,
 * and a `YYYY-MM-DD` date as a reader writes it. One place, so the data page, the footer, the
 * data package and every download say the same.
 */
import { LOCALE_TAGS, pick, type Lang } from '../core/locales.ts';
import { REUSE, type SourceNames } from '../core/reuse.ts';
import type { Source } from '../schemas/sources.ts';
import { formatPeriod } from './figure-format.ts';
import { t } from './ui.ts';

/** The source as REUSE's sentences name it, in `lang`. */
export function sourceNames(source: Source, lang: Lang): SourceNames {
  return {
    title: pick(source, 'title', lang),
    publisher: pick(source, 'publisher', lang),
    date: source.date ? formatPeriod(source.date, lang) : '',
  };
}

/** REUSE[lang].credit for the source, then the pages a figure is drawn from, if any. */
export function creditWithPages(source: Source, pages: readonly number[], lang: Lang): string {
  const credit = REUSE[lang].credit(sourceNames(source, lang));
  return pages.length ? `${credit}${lang === 'ja' ? '、' : ', '}${t(lang).pagesN([...pages])}` : credit;
}

/** `2026-11-30` → 2026年11月30日 / 30 November 2026 (the calendar date, whatever the time zone); '' for anything else. */
export function formatIsoDate(iso: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '';
  return new Intl.DateTimeFormat(LOCALE_TAGS[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
