/**
 * The label layout on hand-made inputs: labels sit next to their anchors when there is room, move
 * out with a leader when there is not, never overlap a label, a symbol or a leader, give up
 * (null) rather than overlap, and give the same answer for the same input in any order.
 */
import { describe, expect, it } from 'vitest';
import {
  boxCircleDistance,
  boxesOverlap,
  isCircle,
  type LabelBox,
  type LabelObstacle,
  type LabelRequest,
  type PlacedLabel,
  placeLabels,
} from '../../src/map/label-layout.ts';

const bounds: LabelBox = { x: 0, y: 0, width: 200, height: 100 };
const req = (id: string, x: number, y: number, extra: Partial<LabelRequest> = {}): LabelRequest => ({
  id,
  anchor: { x, y },
  width: 30,
  height: 8,
  gap: 4,
  priority: 1,
  ...extra,
});
const symbolsOf = (requests: LabelRequest[]): LabelObstacle[] => requests.map((r) => ({ x: r.anchor.x, y: r.anchor.y, r: r.gap }));

/** Every rule, checked from scratch on the output. */
function expectClear(placed: (PlacedLabel | null)[], obstacles: LabelObstacle[], padding = 1) {
  const boxes = placed.filter((p): p is PlacedLabel => p !== null);
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    expect(a.x).toBeGreaterThanOrEqual(bounds.x);
    expect(a.y).toBeGreaterThanOrEqual(bounds.y);
    expect(a.x + a.width).toBeLessThanOrEqual(bounds.x + bounds.width);
    expect(a.y + a.height).toBeLessThanOrEqual(bounds.y + bounds.height);
    for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(a, boxes[j]!, padding), `${a.id} / ${boxes[j]!.id}`).toBe(false);
    for (const o of obstacles) {
      if (isCircle(o)) expect(boxCircleDistance(a, o), `${a.id} and circle at ${o.x},${o.y}`).toBeGreaterThanOrEqual(o.r + padding - 1e-9);
      else expect(boxesOverlap(a, o, padding)).toBe(false);
    }
  }
}

describe('placeLabels', () => {
  it('puts a lone label right of its anchor, clear of its symbol, with no leader', () => {
    const r = req('a', 50, 50);
    const [p] = placeLabels([r], symbolsOf([r]), bounds);
    expect(p).toEqual({ id: 'a', x: 55, y: 46, width: 30, height: 8 });
  });

  it('uses the left side when the right is out of bounds', () => {
    const r = req('a', 190, 50);
    const [p] = placeLabels([r], symbolsOf([r]), bounds);
    expect(p).toMatchObject({ x: 190 - 5 - 30, y: 46 });
    expect(p!.leader).toBeUndefined();
  });

  it('places two anchors close together without overlap', () => {
    const rs = [req('a', 100, 50, { priority: 2 }), req('b', 104, 52)];
    const obstacles = symbolsOf(rs);
    const placed = placeLabels(rs, obstacles, bounds);
    expect(placed.every((p) => p !== null)).toBe(true);
    expectClear(placed, obstacles);
  });

  it('moves a label out with a leader when every adjacent position is taken', () => {
    // A ring of blockers around the anchor, leaving room only farther out.
    const r = req('a', 100, 50, { width: 10, height: 6, gap: 2 });
    const blockers: LabelObstacle[] = [];
    for (let k = 0; k < 8; k++) {
      const t = (k * Math.PI) / 4;
      blockers.push({ x: 100 + 12 * Math.cos(t), y: 50 + 12 * Math.sin(t), r: 3 });
    }
    const obstacles = [...symbolsOf([r]), ...blockers];
    const [p] = placeLabels([r], obstacles, bounds, { step: 10, rings: 6 });
    expect(p).not.toBeNull();
    expect(p!.leader).toBeDefined();
    expectClear([p], obstacles);
    const { x1, y1 } = p!.leader!;
    expect(Math.hypot(x1 - 100, y1 - 50)).toBeCloseTo(2, 0);
    // The leader threads between the blockers without touching one.
    const l = p!.leader!;
    for (const b of blockers) {
      if (!isCircle(b)) continue;
      for (let i = 0; i <= 50; i++) {
        const x = l.x1 + ((l.x2 - l.x1) * i) / 50;
        const y = l.y1 + ((l.y2 - l.y1) * i) / 50;
        expect(Math.hypot(x - b.x, y - b.y)).toBeGreaterThan(b.r);
      }
    }
  });

  it('returns null for a label that cannot fit, and places the others', () => {
    const big = req('big', 50, 50, { width: 500 });
    const small = req('small', 150, 50);
    const placed = placeLabels([big, small], symbolsOf([big, small]), bounds);
    expect(placed[0]).toBeNull();
    expect(placed[1]).not.toBeNull();
  });

  it('returns null rather than overlap when leaders are switched off', () => {
    const r = req('a', 100, 50);
    const wall: LabelObstacle = { x: 60, y: 30, width: 80, height: 40 };
    const placed = placeLabels([r], [wall], bounds, { rings: 0 });
    expect(placed).toEqual([null]);
  });

  it('gives the better place to the higher priority', () => {
    // Both want the space between them; the higher priority gets its first choice (right).
    const a = req('a', 20, 50, { priority: 1 });
    const b = req('b', 60, 50, { priority: 5 });
    const [pa, pb] = placeLabels([a, b], symbolsOf([a, b]), bounds);
    expect(pb).toMatchObject({ x: 65 });
    expect(pa).not.toBeNull();
  });

  it('keeps boxes clear of leaders and leaders from crossing', () => {
    const rs = Array.from({ length: 12 }, (_, k) => req(`p${k}`, 80 + (k % 4) * 12, 35 + Math.floor(k / 4) * 12, { priority: 12 - k }));
    const obstacles = symbolsOf(rs);
    const placed = placeLabels(rs, obstacles, bounds);
    expectClear(placed, obstacles);
    const leaders = placed.flatMap((p) => (p?.leader ? [p.leader] : []));
    for (const l of leaders) {
      for (const p of placed) {
        if (!p || p.leader === l) continue;
        // No leader passes through another label.
        const inside = (t: number) => {
          const x = l.x1 + (l.x2 - l.x1) * t;
          const y = l.y1 + (l.y2 - l.y1) * t;
          return x > p.x && x < p.x + p.width && y > p.y && y < p.y + p.height;
        };
        expect(Array.from({ length: 21 }, (_, i) => inside(i / 20)).some(Boolean), `leader through ${p.id}`).toBe(false);
      }
    }
  });

  it('is deterministic: same output twice, and the same whatever the input order', () => {
    const rs = Array.from({ length: 10 }, (_, k) => req(`p${k}`, 60 + ((k * 37) % 80), 20 + ((k * 23) % 60), { priority: k % 3 }));
    const obstacles = symbolsOf(rs);
    const once = placeLabels(rs, obstacles, bounds);
    expect(placeLabels(rs, obstacles, bounds)).toEqual(once);
    const reversed = placeLabels([...rs].reverse(), obstacles, bounds);
    expect([...reversed].reverse()).toEqual(once);
  });

  it('refuses duplicate ids and sizes that are not numbers', () => {
    expect(() => placeLabels([req('a', 1, 1), req('a', 2, 2)], [], bounds)).toThrow(/twice/);
    expect(() => placeLabels([req('a', 1, 1, { width: Number.NaN })], [], bounds)).toThrow(/finite/);
  });
});
