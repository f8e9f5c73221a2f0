/**
 * The nine bureau regions, merged from their prefectures: one outline per bureau for a strong
 * boundary stroke, and an inside point to gather the bureau's project symbols around.
 */
import { merge } from 'topojson-client';
import type { GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon } from 'topojson-specification';
import type { JapanGeometry, PrefectureTopology } from './geometry.ts';
import { bboxOf, labelPoint, polygonsOf, type Box, type MultiPolygon, type Point } from './polygon.ts';
import { ringsToPath } from './svg-path.ts';

export interface BureauRegion {
  id: string;
  /** Path of the union of its prefectures (absolute, 0.1 precision), for a strong boundary stroke. */
  outline: string;
  /** The union's rings, closed: outer rings and holes alike (fill-rule even-odd reads them right). */
  rings: [number, number][][];
  /** The union as polygons, each an outer ring followed by its holes. */
  polygons: [number, number][][][];
  /** polylabel's pole of inaccessibility of the region's largest polygon: as far from its coast and borders as can be. */
  centroid: Point;
  bbox: Box;
  /** JIS codes, as given. */
  prefectures: string[];
}

/**
 * Merges each bureau's prefectures with topojson-client: the outline is made of the arcs its
 * prefectures do not share with each other, so it runs through exactly the points of their
 * own paths, with no sliver or gap between neighbours to clean up. Throws on a prefecture code
 * the map does not have.
 */
export function bureauRegions(geometry: JapanGeometry, bureaus: { id: string; prefectures: string[] }[]): BureauRegion[] {
  return bureaus.map((bureau) => {
    const polygons = mergedPolygons(geometry.topology, bureau);
    const rings = polygons.flat();
    return {
      id: bureau.id,
      outline: ringsToPath(rings, 1),
      rings,
      polygons,
      centroid: labelPoint(polygons),
      bbox: bboxOf(rings),
      prefectures: [...bureau.prefectures],
    };
  });
}

/**
 * The union of a bureau's prefectures in `topology` (the map's own, or a simplified one) as
 * polygons, each an outer ring followed by its holes.
 */
export function mergedPolygons(topology: PrefectureTopology, bureau: { id: string; prefectures: string[] }): MultiPolygon {
  if (bureau.prefectures.length === 0) throw new Error(`bureauRegions: bureau ${bureau.id} has no prefectures`);
  const byCode = new Map(topology.objects.prefectures.geometries.map((g) => [String(g.id), g]));
  const members = bureau.prefectures.map((code) => {
    const member = byCode.get(code);
    if (!member) throw new Error(`bureauRegions: bureau ${bureau.id} lists prefecture ${code}, which the map does not have`);
    return member;
  });
  // A simplified topology's filter may have left a prefecture no island at all: nothing to merge.
  return polygonsOf(merge(topology, members.filter(isPolygonal)));
}

const isPolygonal = (g: GeometryObject): g is TopoPolygon | TopoMultiPolygon => g.type === 'Polygon' || g.type === 'MultiPolygon';
