/**
 * The nine bureau regions as unions of their prefectures: one outline per bureau for a strong
 * boundary stroke, and an inside point to gather the bureau's project symbols around.
 */
import polygonClipping from 'polygon-clipping';
import type { JapanGeometry } from './geometry.ts';
import { bboxOf, largestPolygon, poleOfInaccessibility, type Box, type MultiPolygon, type Point } from './polygon.ts';
import { ringArea, roundRings, ringsToPath } from './svg-path.ts';

export interface BureauRegion {
  id: string;
  /** Path of the union of its prefectures (absolute, 0.1 precision), for a strong boundary stroke. */
  outline: string;
  /** The union's rings, closed: outer rings and holes alike (fill-rule even-odd reads them right). */
  rings: [number, number][][];
  /** The union as polygons, each an outer ring followed by its holes. */
  polygons: [number, number][][][];
  /** Pole of inaccessibility of the region's largest polygon: inside it, as far from its coast and borders as can be. */
  centroid: Point;
  bbox: Box;
  /** JIS codes, as given. */
  prefectures: string[];
}

/**
 * Unions each bureau's prefectures with polygon-clipping. japanGeometry() has already made the
 * shared borders of neighbours coincide (snap.ts) before rounding them to 0.1, so the union has
 * no slivers; as a safeguard, a hole smaller than `MIN_PART` (a gap between neighbours, never a
 * lake: no prefecture has one) is dropped. Throws on a prefecture code the map does not have.
 */
export function bureauRegions(geometry: JapanGeometry, bureaus: { id: string; prefectures: string[] }[]): BureauRegion[] {
  const byCode = new Map(geometry.prefectures.map((p) => [p.code, p]));
  return bureaus.map((bureau) => {
    if (bureau.prefectures.length === 0) throw new Error(`bureauRegions: bureau ${bureau.id} has no prefectures`);
    const parts: MultiPolygon = [];
    for (const code of bureau.prefectures) {
      const shape = byCode.get(code);
      if (!shape) throw new Error(`bureauRegions: bureau ${bureau.id} lists prefecture ${code}, which the map does not have`);
      for (const ring of shape.rings) parts.push([ring]);
    }
    const [first, ...rest] = parts;
    const union = polygonClipping.union(first!, ...rest) as MultiPolygon;
    const polygons: MultiPolygon = [];
    for (const polygon of union) {
      const [outer, ...holes] = roundRings(polygon, 1);
      if (!outer) continue;
      polygons.push([outer, ...holes.filter((h) => Math.abs(ringArea(h)) >= MIN_PART)]);
    }
    const rings = polygons.flat();
    const pole = poleOfInaccessibility(largestPolygon(polygons), 0.05);
    return {
      id: bureau.id,
      outline: ringsToPath(rings, 1),
      rings,
      polygons,
      centroid: { x: Math.round(pole.x * 10) / 10, y: Math.round(pole.y * 10) / 10 },
      bbox: bboxOf(rings),
      prefectures: [...bureau.prefectures],
    };
  });
}

/** Holes smaller than this (square units) are slivers between neighbours, not lakes. */
const MIN_PART = 0.5;
