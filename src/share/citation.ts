/**
 * How to cite a figure and on which terms it may be reused, for its share panel: a citation in
 * the page's language, a BibTeX entry, the credit line and the date its data last changed. All
 * from the data: the figure's title, the source's publisher, title, date and pages (the sources
 * dataset), the date from the repository (collections/last-updated.ts). Build time only.
 */
import { chartById } from '../charts/chart-registry.ts';
import { datasetsLastUpdated } from '../collections/last-updated.ts';
import { readFigureInputs } from '../collections/read-collections.ts';
import { LOCALE_TAGS, pick, type Lang } from '../core/locales.ts';
import { REUSE } from '../core/reuse.ts';
import { absoluteUrl } from '../core/urls.ts';
import { figureKind } from '../figures/figure-registry.ts';
import { figureText, sourceById } from '../figures/figure-text.ts';
import { formatPeriod } from '../i18n/figure-format.ts';
import { type CitationWords, SHARE_UI } from '../i18n/share.ts';
import { t } from '../i18n/ui.ts';
import type { DatasetId } from '../schemas/datasets.ts';

/** The datasets the map is drawn from: the projects and their bureaus. */
const MAP_DATASETS: readonly DatasetId[] = ['cluster-projects', 'bureaus'];

export interface FigureCitation {
  /** The citation as a sentence, in the page's language. */
  text: string;
  bibtex: string;
  /** REUSE[lang].credit for the source, with the figure's pages. */
  credit: string;
  /** `YYYY-MM-DD` the figure's datasets last changed ('' if unknown), and as a reader writes it. */
  updated: string;
  updatedText: string;
}

/** The datasets a figure is built from (ids from src/schemas/datasets.ts). */
export function figureDatasets(id: string): readonly DatasetId[] {
  if (figureKind(id) === 'map') return MAP_DATASETS;
  const chart = chartById(id);
  return chart.text(chart.transform(readFigureInputs().chartData), 'en').datasets as DatasetId[];
}

/** `2026-11-30` → 2026年11月30日 / 30 November 2026 (the calendar date, whatever the time zone). */
export function formatIsoDate(iso: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '';
  return new Intl.DateTimeFormat(LOCALE_TAGS[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** TeX's special characters in a BibTeX field, escaped (URLs go in `url`, which is verbatim). */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\textasciicircum{}' : c === '~' ? '\\textasciitilde{}' : `\\${c}`,
  );
}

export function figureCitation(lang: Lang, id: string): FigureCitation {
  const inputs = readFigureInputs();
  const text = figureText(id, lang, inputs);
  const source = sourceById(inputs.sources, text.source.id);
  const ui = t(lang);
  const updated = datasetsLastUpdated(figureDatasets(id));
  const updatedText = formatIsoDate(updated, lang);
  const words: CitationWords = {
    site: ui.siteName,
    title: text.title,
    publisher: pick(source, 'publisher', lang),
    source: pick(source, 'title', lang),
    date: source.date ? formatPeriod(source.date, lang) : '',
    pages: ui.pagesN(text.source.pages),
    url: absoluteUrl(text.pagePath),
    updated: updatedText,
  };
  const share = SHARE_UI[lang];
  const bibtex = [
    `@misc{cluster-atlas-${id}-${lang},`,
    `  author = {{${escapeBibtex(words.site)}}},`,
    `  title = {{${escapeBibtex(words.title)}}},`,
    ...(updated ? [`  year = {${updated.slice(0, 4)}},`] : []),
    `  url = {${words.url}},`,
    `  note = {${escapeBibtex(share.bibtexNote(words))}},`,
    `  language = {${lang === 'ja' ? 'japanese' : 'english'}},`,
    '}',
  ].join('\n');
  const credit = REUSE[lang].credit({ title: words.source, publisher: words.publisher, date: words.date });
  return {
    text: share.citation(words),
    bibtex,
    credit: `${credit}${lang === 'ja' ? '、' : ', '}${words.pages}`,
    updated,
    updatedText,
  };
}
