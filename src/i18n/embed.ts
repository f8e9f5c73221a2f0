/**
 * The words of the embed pages (the figure alone, inside another site's article), in both
 * languages. No figures: titles and numbers come from the figures themselves.
 */
import type { Lang } from '../core/locales.ts';

const ja = {
  /** Before the site's name in the credit line. */
  credit: '作成',
  /** The link back to the figure's own page on the site. */
  openFigure: (site: string) => `${site}でこの図を見る`,
  /** Names the embed's closing strip (credit, link, share) for assistive technology. */
  footerLabel: 'この図について',
};

type EmbedWords = typeof ja;

const en: EmbedWords = {
  credit: 'By',
  openFigure: (site: string) => `See this figure on ${site}`,
  footerLabel: 'About this figure',
};

export const EMBED_UI: Record<Lang, EmbedWords> = { ja, en };
