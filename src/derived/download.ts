/**
 * The computed figures as a table for download (/data/derived.csv and .json): one row per figure
 * the site computes, with what it is, its formula, the printed figures it reads and their pages,
 * the value as shown (rounded by the rule of precision) and as worked out, and its range.
 */
import { formatDerived } from './derived-format.ts';
import type { DerivedCatalogue } from './catalogue.ts';
import { INPUT_KEYS_DESCRIPTION } from './input-keys.ts';

/** Column → meaning, in the order of the download; the Table Schema's descriptions. */
export const DERIVED_COLUMNS = {
  id: 'Identifier of the computed figure (derived.<id> in the site’s prose)',
  kind: 'sum, difference, share, ratio, rank or count',
  what_ja: 'What it is (Japanese)',
  what_en: 'What it is (English)',
  formula_ja: 'How it is computed (Japanese)',
  formula_en: 'How it is computed (English)',
  value: 'The value as shown: rounded no finer than its inputs allow (percent as 0–100)',
  unit: 'Unit of the value',
  approx: 'true when shown as approximate (約, about)',
  decimals: 'Decimal places shown',
  shown_ja: 'As the Japanese pages show it',
  shown_en: 'As the English pages show it',
  exact: 'The formula applied to the printed values, before rounding',
  range_lo: 'Lowest value the rounding of the printed inputs allows',
  range_hi: 'Highest value the rounding of the printed inputs allows',
  inputs: `Keys of the printed figures it is computed from, space-separated (${INPUT_KEYS_DESCRIPTION})`,
  pages: 'Pages of the source the inputs are printed on, space-separated',
} as const;

type Row = Record<keyof typeof DERIVED_COLUMNS, string | number | boolean>;

const precise = (n: number) => Number(n.toPrecision(12));

export function derivedRows(catalogue: DerivedCatalogue): Row[] {
  return catalogue.all.map((d) => ({
    id: d.id,
    kind: d.kind,
    what_ja: d.what.ja,
    what_en: d.what.en,
    formula_ja: d.formula.ja,
    formula_en: d.formula.en,
    value: d.figure.value,
    unit: d.figure.unit,
    approx: d.figure.approx,
    decimals: d.figure.decimals,
    shown_ja: formatDerived(d, 'ja'),
    shown_en: formatDerived(d, 'en'),
    exact: precise(d.exact),
    range_lo: precise(d.range.lo),
    range_hi: precise(d.range.hi),
    inputs: d.inputs.join(' '),
    pages: d.pages.join(' '),
  }));
}
