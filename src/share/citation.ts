/**
 * How to cite a figure and on which terms it may be reused, for its share panel: a citation in
 * the page's language, a BibTeX entry, the credit line and the date its data last changed. All
 * from the data: the figure's title, the source's publisher, title, date and pages (the sources
 * dataset), the date from the repository (collections/last-updated.ts). Build time only.
 */
import { datasetsLastUpdated } from '../collections/last-updated.ts';
import { readFigureInputs } from '../collections/read-collections.ts';
import { pick, type Lang } from '../core/locales.ts';
import { absoluteUrl } from '../core/urls.ts';
import { figureDatasets } from '../figures/download-table.ts';
import { figureText, sourceById } from '../figures/figure-text.ts';
import { formatPeriod } from '../i18n/figure-format.ts';
import { creditWithPages, formatIsoDate } from '../i18n/reuse-names.ts';
import { type CitationWords, SHARE_UI } from '../i18n/share.ts';
import { t } from '../i18n/ui.ts';

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
  const updated = datasetsLastUpdated(figureDatasets(id, inputs));
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
  return {
    text: share.citation(words),
    bibtex,
    credit: creditWithPages(source, text.source.pages, lang),
    updated,
    updatedText,
  };
}
