/**
 * Small planar helpers over rings: containment, distance to the boundary, area, bounding box,
 * and the point where a label sits (polylabel's, shared by prefectures and bureau regions).
 */
import type { Geometry } from 'geojson';
import polylabel from 'polylabel';
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
/** An outer ring followed by its holes, as GeoJSON and polylabel take them. */
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

/**
 * A GeoJSON geometry from topojson-client as polygons of closed rings: a Polygon is one, a
 * MultiPolygon many, and anything else (a prefecture whose every island a filter dropped) none.
 */
export function polygonsOf(geometry: Geometry | null): MultiPolygon {
  const polygons = geometry?.type === 'Polygon' ? [geometry.coordinates] : geometry?.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons.map((polygon) => polygon.map((ring) => ring.map(([x, y]): Position => [x!, y!])));
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

/**
 * Where a label or a bureau's symbols sit: polylabel's pole of inaccessibility (the inside point
 * farthest from the boundary, to within `precision`) of the largest polygon, so always inside
 * it, where an area centroid can fall in the sea (Nagasaki, Kagoshima). Rounded to 0.1 like the
 * paths.
 */
export function labelPoint(polygons: MultiPolygon, precision = 0.05): Point {
  const [x, y] = polylabel(largestPolygon(polygons), precision);
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}
