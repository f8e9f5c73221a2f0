import { describe, expect, it } from 'vitest';
import { parseFigure, type Unit } from '../../src/core/japanese-number.ts';
import { halfStep, intervalOf } from '../../src/derived/rounding.ts';

const figure = (printed: string, unit: Unit) => {
  const parsed = parseFigure(printed, unit);
  if (!parsed.ok) throw new Error(parsed.expected);
  return { printed, unit, ...parsed.value };
};

describe('halfStep(numeral, decimals, approx)', () => {
  it('rounds an exact figure at its last printed digit', () => {
    expect(halfStep(173, 0, false)).toBe(0.5);
    expect(halfStep(3.0, 1, false)).toBeCloseTo(0.05);
  });
  it('reads 約 as rounded at the last non-zero digit', () => {
    expect(halfStep(2140, 0, true)).toBe(5);
    expect(halfStep(10700, 0, true)).toBe(50);
    expect(halfStep(50, 0, true)).toBe(5);
    expect(halfStep(6.5, 1, true)).toBeCloseTo(0.05);
  });
  it('reads trailing zeros beyond the hundreds as exact, so 約1,000 is not 500 to 1,500', () => {
    expect(halfStep(1000, 0, true)).toBe(50);
    expect(halfStep(50000, 0, true)).toBe(50);
  });
  it('rounds a single approximate digit at itself', () => {
    expect(halfStep(5, 0, true)).toBe(0.5);
  });
});

describe('intervalOf(figure)', () => {
  it('scales the rounding of the numeral by 万, 億 and 割', () => {
    expect(intervalOf(figure('約５万件', 'cases'))).toEqual({ lo: 45_000, hi: 55_000 });
    expect(intervalOf(figure('１９．６億円', 'yen'))).toEqual({ lo: 1_955_000_000, hi: 1_965_000_000 });
    expect(intervalOf(figure('約４割', 'percent'))).toEqual({ lo: 35, hi: 45 });
  });
  it('reads a count printed without 約 as exact, and any other figure as rounded', () => {
    expect(intervalOf(figure('５８件', 'cases'))).toEqual({ lo: 58, hi: 58 });
    expect(intervalOf(figure('２９大学', 'universities'))).toEqual({ lo: 29, hi: 29 });
    expect(intervalOf(figure('約８８０社', 'companies'))).toEqual({ lo: 875, hi: 885 });
    expect(intervalOf(figure('９２億円', 'yen'))).toEqual({ lo: 9_150_000_000, hi: 9_250_000_000 });
  });
  it('keeps coarse fractions coarse', () => {
    const i = intervalOf(figure('約１／２', 'fraction'));
    expect(i.lo).toBeCloseTo(0.4);
    expect(i.hi).toBeCloseTo(0.6);
  });
});
