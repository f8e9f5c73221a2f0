/**
 * Build-time geometry of Japan's 47 prefectures, from @svg-maps/japan (MapSVG, CC BY 4.0), as a
 * topology: every border between two prefectures is one arc that both draw, so the bureau
 * regions merged from them (bureau-regions.ts) and the lighter maps simplified from them
 * (simplify.ts) keep neighbours meeting exactly. Okinawa moves into a framed inset in the top-left
 * corner (the Japanese-map convention), the view box is cropped to what is drawn, coordinates are
 * rounded to 0.1 so the browser gets no more than it can show.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { feature } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import type { FeatureCollection, MultiPolygon as GeoMultiPolygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Properties, Topology } from 'topojson-specification';
import { PrefectureRow } from '../schemas/prefectures.ts';
import { JAPAN_SOURCE } from './japan-source.ts';
import { bboxOf, boxesOverlap, labelPoint, polygonsOf, unionBox, type Box, type MultiPolygon, type Point } from './polygon.ts';
import { snapShapes } from './snap.ts';
import { parsePath, roundRings, ringsToPath, type Ring } from './svg-path.ts';

export type { Box, Point } from './polygon.ts';

export interface PrefectureShape {
  /** JIS X 0401 code, '01' (Hokkaido) to '47' (Okinawa). */
  code: string;
  /** Absolute SVG path, coordinates rounded to 0.1, drawn from the topology's arcs. */
  d: string;
  /** The same outline as closed rings (last position repeats the first), rounded to 0.1. */
  rings: [number, number][][];
  /** Label point: polylabel's pole of inaccessibility of the prefecture's largest island (polygon.ts). */
  centroid: Point;
  bbox: Box;
  /** True for Okinawa, drawn in the inset. */
  inset: boolean;
}

export interface JapanGeometry {
  /** The crop, starting at 0,0: use `0 0 ${x1} ${y1}` as the SVG viewBox. */
  viewBox: Box;
  /** In JIS code order, 01 to 47. */
  prefectures: PrefectureShape[];
  /** The frame drawn around the Okinawa inset. */
  insetFrame: Box;
  /**
   * The same prefectures as a planar topology (coordinates as in `prefectures`, no quantisation):
   * object `prefectures`, one MultiPolygon per prefecture with its JIS code as id.
   */
  topology: PrefectureTopology;
}

export type PrefectureTopology = Topology<{ prefectures: GeometryCollection }>;

/** A prefecture as data/prefectures.csv lists it; `name_en` lowercased is the package's id. */
export interface PrefectureName {
  code: string;
  name_en: string;
}

/** The prefecture drawn in the inset. */
export const INSET_CODE = '47';
/**
 * Okinawa's scale against the main islands': a little smaller, so that the inset (which must hold
 * the far Sakishima and Daito islands too) takes no more than INSET_MAX_SHARE of the map.
 */
export const INSET_SCALE = 0.95;
/** The largest share of the map's area the inset frame may take (a test checks it). */
export const INSET_MAX_SHARE = 0.1;
/** Space between the inset frame and Okinawa's outermost islands. */
export const INSET_PADDING = 4;
/**
 * Neighbours' borders closer than this are made to coincide (see snap.ts) before the topology is
 * built, which joins only identical positions. The source draws each border twice, drifting
 * apart by up to about 0.2 in Shikoku: at 0.15, Tokushima, Ehime and Kochi kept three gaps and
 * five overlaps between them.
 */
export const SNAP_TOLERANCE = 0.2;
/** Space around everything drawn, inside the view box. */
export const VIEW_MARGIN = 6;

const cache = new Map<string, JapanGeometry>();

/**
 * The map, memoised. Prefecture names come from data/prefectures.csv (read from the working
 * directory) unless given; each of the 47 must match one location of the package by its
 * lowercased English name, or this throws.
 */
export function japanGeometry(prefectures: readonly PrefectureName[] = readPrefectures()): JapanGeometry {
  const key = prefectures.map((p) => `${p.code}:${p.name_en}`).join('|');
  let geometry = cache.get(key);
  if (!geometry) {
    geometry = buildGeometry(prefectures);
    cache.set(key, geometry);
  }
  return geometry;
}

function buildGeometry(prefectures: readonly PrefectureName[]): JapanGeometry {
  const matched = matchLocations(prefectures);
  const snapped = snapShapes(
    matched.map((p) => p.rings),
    SNAP_TOLERANCE,
  );
  const raw = matched.map((p, i) => ({ code: p.code, rings: snapped[i]! }));

  // Main islands: everything but the inset prefecture, as the package draws them.
  const main = raw.filter((p) => p.code !== INSET_CODE);
  const mainBox = main.map((p) => bboxOf(p.rings)).reduce(unionBox);

  // The inset: scaled about its own corner, then placed at the main islands' top-left corner.
  const okinawa = raw.find((p) => p.code === INSET_CODE);
  if (!okinawa) throw new Error(`japanGeometry: no prefecture with code ${INSET_CODE} for the inset`);
  const ob = bboxOf(okinawa.rings);
  const insetFrame: Box = {
    x0: mainBox.x0,
    y0: mainBox.y0,
    x1: mainBox.x0 + (ob.x1 - ob.x0) * INSET_SCALE + 2 * INSET_PADDING,
    y1: mainBox.y0 + (ob.y1 - ob.y0) * INSET_SCALE + 2 * INSET_PADDING,
  };
  const insetRings = okinawa.rings.map((ring) =>
    ring.map(([x, y]): [number, number] => [
      insetFrame.x0 + INSET_PADDING + (x - ob.x0) * INSET_SCALE,
      insetFrame.y0 + INSET_PADDING + (y - ob.y0) * INSET_SCALE,
    ]),
  );
  for (const p of main) {
    if (boxesOverlap(bboxOf(p.rings), insetFrame))
      throw new Error(`japanGeometry: the Okinawa inset frame would overlap prefecture ${p.code}`);
  }

  // Crop: shift everything so the content plus a margin starts at 0,0.
  const content = unionBox(mainBox, insetFrame);
  const dx = VIEW_MARGIN - content.x0;
  const dy = VIEW_MARGIN - content.y0;
  const shift = (rings: Ring[]) => rings.map((ring) => ring.map(([x, y]): [number, number] => [x + dx, y + dy]));
  const viewBox: Box = {
    x0: 0,
    y0: 0,
    x1: Math.ceil(content.x1 - content.x0 + 2 * VIEW_MARGIN),
    y1: Math.ceil(content.y1 - content.y0 + 2 * VIEW_MARGIN),
  };

  const placedByCode = raw.map(({ code, rings }) => {
    const placed = withoutRepeats(roundRings(shift(code === INSET_CODE ? insetRings : rings), 1));
    if (placed.length === 0) throw new Error(`japanGeometry: prefecture ${code} has no outline left after rounding`);
    return { code, rings: placed };
  });
  const topology = prefectureTopology(placedByCode);

  // Drawn back from the topology, so a border is the same points in both neighbours' paths.
  const shapes = topology.objects.prefectures.geometries.map((geometry): PrefectureShape => {
    const code = String(geometry.id);
    const polygons = prefecturePolygons(topology, geometry);
    const rings = polygons.flat();
    return {
      code,
      d: ringsToPath(rings, 1),
      rings,
      centroid: labelPoint(polygons),
      bbox: bboxOf(rings),
      inset: code === INSET_CODE,
    };
  });
  const frame = {
    x0: roundTo(insetFrame.x0 + dx),
    y0: roundTo(insetFrame.y0 + dy),
    x1: roundTo(insetFrame.x1 + dx),
    y1: roundTo(insetFrame.y1 + dy),
  };
  return { viewBox, prefectures: shapes, insetFrame: frame, topology };
}

/**
 * The rings less any that repeats an earlier one: the source draws one of Tokyo's Izu islands
 * twice, and in a topology the island's coast would then count as a border between the two, so
 * merging Kanto would leave the island out.
 */
function withoutRepeats(rings: Ring[]): Ring[] {
  const seen = new Set<string>();
  return rings.filter((ring) => {
    const key = JSON.stringify(ring.slice(0, -1).map(String).sort());
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Each ring an island of its own (the source has no lakes), keyed by JIS code. */
function prefectureTopology(prefectures: { code: string; rings: Ring[] }[]): PrefectureTopology {
  const collection: FeatureCollection<GeoMultiPolygon, null> = {
    type: 'FeatureCollection',
    features: prefectures.map(({ code, rings }) => ({
      type: 'Feature',
      id: code,
      properties: null,
      geometry: { type: 'MultiPolygon', coordinates: rings.map((ring) => [ring]) },
    })),
  };
  const built = buildTopology({ prefectures: collection });
  const object = built.objects.prefectures;
  if (!isCollectionWithoutProperties(object)) throw new Error('japanGeometry: topojson-server returned no prefecture collection');
  return { ...built, objects: { prefectures: object } };
}

/** The features were given no properties, so the geometries carry none: typed as topojson-client's merge takes them. */
function isCollectionWithoutProperties(object: GeometryObject<Properties> | undefined): object is GeometryCollection {
  return object?.type === 'GeometryCollection' && object.geometries.every((g) => g.properties == null);
}

/**
 * A prefecture of `topology` (the map's own or a simplified one) as polygons of closed rings;
 * none when a simplification's filter dropped every island it had.
 */
export function prefecturePolygons(topology: PrefectureTopology, geometry: GeometryObject): MultiPolygon {
  if (geometry.type === 'MultiPolygon') return polygonsOf(feature(topology, geometry).geometry);
  if (geometry.type === 'Polygon') return polygonsOf(feature(topology, geometry).geometry);
  return [];
}

/** The package's locations keyed by JIS code, in code order; throws on any unmatched name. */
function matchLocations(prefectures: readonly PrefectureName[]): { code: string; rings: Ring[] }[] {
  const byId = new Map(JAPAN_SOURCE.locations.map((l) => [l.id, l]));
  const problems: string[] = [];
  if (prefectures.length !== 47) problems.push(`expected 47 prefectures, got ${prefectures.length}`);
  const used = new Set<string>();
  const out: { code: string; rings: Ring[] }[] = [];
  for (const p of [...prefectures].sort((a, b) => a.code.localeCompare(b.code))) {
    const id = p.name_en.toLowerCase();
    const location = byId.get(id);
    if (!location) {
      problems.push(`prefecture ${p.code} (${p.name_en}) has no location "${id}" in @svg-maps/japan`);
      continue;
    }
    used.add(id);
    out.push({ code: p.code, rings: parsePath(location.path) });
  }
  for (const id of byId.keys()) if (!used.has(id)) problems.push(`location "${id}" of @svg-maps/japan matches no prefecture`);
  if (problems.length) throw new Error(`japanGeometry: ${problems.join('; ')}`);
  return out;
}

/** data/prefectures.csv from the working directory (the project root during a build or test). */
function readPrefectures(): PrefectureName[] {
  const file = join(process.cwd(), 'data', 'prefectures.csv');
  return csvParse(readFileSync(file, 'utf8')).map((row) => PrefectureRow.parse(row));
}

function roundTo(value: number): number {
  return Math.round(value * 10) / 10;
}
