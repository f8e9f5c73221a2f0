/**
 * The lighter maps (simplify.ts): much smaller paths that keep each prefecture's shape, built
 * from the map's own points, with small islands left out. That neighbours still meet exactly is
 * map-topology.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { japanGeometry } from '../../src/map/geometry.ts';
import { distanceToRings } from '../../src/map/polygon.ts';
import { simplifiedMap } from '../../src/map/simplify.ts';
import { parsePath, ringArea } from '../../src/map/svg-path.ts';

const geometry = japanGeometry();
const largest = (d: string) => Math.max(...parsePath(d).map((r) => Math.abs(ringArea(r))));
const bytes = (paths: Iterable<string>) => [...paths].reduce((n, d) => n + d.length, 0);
const LOCATOR = { tolerance: 1.2, minArea: 6 };
const ZOOMED = { tolerance: 0.3, minArea: 0.3 };

describe('simplifiedMap(geometry, options)', () => {
  it('makes the 47 prefectures much lighter while keeping each one’s area within a few percent', () => {
    const lighter = simplifiedMap(geometry, LOCATOR);
    expect(bytes(lighter.prefectures.values())).toBeLessThan(bytes(geometry.prefectures.map((p) => p.d)) / 3);
    for (const p of geometry.prefectures) {
      const simple = lighter.prefectures.get(p.code)!;
      expect(simple, `prefecture ${p.code} keeps a shape`).not.toBe('');
      // Small islands are dropped on purpose, so compare the largest island only: within 15%.
      expect(Math.abs(largest(simple) - largest(p.d)) / largest(p.d), `prefecture ${p.code}`).toBeLessThan(0.15);
    }
  });

  it('is lighter the larger the tolerance', () => {
    const sizes = [0.3, 0.6, 1.2].map((tolerance) => bytes(simplifiedMap(geometry, { tolerance, minArea: 0.3 }).prefectures.values()));
    expect(sizes[1]).toBeLessThan(sizes[0]!);
    expect(sizes[2]).toBeLessThan(sizes[1]!);
  });

  it('keeps only points of the map itself, rounded to whole units: each within half a unit’s diagonal of the full outline', () => {
    const lighter = simplifiedMap(geometry, ZOOMED);
    for (const p of geometry.prefectures) {
      for (const ring of parsePath(lighter.prefectures.get(p.code)!)) {
        for (const [x, y] of ring) {
          expect(Number.isInteger(x) && Number.isInteger(y), p.code).toBe(true);
          expect(distanceToRings({ x, y }, p.rings), `${p.code} ${x},${y}`).toBeLessThanOrEqual(Math.SQRT1_2 + 1e-9);
        }
      }
    }
  });

  it('leaves out more small islands the larger minArea', () => {
    const rings = (minArea: number) =>
      [...simplifiedMap(geometry, { tolerance: 0.3, minArea }).prefectures.values()].reduce((n, d) => n + parsePath(d).length, 0);
    const full = geometry.prefectures.reduce((n, p) => n + p.rings.length, 0);
    expect(rings(0.3)).toBeLessThan(full);
    expect(rings(6)).toBeLessThan(rings(0.3));
  });

  it('gives every bureau an outline, and the same answer for the same options', () => {
    const lighter = simplifiedMap(geometry, LOCATOR);
    expect(lighter.outline({ id: 'tohoku', prefectures: ['02', '03', '04', '05', '06', '07'] })).toMatch(/^M\d/);
    expect(simplifiedMap(geometry, LOCATOR).prefectures).toEqual(lighter.prefectures);
  });
});
