/**
 * Makes shared borders of neighbouring shapes coincide exactly, so that topojson-server, which
 * joins only identical positions, finds each border as one arc (geometry.ts). The source's paths
 * are relative with two decimals, so after adding them up a border drawn twice (once per
 * neighbour) drifts apart by up to about 0.2 unit, and one side may have vertices the other
 * lacks. Two passes fix that: vertices of different shapes closer than `tolerance` are merged
 * onto one position, then a vertex lying within `tolerance` of another shape's edge is inserted
 * into that edge, so both sides run through the same points. Rounding afterwards keeps them equal.
 */
import type { Position, Ring } from './svg-path.ts';

/** Returns new rings per shape (same nesting as the input); the input is not changed. */
export function snapShapes(shapes: Ring[][], tolerance: number): Ring[][] {
  const out = shapes.map((rings) => rings.map((ring) => ring.map(([x, y]): Position => [x, y])));
  if (!(tolerance > 0)) return out;
  mergeVertices(out, tolerance);
  insertIntoEdges(out, tolerance);
  return out;
}

type Key = string;
const key = (i: number, j: number): Key => `${i},${j}`;

/** Vertex to vertex: each vertex moves onto the nearest earlier vertex of another shape within tolerance. */
function mergeVertices(shapes: Ring[][], tolerance: number): void {
  const grid = new Map<Key, { shape: number; p: Position }[]>();
  const t2 = tolerance * tolerance;
  shapes.forEach((rings, shape) => {
    for (const ring of rings) {
      for (const p of ring) {
        const ci = Math.floor(p[0] / tolerance);
        const cj = Math.floor(p[1] / tolerance);
        let best: Position | null = null;
        let bestD = Infinity;
        for (let i = ci - 1; i <= ci + 1; i++) {
          for (let j = cj - 1; j <= cj + 1; j++) {
            for (const other of grid.get(key(i, j)) ?? []) {
              if (other.shape === shape) continue;
              const d = (other.p[0] - p[0]) ** 2 + (other.p[1] - p[1]) ** 2;
              if (d <= t2 && d < bestD) {
                bestD = d;
                best = other.p;
              }
            }
          }
        }
        if (best) {
          p[0] = best[0];
          p[1] = best[1];
        } else {
          const k = key(ci, cj);
          let cell = grid.get(k);
          if (!cell) grid.set(k, (cell = []));
          cell.push({ shape, p: [p[0], p[1]] });
        }
      }
    }
  });
}

/** Vertex to edge: a vertex near another shape's edge (not at its ends) is added to that edge. */
function insertIntoEdges(shapes: Ring[][], tolerance: number): void {
  const cellSize = Math.max(tolerance * 8, 1);
  const grid = new Map<Key, { shape: number; ring: number; edge: number }[]>();
  shapes.forEach((rings, shape) => {
    rings.forEach((ring, r) => {
      for (let e = 0; e < ring.length - 1; e++) {
        const [ax, ay] = ring[e]!;
        const [bx, by] = ring[e + 1]!;
        const i0 = Math.floor((Math.min(ax, bx) - tolerance) / cellSize);
        const i1 = Math.floor((Math.max(ax, bx) + tolerance) / cellSize);
        const j0 = Math.floor((Math.min(ay, by) - tolerance) / cellSize);
        const j1 = Math.floor((Math.max(ay, by) + tolerance) / cellSize);
        for (let i = i0; i <= i1; i++) {
          for (let j = j0; j <= j1; j++) {
            const k = key(i, j);
            let cell = grid.get(k);
            if (!cell) grid.set(k, (cell = []));
            cell.push({ shape, ring: r, edge: e });
          }
        }
      }
    });
  });

  // Insertions per edge, keyed shape/ring/edge, collected against the unchanged rings.
  const inserts = new Map<Key, { t: number; p: Position }[]>();
  const t2 = tolerance * tolerance;
  shapes.forEach((rings, shape) => {
    for (const ring of rings) {
      for (const p of ring) {
        let best: { k: Key; t: number; d: number } | null = null;
        const cell = grid.get(key(Math.floor(p[0] / cellSize), Math.floor(p[1] / cellSize))) ?? [];
        for (const c of cell) {
          if (c.shape === shape) continue;
          const edgeRing = shapes[c.shape]![c.ring]!;
          const a = edgeRing[c.edge]!;
          const b = edgeRing[c.edge + 1]!;
          if ((a[0] === p[0] && a[1] === p[1]) || (b[0] === p[0] && b[1] === p[1])) {
            best = null;
            break; // already a shared vertex: nothing to do for this point
          }
          const dx = b[0] - a[0];
          const dy = b[1] - a[1];
          const len = dx * dx + dy * dy;
          if (len === 0) continue;
          const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len;
          if (t <= 0 || t >= 1) continue;
          const d = (a[0] + dx * t - p[0]) ** 2 + (a[1] + dy * t - p[1]) ** 2;
          if (d <= t2 && (!best || d < best.d)) best = { k: `${c.shape}/${c.ring}/${c.edge}`, t, d };
        }
        if (best) {
          let list = inserts.get(best.k);
          if (!list) inserts.set(best.k, (list = []));
          list.push({ t: best.t, p: [p[0], p[1]] });
        }
      }
    }
  });

  shapes.forEach((rings, shape) => {
    rings.forEach((ring, r) => {
      const next: Position[] = [];
      for (let e = 0; e < ring.length; e++) {
        next.push(ring[e]!);
        const list = inserts.get(`${shape}/${r}/${e}`);
        if (list) for (const { p } of list.sort((u, v) => u.t - v.t)) next.push(p);
      }
      rings[r] = next;
    });
  });
}
