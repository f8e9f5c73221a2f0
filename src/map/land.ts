/**
 * The national map's land in few bytes: one filled area per bureau (its prefectures merged), the
 * borders between prefectures of one bureau as one mesh, the coasts as another and the borders
 * between bureaus as a third, each border once, in relative path commands. Drawing 47 prefectures
 * and then nine outlines over them put every border in the page two to four times, in absolute
 * coordinates.
 *
 * All of it comes from the map's topology (geometry.ts), so it meets exactly, at the map's full
 * detail: the national map is drawn up to 960 CSS px wide (map.css, the map page), about 2.7 px
 * per map unit, where even a simplification of 0.2 units smoothed the coasts visibly.
 */
import { merge, mesh } from 'topojson-client';
import type { GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon } from 'topojson-specification';
import type { JapanGeometry } from './geometry.ts';
import { polygonsOf } from './polygon.ts';
import type { Position } from './svg-path.ts';
import { toRelativePath } from './svg-path.ts';

export interface MapLand {
  /** Each bureau's prefectures merged, as one relative path, by bureau id. */
  areas: Record<string, string>;
  /** Every border between two prefectures of the same bureau, once. */
  prefectureBorders: string;
  /** Every coast, once. */
  coasts: string;
  /** Every border between two bureaus, once. */
  bureauBorders: string;
}

/** Decimals of the land's coordinates: the geometry's own precision. */
export const LAND_DECIMALS = 1;

export function mapLand(geometry: JapanGeometry, bureaus: { id: string; prefectures: string[] }[]): MapLand {
  const topology = geometry.topology;
  const collection = topology.objects.prefectures;
  const bureauOf = new Map(bureaus.flatMap((b) => b.prefectures.map((code) => [code, b.id] as const)));
  const byCode = new Map(collection.geometries.map((g) => [String(g.id), g]));
  const areas = Object.fromEntries(
    bureaus.map((b) => {
      const members = b.prefectures.map((code) => {
        const member = byCode.get(code);
        if (!member) throw new Error(`mapLand: bureau ${b.id} lists prefecture ${code}, which the map does not have`);
        return member;
      });
      const rings = polygonsOf(merge(topology, members.filter(isPolygonal))).flat();
      return [b.id, toRelativePath(rings, LAND_DECIMALS)];
    }),
  );
  const bureauOfGeometry = (g: GeometryObject) => bureauOf.get(String(g.id));
  const lines = (keep: (a: GeometryObject, b: GeometryObject) => boolean): Position[][] =>
    mesh(topology, collection, keep).coordinates as Position[][];
  return {
    areas,
    prefectureBorders: toRelativePath(
      lines((a, b) => a !== b && bureauOfGeometry(a) === bureauOfGeometry(b)),
      LAND_DECIMALS,
    ),
    // A mesh's filter sees a coast as an arc whose two sides are the same prefecture.
    coasts: toRelativePath(
      lines((a, b) => a === b),
      LAND_DECIMALS,
    ),
    bureauBorders: toRelativePath(
      lines((a, b) => a !== b && bureauOfGeometry(a) !== bureauOfGeometry(b)),
      LAND_DECIMALS,
    ),
  };
}

const isPolygonal = (g: GeometryObject): g is TopoPolygon | TopoMultiPolygon => g.type === 'Polygon' || g.type === 'MultiPolygon';
