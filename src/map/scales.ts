/**
 * Symbol sizes for the map: circle AREA proportional to the value (so a project with four times
 * the companies gets a circle four times the area, twice the radius), and the few round values
 * the size legend shows.
 */
import { tickStep } from 'd3-array';

/**
 * Radius of the largest symbol, in map units (the view box of japanGeometry() is about 350 × 395).
 * The largest project (Kanto, about 2,140 companies) gets a circle about as wide as Honshu is
 * around Nagoya, so Chubu's and Kinki's biggest circles (1,330 and 1,130) still sit on their own
 * region and the smallest (about 50 companies) stays a visible dot of radius ≈ 2.7.
 */
export const MAX_RADIUS = 18;

/**
 * Square-root scale from [0, maxValue] to [0, maxRadius]: r(0) = 0, r(maxValue) = maxRadius and
 * r(a)² / r(b)² = a / b. Throws on a negative or non-finite value, which no count can be.
 */
export function areaRadius(maxValue: number, maxRadius: number): (value: number) => number {
  if (!(maxValue > 0) || !Number.isFinite(maxValue)) throw new Error(`areaRadius: maxValue must be a positive number, got ${maxValue}`);
  if (!(maxRadius > 0) || !Number.isFinite(maxRadius)) throw new Error(`areaRadius: maxRadius must be a positive number, got ${maxRadius}`);
  return (value: number) => {
    if (!(value >= 0) || !Number.isFinite(value)) throw new Error(`areaRadius: value must be a non-negative number, got ${value}`);
    return maxRadius * Math.sqrt(value / maxValue);
  };
}

/**
 * Two or three round values for the size legend, largest first: the largest tick (d3-array's
 * 1-2-5 steps) not above the data's maximum, then the 1-2-5 values nearest a quarter and a
 * twentieth of it, so the circles differ visibly. A value that would repeat the one before is
 * dropped, and so is a fraction when every value is a whole number; an empty or all-zero input gives [].
 * Companies (max 約2,140) → [2000, 500, 100]; universities (max 83) → [80, 20, 5].
 */
export function sizeLegendValues(values: number[]): number[] {
  const max = Math.max(0, ...values.filter((v) => Number.isFinite(v)));
  if (!(max > 0)) return [];
  // The largest multiple of a 1-2-5 step that does not exceed max, with about 3 steps up to max.
  const step = tickStep(0, max, 3);
  const top = Math.floor(max / step + 1e-9) * step;
  const out = [clean(top)];
  // Counts get whole-number legends: no circle for half a company.
  const whole = values.every((v) => Number.isInteger(v));
  for (const fraction of [1 / 4, 1 / 20]) {
    const v = clean(nearestNice(top * fraction));
    if (v < out[out.length - 1]! && v > 0 && (!whole || Number.isInteger(v))) out.push(v);
  }
  return out;
}

/** The 1, 2 or 5 × 10ⁿ nearest to v on a log scale. */
function nearestNice(v: number): number {
  const k = 10 ** Math.floor(Math.log10(v));
  const m = v / k;
  let best = 1;
  for (const c of [1, 2, 5, 10]) if (Math.abs(Math.log(m / c)) < Math.abs(Math.log(m / best))) best = c;
  return best * k;
}

/** Drops binary noise such as 0.30000000000000004. */
function clean(v: number): number {
  return Number(v.toPrecision(12));
}
