/**
 * Small planar helpers over rings: containment, distance to the boundary, area, bounding box,
 * and the pole of inaccessibility (the inside point farthest from the boundary), which is where
 * a label or symbol sits most comfortably.
 */
import type { Position, Ring } from './svg-path.ts';
import { ringArea } from './svg-path.ts';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface Point {
  x: number;
  y: number;
}
/** An outer ring followed by its holes, as polygon-clipping returns them. */
export type Polygon = Ring[];
export type MultiPolygon = Polygon[];

export function bboxOf(rings: Ring[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return { x0, y0, x1, y1 };
}

export function unionBox(a: Box, b: Box): Box {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function boxContains(outer: Box, inner: Box): boolean {
  return inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;
}

/** Even-odd containment over any set of rings (islands and holes alike). */
export function insideRings(p: Point, rings: Ring[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > p.y !== yj > p.y && p.x < ((xj - xi) * (p.y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Distance from p to the nearest edge of any ring. */
export function distanceToRings(p: Point, rings: Ring[]): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const d = segmentDistanceSquared(p, ring[j]!, ring[i]!);
      if (d < best) best = d;
    }
  }
  return Math.sqrt(best);
}

/** Positive inside, negative outside: the distance to the boundary, signed. */
export function signedDistance(p: Point, rings: Ring[]): number {
  const d = distanceToRings(p, rings);
  return insideRings(p, rings) ? d : -d;
}

/** The point on the boundary of the rings nearest to p. */
export function nearestBoundaryPoint(p: Point, rings: Ring[]): Point {
  let best = Infinity;
  let bx = p.x;
  let by = p.y;
  for (const ring of rings) {
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const [ax, ay] = ring[j]!;
      const [cx, cy] = ring[i]!;
      const t = projectionParameter(p, ring[j]!, ring[i]!);
      const x = ax + (cx - ax) * t;
      const y = ay + (cy - ay) * t;
      const d = (p.x - x) ** 2 + (p.y - y) ** 2;
      if (d < best) {
        best = d;
        bx = x;
        by = y;
      }
    }
  }
  return { x: bx, y: by };
}

/** Area of a multipolygon: outer rings minus their holes. */
export function multiPolygonArea(polygons: MultiPolygon): number {
  let sum = 0;
  for (const [outer, ...holes] of polygons) {
    sum += Math.abs(ringArea(outer!));
    for (const hole of holes) sum -= Math.abs(ringArea(hole));
  }
  return sum;
}

/** The polygon of largest area. */
export function largestPolygon(polygons: MultiPolygon): Polygon {
  let best: Polygon | undefined;
  let bestArea = -1;
  for (const polygon of polygons) {
    const area = multiPolygonArea([polygon]);
    if (area > bestArea) {
      bestArea = area;
      best = polygon;
    }
  }
  if (!best) throw new Error('largestPolygon: no polygon');
  return best;
}

/**
 * Pole of inaccessibility of one polygon (outer ring and holes), to within `precision`: the
 * inside point farthest from its boundary. Cell subdivision with a best-first queue, after
 * Mapbox's polylabel (Agafonkin, 2016, ISC). Deterministic.
 */
export function poleOfInaccessibility(polygon: Polygon, precision = 0.1): Point {
  const box = bboxOf(polygon);
  const width = box.x1 - box.x0;
  const height = box.y1 - box.y0;
  const size = Math.min(width, height);
  if (size === 0) return { x: box.x0, y: box.y0 };
  const cell = (x: number, y: number, h: number) => {
    const d = signedDistance({ x, y }, polygon);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  type Cell = ReturnType<typeof cell>;
  const queue: Cell[] = [];
  let h = size / 2;
  for (let x = box.x0; x < box.x1; x += size) {
    for (let y = box.y0; y < box.y1; y += size) queue.push(cell(x + h, y + h, h));
  }
  // Start from the area centroid when it is inside, else the bbox centre.
  let best = cell(...centroidOf(polygon[0]!), 0);
  const centre = cell(box.x0 + width / 2, box.y0 + height / 2, 0);
  if (centre.d > best.d) best = centre;
  while (queue.length) {
    // Few cells ever wait here, so a sorted array is simple enough.
    queue.sort((a, b) => a.max - b.max || a.x - b.x || a.y - b.y);
    const c = queue.pop()!;
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    h = c.h / 2;
    queue.push(cell(c.x - h, c.y - h, h), cell(c.x + h, c.y - h, h), cell(c.x - h, c.y + h, h), cell(c.x + h, c.y + h, h));
  }
  return { x: best.x, y: best.y };
}

/** Area centroid of a ring (falls back to the first vertex for a degenerate ring). */
export function centroidOf(ring: Ring): Position {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const [xj, yj] = ring[j]!;
    const [xi, yi] = ring[i]!;
    const f = xj * yi - xi * yj;
    a += f;
    cx += (xj + xi) * f;
    cy += (yj + yi) * f;
  }
  if (a === 0) return [ring[0]![0], ring[0]![1]];
  return [cx / (3 * a), cy / (3 * a)];
}

function projectionParameter(p: Point, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  if (len === 0) return 0;
  return Math.max(0, Math.min(1, ((p.x - a[0]) * dx + (p.y - a[1]) * dy) / len));
}

function segmentDistanceSquared(p: Point, a: Position, b: Position): number {
  const t = projectionParameter(p, a, b);
  const x = a[0] + (b[0] - a[0]) * t;
  const y = a[1] + (b[1] - a[1]) * t;
  return (p.x - x) ** 2 + (p.y - y) ** 2;
}
