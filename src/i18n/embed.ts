/**
 * The words of the embed pages (the figure alone, inside another site's article), in both
 * languages. No figures: titles and numbers come from the figures themselves, dates from the
 * repository (formatted with Intl by i18n/reuse-names.ts, never typed).
 */
import type { Lang } from '../core/locales.ts';

const ja = {
  /** Before the site's name in the credit line (the name links to the figure's own page on the site). */
  credit: '作成',
  /** Names the embed's closing strip (credit, link, share) for assistive technology. */
  footerLabel: 'この図について',
  /** Before the date the figure's data last changed. */
  updated: 'データ更新',
  /** Before the licence's short name, which links to its terms. */
  licence: 'ライセンス',
  /** A compact map's folded part: its data table, the size legend in words, computed figures, the outlines' credit. */
  tableAndNotes: 'データの表と注',
};

type EmbedWords = typeof ja;

const en: EmbedWords = {
  credit: 'By',
  footerLabel: 'About this figure',
  updated: 'Data updated',
  licence: 'Licence',
  tableAndNotes: 'Data table and notes',
};

export const EMBED_UI: Record<Lang, EmbedWords> = { ja, en };
