/**
 * Table cells written once with their number beside their text, so a chart's table and the
 * numbers its downloads publish (ChartTable.values) cannot drift apart.
 */
import type { DerivedFigure } from '../../derived/derived-figure.ts';
import { COMPUTED_WORDS } from '../../derived/computed-words.ts';
import type { Lang } from '../../core/locales.ts';
import { formatDerived } from '../../derived/derived-format.ts';
import { formatFigure, formatShare } from '../../i18n/figure-format.ts';
import type { Figure } from '../../schemas/figure.ts';
import type { ChartTable } from './types.ts';

/** A numeric cell: the text the table shows and the number it stands for. */
export interface NumberCell {
  text: string;
  value: number;
}

/** A plain string is a text cell, or a numeric column's "not given"; it has no number. */
export type TableCell = string | NumberCell;

export const numberCell = (text: string, value: number): NumberCell => ({ text, value });

/** Splits cells into the table's `rows` (text) and `values` (numbers, null for text). */
export function tableCells(cells: TableCell[][]): Pick<ChartTable, 'rows' | 'values'> {
  return {
    rows: cells.map((row) => row.map((c) => (typeof c === 'string' ? c : c.text))),
    values: cells.map((row) => row.map((c) => (typeof c === 'string' ? null : c.value))),
  };
}

/** A printed figure: shown as formatted, valued in its unit (yen, percent 0–100, fraction 0–1, count). */
export const figureCell = (figure: Figure, lang: Lang): NumberCell => numberCell(formatFigure(figure, lang), figure.value);

/** A share of a whole (0–1), shown and valued in percent. */
export const shareCell = (share: number, lang: Lang): NumberCell => numberCell(formatShare(share, lang), share * 100);

/** A computed figure, shown as rounded and valued as shown (never more precise than its inputs). */
export const computedCell = (derived: DerivedFigure, lang: Lang): NumberCell =>
  numberCell(formatDerived(derived, lang), derived.figure.value);

/** A table heading for a column of computed figures: says so in the page's language. */
export const computedHead = (head: string, lang: Lang): string => COMPUTED_WORDS[lang].column(head);

/**
 * A chart's source line lists its figures, each linked to where the source prints it, when they
 * are few enough to read in a line; a chart of every project links its page instead.
 */
const SOURCE_LINE_FIGURES_AT_MOST = 10;

/** The figures a chart's source line lists: all of them when few, none (the page is linked) when many. */
export const sourceLineFigures = (text: { figures: string[] }): string[] =>
  text.figures.length <= SOURCE_LINE_FIGURES_AT_MOST ? text.figures : [];

/** Keys of printed figures (the anchors of the source pages): `<dataset>.<row>` for figure tables. */
export const figureKeys = (dataset: string, rows: readonly { id: string }[]): string[] => rows.map((r) => `${dataset}.${r.id}`);

/** Keys of projects' printed figures: `cluster-projects.<id>.companies` and `.universities`. */
export const projectKeys = (
  projects: readonly { id: string }[],
  measures: readonly ('companies' | 'universities')[] = ['companies', 'universities'],
): string[] => projects.flatMap((p) => measures.map((m) => `cluster-projects.${p.id}.${m}`));
