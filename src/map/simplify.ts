/**
 * Lighter geometry for small maps (locators, zoomed bureau maps): the map's topology simplified
 * with topojson-simplify, so each border between two prefectures is simplified once and both
 * neighbours, and the bureau outline merged from them, draw the same simplified line. Islands
 * smaller than a few square units are dropped and coordinates rounded to whole units: a map a
 * few rem wide draws a map unit at well under a pixel, so nothing visible is lost and the page
 * stays small.
 */
import { filter, filterAttachedWeight, planarRingArea, planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import { mergedPolygons } from './bureau-regions.ts';
import { prefecturePolygons, type JapanGeometry, type PrefectureTopology } from './geometry.ts';
import { roundRings, ringsToPath } from './svg-path.ts';

export interface SimplifyOptions {
  /**
   * How coarse, in map units, as a Douglas–Peucker tolerance would say it. topojson-simplify
   * (Visvalingam) weighs a vertex by the planar area of the triangle it makes with its two
   * neighbours, so the tolerance becomes an area, AREA_PER_TOLERANCE_SQUARED × tolerance².
   */
  tolerance: number;
  /** Islands with a smaller area (square map units) are left out, unless they share a border with another prefecture. */
  minArea: number;
}

export interface SimplifiedMap {
  /** Path per prefecture code, in whole units; '' for a prefecture whose every island was dropped. */
  prefectures: Map<string, string>;
  /** The outline of a bureau's prefectures merged, in whole units: the same points as their paths. */
  outline(bureau: { id: string; prefectures: string[] }): string;
}

/** Each topology weighs its vertices once (planar triangle areas: the map is in SVG units, not longitude and latitude). */
const weighted = new WeakMap<PrefectureTopology, PrefectureTopology>();

export function simplifiedMap(geometry: JapanGeometry, options: SimplifyOptions): SimplifiedMap {
  const topology = simplifiedTopology(geometry.topology, options);
  const toPath = (polygons: [number, number][][][]) => ringsToPath(roundRings(polygons.flat(), 0), 0);
  // The filter leaves out a prefecture that kept no island at all.
  const kept = new Map(topology.objects.prefectures.geometries.map((g) => [String(g.id), g]));
  const prefectures = new Map(
    geometry.prefectures.map(({ code }) => {
      const g = kept.get(code);
      return [code, g ? toPath(prefecturePolygons(topology, g)) : ''];
    }),
  );
  return {
    prefectures,
    outline: (bureau) => {
      const left = bureau.prefectures.filter((code) => kept.has(code));
      return left.length ? toPath(mergedPolygons(topology, { id: bureau.id, prefectures: left })) : '';
    },
  };
}

/** The topology with small unattached islands filtered out (by their full-detail area), then simplified. */
export function simplifiedTopology(topology: PrefectureTopology, { tolerance, minArea }: SimplifyOptions): PrefectureTopology {
  let presimplified = weighted.get(topology);
  if (!presimplified) {
    presimplified = presimplify(topology, planarTriangleArea);
    weighted.set(topology, presimplified);
  }
  const kept = filter(presimplified, filterAttachedWeight(presimplified, minArea, planarRingArea));
  const prefectures = kept.objects.prefectures;
  if (prefectures.type !== 'GeometryCollection') throw new Error(`simplifiedTopology: minArea ${minArea} left no prefecture at all`);
  return simplify({ ...kept, objects: { prefectures } }, AREA_PER_TOLERANCE_SQUARED * tolerance ** 2);
}

/**
 * Chosen so that the paths weigh about what Douglas–Peucker gave at the same tolerances before
 * the map became a topology: for the 47 prefectures, 27 KB at 0.3 (was 28 KB) and 6.7 KB at 1.2
 * (was 7.7 KB). A triangle `tolerance` high on a base six times that.
 */
const AREA_PER_TOLERANCE_SQUARED = 3;
