/** Symbol sizes: circle area proportional to the value, and the size legend's round values. */
import { describe, expect, it } from 'vitest';
import { areaRadius, MAX_RADIUS, sizeLegendValues } from '../../src/map/scales.ts';
import { realData } from '../fixtures/map/real-data.ts';

const { projects } = realData();
const companies = projects.map((p) => p.companies.value);
const universities = projects.map((p) => p.universities.value);

describe('areaRadius(maxValue, maxRadius)', () => {
  const r = areaRadius(2140, MAX_RADIUS);

  it('maps 0 to 0 and maxValue to maxRadius', () => {
    expect(r(0)).toBe(0);
    expect(r(2140)).toBe(MAX_RADIUS);
  });

  it('makes areas proportional to values: r(a)² / r(b)² = a / b, for every pair of projects', () => {
    for (const a of companies) {
      for (const b of companies) expect(r(a) ** 2 / r(b) ** 2).toBeCloseTo(a / b, 10);
    }
  });

  it('gives four times the value twice the radius', () => {
    expect(r(2000) / r(500)).toBeCloseTo(2, 12);
  });

  it('refuses a negative value, a non-positive maximum or radius', () => {
    expect(() => r(-1)).toThrow(/non-negative/);
    expect(() => r(Number.NaN)).toThrow(/non-negative/);
    expect(() => areaRadius(0, 10)).toThrow(/maxValue/);
    expect(() => areaRadius(10, 0)).toThrow(/maxRadius/);
  });
});

describe('MAX_RADIUS', () => {
  it('keeps the smallest project (about 50 companies) a visible dot, and the largest at most 20 units', () => {
    const r = areaRadius(Math.max(...companies), MAX_RADIUS);
    expect(r(Math.min(...companies))).toBeGreaterThan(2);
    expect(MAX_RADIUS).toBeLessThanOrEqual(20);
  });
});

describe('sizeLegendValues(values)', () => {
  /** One or two significant digits, the second a 0 or 5 (2000, 500, 80, 15). */
  const isNice = (v: number) => {
    const m = v / 10 ** Math.floor(Math.log10(v));
    return Math.abs(m * 2 - Math.round(m * 2)) < 1e-9;
  };

  it('gives round values below the largest project for companies and universities', () => {
    expect(sizeLegendValues(companies)).toEqual([2000, 500, 100]);
    expect(sizeLegendValues(universities)).toEqual([80, 20, 5]);
  });

  it('gives 2 or 3 nice values, largest first, none above the maximum, the largest at least half of it', () => {
    for (const max of [7, 10, 15, 83, 99, 100, 430, 999, 2140, 12_345, 0.7, 3.3]) {
      const values = sizeLegendValues([max / 3, max]);
      expect(values.length, String(max)).toBeGreaterThanOrEqual(2);
      expect(values.length, String(max)).toBeLessThanOrEqual(3);
      expect(
        [...values].sort((a, b) => b - a),
        String(max),
      ).toEqual(values);
      expect(new Set(values).size, String(max)).toBe(values.length);
      expect(values[0]!, String(max)).toBeLessThanOrEqual(max);
      expect(values[0]!, String(max)).toBeGreaterThanOrEqual(max / 2);
      for (const v of values) expect(isNice(v), `${max}: ${v}`).toBe(true);
    }
  });

  it('does not offer a fraction of a company when every value is a whole number', () => {
    expect(sizeLegendValues([1, 2, 3])).toEqual([3, 1]);
    expect(sizeLegendValues([1])).toEqual([1]);
    expect(sizeLegendValues([7, 5]).every(Number.isInteger)).toBe(true);
  });

  it('has nothing to show for no data or only zeros', () => {
    expect(sizeLegendValues([])).toEqual([]);
    expect(sizeLegendValues([0, 0])).toEqual([]);
  });
});
