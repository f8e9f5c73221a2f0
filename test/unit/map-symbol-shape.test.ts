import { describe, expect, it } from 'vitest';
import { wedges } from '../../src/map/symbol-shape.ts';

/** Reads the two arc end points of a wedge path `M0 0Lx0 y0A1 1 0 f 1 x1 y1Z`. */
function ends(d: string): [number, number, number, number] {
  const m = /^M0 0L(\S+) (\S+)A1 1 0 [01] 1 (\S+) (\S+)Z$/.exec(d);
  if (!m) throw new Error(`not a wedge: ${d}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
}

describe('wedges(count)', () => {
  it('draws one field as a whole circle', () => {
    expect(wedges(1)).toHaveLength(1);
    expect(wedges(1)[0]!.d).not.toContain('L');
  });

  it('splits n fields into n equal slices that meet edge to edge, starting at twelve o’clock', () => {
    for (const n of [2, 3, 4]) {
      const w = wedges(n);
      expect(w).toHaveLength(n);
      const first = ends(w[0]!.d);
      expect(first[0]).toBeCloseTo(0);
      expect(first[1]).toBeCloseTo(-1);
      for (let i = 0; i < n; i++) {
        const [x0, y0, x1, y1] = ends(w[i]!.d);
        const [nx, ny] = ends(w[(i + 1) % n]!.d);
        expect(nx).toBeCloseTo(x1);
        expect(ny).toBeCloseTo(y1);
        // Each slice spans 360/n degrees.
        const angle = Math.acos(x0 * x1 + y0 * y1);
        expect(angle).toBeCloseTo(n === 2 ? Math.PI : (2 * Math.PI) / n);
      }
    }
  });

  it('refuses a symbol without fields', () => {
    expect(() => wedges(0)).toThrow(/at least one field/);
  });
});
