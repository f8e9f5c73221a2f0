/**
 * Words of the figure downloads (standalone SVG and PNG, CSV and JSON of the data behind a
 * figure). Figures are arguments, never typed here; words shared with the pages (site name,
 * source line, map legends, column names) come from ui.ts.
 */
import type { Measure } from '../core/measures.ts';
import type { Lang } from '../core/locales.ts';
import { formatCount } from './figure-format.ts';

const ja = {
  /** The credit under a downloaded figure: who made it and where its page is. */
  credit: (site: string, url: string) => `作成：${site}　${url}`,
  /** Column of a figure's data that holds a number's text as the figure shows it. */
  shownColumn: (heading: string) => `${heading}（図の表記）`,
  /** Column that holds a figure's text exactly as the source printed it. */
  printedColumn: (heading: string) => `${heading}（資料の表記）`,
  /** Column that says whether the source printed the figure with 約 (about). */
  approxColumn: (heading: string) => `${heading}（概数）`,
  /** Joins the fields of a project in one cell; not ・, which is inside a field's name (IT・情報). */
  listSeparator: '、',
  /** The map's subtitle in a picture of it, which shows one measure (the page can switch). */
  stillMapSubtitle: (n: number, measure: string) =>
    `産業クラスター計画の現行${formatCount(n, 'ja')}プロジェクト（第Ⅱ期）。円の面積は${measure}に比例し、色は分野を表します。地域の塗り分けは経済産業局の管轄区域（資料外）です。`,
  /** What the circles' area stands for, in the subtitle above. */
  stillMapMeasure: { companies: '参加企業数', universities: '参加大学数' } satisfies Record<Measure, string>,
};

type Dictionary = typeof ja;

const en: Dictionary = {
  credit: (site: string, url: string) => `Made by ${site}: ${url}`,
  shownColumn: (heading: string) => `${heading} (as shown)`,
  printedColumn: (heading: string) => `${heading} (as printed)`,
  approxColumn: (heading: string) => `${heading} (approximate)`,
  listSeparator: ', ',
  stillMapSubtitle: (n: number, measure: string) =>
    `The ${formatCount(n, 'en')} current projects (Phase II) of the Industrial Cluster Plan. Circle area is proportional to ${measure}; colour shows the field. Shading shows the regional bureaus’ areas (outside the document).`,
  stillMapMeasure: { companies: 'participating companies', universities: 'participating universities' },
};

export const FIGURE_EXPORT_UI: Record<Lang, Dictionary> = { ja, en };
