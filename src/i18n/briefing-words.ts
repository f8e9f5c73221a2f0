/**
 * The words of a briefing's page around its prose: the date line and title block a printed copy
 * opens with, the notes, the sources and the links listed at the end, the print control and the
 * citation. Dates come in as Dates and are written the page's way (2026年11月28日 / 28 November
 * 2026); no word here holds a figure.
 */
import type { Lang } from '../core/locales.ts';

type BriefingWords = {
  /** The date line under the summary: when the figures were last checked against the source. */
  checked: (date: string) => string;
  /** The printed title block's address line, before the page's full address. */
  online: string;
  /** The numbered notes the markers in the prose point to. */
  notesHeading: string;
  /** The sources, each once with the pages cited. */
  sourcesHeading: string;
  /** The lettered addresses of the prose's links, on paper only. */
  linksHeading: string;
  /** The button that opens the browser's print dialogue. */
  print: string;
  /** The citation's date: "(figures checked against the source on …)". */
  citeChecked: (date: string) => string;
  /** BibTeX's note. */
  bibtexChecked: (date: string) => string;
};

export const BRIEFING_UI: Record<Lang, BriefingWords> = {
  ja: {
    checked: (date) => `数値は資料と照合済み：${date}`,
    online: 'ウェブ版：',
    notesHeading: '注',
    sourcesHeading: '出典',
    linksHeading: '本文中のリンク',
    print: '印刷・PDFで保存',
    citeChecked: (date) => `数値は資料と照合済み：${date}`,
    bibtexChecked: (date) => `数値は資料と照合済み（${date}）`,
  },
  en: {
    checked: (date) => `Figures checked against the source on ${date}`,
    online: 'Online: ',
    notesHeading: 'Notes',
    sourcesHeading: 'Sources',
    linksHeading: 'Links in the text',
    print: 'Print or save as PDF',
    citeChecked: (date) => `figures checked against the source on ${date}`,
    bibtexChecked: (date) => `Figures checked against the source on ${date}`,
  },
};
