/**
 * A figure the site computes (a sum, share, difference, ratio, rank or count) rather than one the
 * source prints. It carries what it is, how it was computed, from which printed figures (by key,
 * the same keys prose binds to and the source pages anchor), and the figure as shown, rounded by
 * the rule of precision.ts. Every one is declared in catalogue.ts.
 */
import type { Figure } from '../schemas/figure.ts';
import type { Interval } from './rounding.ts';

export type DerivedKind = 'sum' | 'difference' | 'share' | 'ratio' | 'rank' | 'count';

export interface Bilingual {
  ja: string;
  en: string;
}

export interface DerivedFigure {
  /** Stable id: `derived.<id>` in prose, a row of /data/derived.csv. */
  id: string;
  kind: DerivedKind;
  /** The figure as shown: rounded by the rule of precision; `printed` is empty, since it never was. */
  figure: Figure;
  /** The formula applied to the printed values, before rounding, in the figure's unit. */
  exact: number;
  /** Where the true value may lie, given the rounding of the inputs, in the figure's unit. */
  range: Interval;
  /** What the figure is, as a label (「関東経済産業局のプロジェクトの参加企業数の合計」). */
  what: Bilingual;
  /** How it is computed, in words (「管内プロジェクトの参加企業数を合計」). */
  formula: Bilingual;
  /** Keys of the printed figures it is computed from (`cluster-projects.<id>.companies`, `<dataset>.<row>`, or `cluster-projects.*.companies` for every project's: input-keys.ts). */
  inputs: string[];
  /** Pages of the source the inputs are printed on. */
  pages: number[];
}
