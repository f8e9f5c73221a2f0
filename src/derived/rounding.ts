/**
 * How far a printed figure may be from the true value, judged on the numeral as printed
 * (before 万, 億 or 割 scale it). An exact figure is rounded at its last printed digit
 * (１７３ → ±0.5, ３．０ → ±0.05). A figure printed with 約 is read as rounded at its last
 * non-zero digit, but no coarser than the hundreds of its numeral (約２，１４０ → ±5,
 * 約１０，７００ → ±50, 約５０ → ±5, 約５万 → ±0.5万, and 約1,000 → ±50 rather than ±500, which
 * would let almost any ratio through). The slides round company counts to tens and totals to
 * hundreds, which this reading covers. A count printed without 約 (５８件, ２９大学, １７名) is a
 * count of things, so it is exact.
 */
import { toHalfWidth } from '../core/japanese-number.ts';
import type { Figure } from '../schemas/figure.ts';

export interface Interval {
  lo: number;
  hi: number;
}

/** Half the rounding step of a numeral, in the numeral's own units. */
export function halfStep(numeral: number, decimals: number, approx: boolean): number {
  const unit = 10 ** -decimals;
  if (!approx) return unit / 2;
  const scaled = Math.round(numeral / unit);
  if (scaled === 0) return unit / 2;
  let step = unit;
  let rest = scaled;
  // Trailing zeros beyond the hundreds are read as exact digits.
  while (rest % 10 === 0 && step < 100 * unit) {
    rest /= 10;
    step *= 10;
  }
  return step / 2;
}

/** Units that count whole things: printed without 約, such a figure is exact, not rounded. */
const COUNTS: readonly Figure['unit'][] = ['companies', 'universities', 'cases', 'people'];

export function intervalOf(f: Figure): Interval {
  if (!f.approx && f.decimals === 0 && COUNTS.includes(f.unit) && Number.isInteger(f.value)) return { lo: f.value, hi: f.value };
  // Fractions like 約１／２ are coarse by nature.
  if (f.unit === 'fraction') {
    const half = f.approx ? 0.1 : 0;
    return { lo: f.value - half, hi: f.value + half };
  }
  const numeral = Number(/\d[\d,]*(?:\.\d+)?/.exec(toHalfWidth(f.printed))?.[0]?.replaceAll(',', '') ?? f.value);
  const scale = numeral === 0 ? 1 : f.value / numeral;
  const half = halfStep(numeral, f.decimals, f.approx) * scale;
  return { lo: f.value - half, hi: f.value + half };
}

export const sum = (items: Interval[]): Interval => items.reduce((a, b) => ({ lo: a.lo + b.lo, hi: a.hi + b.hi }), { lo: 0, hi: 0 });

export const ratio = (a: Interval, b: Interval): Interval => ({ lo: a.lo / b.hi, hi: a.hi / b.lo });

export const overlaps = (a: Interval, b: Interval): boolean => a.lo <= b.hi + 1e-9 && b.lo <= a.hi + 1e-9;

export const show = (i: Interval): string => `${round(i.lo)}–${round(i.hi)}`;
const round = (n: number) => Number(n.toPrecision(6));
