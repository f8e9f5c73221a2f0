/**
 * Build-time geometry of Japan's 47 prefectures, from @svg-maps/japan (MapSVG, CC BY 4.0):
 * absolute rings keyed by JIS code, Okinawa moved into a framed inset in the top-left corner
 * (the Japanese-map convention), the view box cropped to what is drawn, coordinates rounded to
 * 0.1 so the browser gets no more than it can show.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { PrefectureRow } from '../schemas/prefectures.ts';
import { JAPAN_SOURCE } from './japan-source.ts';
import { bboxOf, boxesOverlap, largestPolygon, poleOfInaccessibility, unionBox, type Box, type Point } from './polygon.ts';
import { snapShapes } from './snap.ts';
import { parsePath, roundRings, ringsToPath, type Ring } from './svg-path.ts';

export type { Box, Point } from './polygon.ts';

export interface PrefectureShape {
  /** JIS X 0401 code, '01' (Hokkaido) to '47' (Okinawa). */
  code: string;
  /** Absolute SVG path, coordinates rounded to 0.1. */
  d: string;
  /** The same outline as closed rings (last position repeats the first), rounded to 0.1. */
  rings: [number, number][][];
  /**
   * Label point: the pole of inaccessibility of the prefecture's largest island, so always
   * inside it (an area centroid can fall in the sea for Nagasaki or Kagoshima).
   */
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
}

/** A prefecture as data/prefectures.csv lists it; `name_en` lowercased is the package's id. */
export interface PrefectureName {
  code: string;
  name_en: string;
}

/** The prefecture drawn in the inset. */
export const INSET_CODE = '47';
/** Okinawa is drawn this much larger than the main islands, so its main island reads. */
export const INSET_SCALE = 1.25;
/** Space between the inset frame and Okinawa's outermost islands. */
export const INSET_PADDING = 4;
/** Neighbours' borders closer than this are made to coincide (see snap.ts); the source drifts by up to ~0.1. */
export const SNAP_TOLERANCE = 0.15;
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
  const snapped = snapShapes(matched.map((p) => p.rings), SNAP_TOLERANCE);
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
    if (boxesOverlap(bboxOf(p.rings), insetFrame)) throw new Error(`japanGeometry: the Okinawa inset frame would overlap prefecture ${p.code}`);
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

  const shapes = raw.map(({ code, rings }): PrefectureShape => {
    const inset = code === INSET_CODE;
    const placed = roundRings(shift(inset ? insetRings : rings), 1);
    if (placed.length === 0) throw new Error(`japanGeometry: prefecture ${code} has no outline left after rounding`);
    const pole = poleOfInaccessibility(largestPolygon(placed.map((ring) => [ring])), 0.05);
    return {
      code,
      d: ringsToPath(placed, 1),
      rings: placed,
      centroid: { x: roundTo(pole.x), y: roundTo(pole.y) },
      bbox: bboxOf(placed),
      inset,
    };
  });
  const frame = {
    x0: roundTo(insetFrame.x0 + dx),
    y0: roundTo(insetFrame.y0 + dy),
    x1: roundTo(insetFrame.x1 + dx),
    y1: roundTo(insetFrame.y1 + dy),
  };
  return { viewBox, prefectures: shapes, insetFrame: frame };
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
