/**
 * How far a printed figure may be from the true value. A figure printed with 約 is taken as
 * rounded at its last non-zero digit (約２，１４０ → ±5, 約１０，７００ → ±50); an exact figure
 * as rounded at its last printed digit (１７３ → ±0.5, ３．０ → ±0.05).
 */
import type { Figure } from '../../src/schemas/figure.ts';

export interface Interval {
  lo: number;
  hi: number;
}

export function halfUnit(f: Pick<Figure, 'value' | 'approx' | 'decimals' | 'unit'>): number {
  // Fractions like 約１／２ are coarse by nature: half of the denominator's step.
  if (f.unit === 'fraction') return f.approx ? 0.1 : 0;
  if (!f.approx) return 0.5 * 10 ** -f.decimals;
  let step = 10 ** -f.decimals;
  const scaled = Math.round(f.value * 10 ** f.decimals);
  let rest = scaled;
  while (rest !== 0 && rest % 10 === 0) {
    rest /= 10;
    step *= 10;
  }
  return step / 2;
}

/** The printed `value` is already in base units (yen), so the step scales with it. */
export function intervalOf(f: Figure): Interval {
  const half = f.unit === 'yen' ? yenHalfUnit(f) : halfUnit(f);
  return { lo: f.value - half, hi: f.value + half };
}

/** `１９．６億円`: the printed digits count 億 (1e8), so the half-unit is 0.05 × 1e8. */
function yenHalfUnit(f: Figure): number {
  const scale = /億/.test(f.printed) ? 1e8 : /千万/.test(f.printed) ? 1e7 : /万/.test(f.printed) ? 1e4 : /千/.test(f.printed) ? 1e3 : 1;
  return halfUnit({ ...f, value: f.value / scale }) * scale;
}

export const sum = (items: Interval[]): Interval =>
  items.reduce((a, b) => ({ lo: a.lo + b.lo, hi: a.hi + b.hi }), { lo: 0, hi: 0 });

export const ratio = (a: Interval, b: Interval): Interval => ({ lo: a.lo / b.hi, hi: a.hi / b.lo });

export const overlaps = (a: Interval, b: Interval): boolean => a.lo <= b.hi + 1e-9 && b.lo <= a.hi + 1e-9;

export const show = (i: Interval): string => `${round(i.lo)}–${round(i.hi)}`;
const round = (n: number) => Number(n.toPrecision(6));
