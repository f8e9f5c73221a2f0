import { describe, expect, it } from 'vitest';
import { japanGeometry } from '../../src/map/geometry.ts';
import { simplifyPath, simplifyRing } from '../../src/map/simplify.ts';
import { parsePath, ringArea, type Ring } from '../../src/map/svg-path.ts';

describe('simplifyRing(ring, tolerance)', () => {
  it('drops vertices that lie within the tolerance of a straight edge', () => {
    const square: Ring = [[0, 0], [5, 0.1], [10, 0], [10, 10], [0, 10], [0, 0]];
    const simple = simplifyRing(square, 0.5);
    expect(simple).not.toContainEqual([5, 0.1]);
    expect(Math.abs(ringArea(simple))).toBeCloseTo(100, 0);
  });

  it('keeps vertices farther than the tolerance', () => {
    const notch: Ring = [[0, 0], [5, 3], [10, 0], [10, 10], [0, 10], [0, 0]];
    expect(simplifyRing(notch, 0.5)).toContainEqual([5, 3]);
  });
});

describe('simplifyPath(d, options) on the map of Japan', () => {
  const geometry = japanGeometry();
  const options = { tolerance: 1.2, minArea: 6 };

  it('makes the 47 prefectures much lighter while keeping each one’s area within a few percent', () => {
    const before = geometry.prefectures.reduce((n, p) => n + p.d.length, 0);
    const after = geometry.prefectures.reduce((n, p) => n + simplifyPath(p.d, options).length, 0);
    expect(after).toBeLessThan(before / 3);
    for (const p of geometry.prefectures) {
      const area = (d: string) => parsePath(d).reduce((a, r) => a + Math.abs(ringArea(r)), 0);
      const simple = simplifyPath(p.d, options);
      expect(simple, `prefecture ${p.code} keeps a shape`).not.toBe('');
      // Small islands are dropped on purpose, so compare the largest shapes only: within 15%.
      expect(Math.abs(area(simple) - area(p.d)) / area(p.d), `prefecture ${p.code}`).toBeLessThan(0.15);
    }
  });
});
