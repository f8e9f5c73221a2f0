/**
 * How precisely a computed figure may be shown: the rule of data/README.md, "Figures the site
 * computes". A computed figure is never more precise than the printed figures it comes from.
 *
 * - A sum or difference keeps the decimal places of its least precise input, as printed
 *   (約２，１４０社 + 約４２０社 → 約2,560社; 100 − 13.3 − 69.0 → 17.7), and is approximate when any
 *   input is.
 * - A share or ratio is worked out over the whole range its inputs' rounding allows (rounding.ts).
 *   It is shown to 0.1 percentage point only when that range is no wider than 0.1 point, and
 *   otherwise to the whole percent; it is approximate (約, about) when any input is, or when the
 *   range would round to more than one shown value. A share that would round to 0% is shown as
 *   under 1% (1%未満), which its whole range is.
 */
import type { Figure } from '../schemas/figure.ts';
import { intervalOf, type Interval } from './rounding.ts';

const roundTo = (n: number, decimals: number) => Number(n.toFixed(decimals));

/** The sum of printed figures (all in one unit), with the range their rounding allows. */
export function sumOf(
  inputs: Figure[],
  unit: Figure['unit'] = inputs[0]?.unit ?? 'companies',
): { figure: Figure; exact: number; range: Interval } {
  const exact = inputs.reduce((s, f) => s + f.value, 0);
  const decimals = inputs.length ? Math.min(...inputs.map((f) => f.decimals)) : 0;
  const ranges = inputs.map(intervalOf);
  return {
    figure: { printed: '', value: roundTo(exact, decimals), unit, approx: inputs.some((f) => f.approx), decimals },
    exact,
    range: { lo: ranges.reduce((s, r) => s + r.lo, 0), hi: ranges.reduce((s, r) => s + r.hi, 0) },
  };
}

/** `whole − parts…` (a constant whole, such as 100%, is exact), in the unit of the parts. */
export function differenceOf(whole: Figure | number, parts: Figure[]): { figure: Figure; exact: number; range: Interval } {
  const w =
    typeof whole === 'number'
      ? { figure: null, value: whole, range: { lo: whole, hi: whole } }
      : { figure: whole, value: whole.value, range: intervalOf(whole) };
  const inputs = [...(w.figure ? [w.figure] : []), ...parts];
  const exact = w.value - parts.reduce((s, f) => s + f.value, 0);
  const decimals = Math.min(...inputs.map((f) => f.decimals));
  const ranges = parts.map(intervalOf);
  return {
    figure: {
      printed: '',
      value: roundTo(exact, decimals),
      unit: parts[0]?.unit ?? 'percent',
      approx: inputs.some((f) => f.approx),
      decimals,
    },
    exact,
    range: { lo: w.range.lo - ranges.reduce((s, r) => s + r.hi, 0), hi: w.range.hi - ranges.reduce((s, r) => s + r.lo, 0) },
  };
}

/**
 * A share in percent from its exact value (0–1) and range (0–1), shown at the precision the range
 * allows. `approxInputs`: whether any input was printed with 約.
 */
export function shareFigure(exact: number, range: Interval, approxInputs: boolean): { figure: Figure; exact: number; range: Interval } {
  const [pct, lo, hi] = [exact * 100, range.lo * 100, range.hi * 100];
  const decimals = hi - lo <= 0.1 + 1e-9 ? 1 : 0;
  const spans = roundTo(lo, decimals) !== roundTo(hi, decimals);
  // "About 0%" (or 0.0%) says nothing; the share is under the last place shown (1%, or 0.1% for a
  // share of thousands of projects) whenever it rounds to 0 and its range stays below that place.
  const place = 10 ** -decimals;
  if (roundTo(pct, decimals) === 0 && hi < place) {
    return {
      figure: { printed: '', value: place, unit: 'percent', approx: false, decimals, bound: 'under' },
      exact: pct,
      range: { lo, hi },
    };
  }
  return {
    figure: { printed: '', value: roundTo(pct, decimals), unit: 'percent', approx: approxInputs || spans, decimals },
    exact: pct,
    range: { lo, hi },
  };
}

/** `part ÷ whole` as a share, from two ranges. */
export function ratioShare(
  part: { value: number; range: Interval; approx: boolean },
  whole: { value: number; range: Interval; approx: boolean },
) {
  return shareFigure(
    part.value / whole.value,
    { lo: part.range.lo / whole.range.hi, hi: part.range.hi / whole.range.lo },
    part.approx || whole.approx,
  );
}

/**
 * `part ÷ (part + rest)`: a share of a whole made of the part and the rest, whose rounding moves
 * together (the part's error is in the whole too), so the range is narrower than a plain ratio's.
 */
export function shareOfWhole(
  part: { value: number; range: Interval; approx: boolean },
  rest: { value: number; range: Interval; approx: boolean },
) {
  const share = (p: number, r: number) => (p + r === 0 ? 0 : p / (p + r));
  return shareFigure(
    share(part.value, rest.value),
    { lo: share(part.range.lo, rest.range.hi), hi: share(part.range.hi, rest.range.lo) },
    part.approx || rest.approx,
  );
}

/** A whole count (of rows, projects, bureaus): exact. */
export const countFigure = (n: number): Figure => ({ printed: '', value: n, unit: 'cases', approx: false, decimals: 0 });
