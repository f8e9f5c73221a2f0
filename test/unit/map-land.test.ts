/**
 * The national map's land (land.ts): one area per bureau, each border drawn once, all meeting
 * exactly, at less than half the bytes of 47 prefectures with nine outlines over them. The paths
 * are read back as the browser reads them (parsePath takes relative commands too).
 */
import polygonClipping, { type MultiPolygon, type Polygon } from 'polygon-clipping';
import { describe, expect, it } from 'vitest';
import { bureauRegions } from '../../src/map/bureau-regions.ts';
import { japanGeometry } from '../../src/map/geometry.ts';
import { mapLand } from '../../src/map/land.ts';
import { distanceToRings, multiPolygonArea } from '../../src/map/polygon.ts';
import { parsePath, ringArea, roundRings, toRelativePath, type Ring } from '../../src/map/svg-path.ts';
import { realData } from '../fixtures/map/real-data.ts';

const { prefectures, bureaus } = realData();
const geometry = japanGeometry(prefectures);
const land = mapLand(geometry, bureaus);

/** A position at the land's precision: summing relative steps leaves float noise below it. */
const at = ([x, y]: [number, number]) => `${x.toFixed(1)},${y.toFixed(1)}`;
/** Undirected segments of lines, as keys, counted. */
function segments(lines: Ring[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [at(line[i - 1]!), at(line[i]!)].sort();
      const key = `${a} ${b}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}
/** A mesh's lines: parsePath closes every subpath, so drop the closing step it added to those the path leaves open (no `z`). */
const openLines = (d: string) =>
  d
    .split(/(?=M)/)
    .filter(Boolean)
    .flatMap((sub) => parsePath(sub).map((ring) => (sub.endsWith('z') ? ring : ring.slice(0, -1))));
const asMultiPolygon = (rings: Ring[]): MultiPolygon => rings.map((ring): Polygon => [ring]);
const areaOf = (rings: Ring[]) => rings.reduce((sum, ring) => sum + Math.abs(ringArea(ring)), 0);

describe('toRelativePath(lines, options)', () => {
  it('writes steps with the fewest separators', () => {
    expect(
      toRelativePath([
        [
          [0, 0],
          [1.5, 0],
          [1.5, -2],
          [2, -1.5],
        ],
      ]),
    ).toBe('M0 0l1.5 0 0-2 .5.5');
    expect(
      toRelativePath([
        [
          [10, 10],
          [12, 10],
          [12, 13],
          [10, 10],
        ],
      ]),
    ).toBe('M10 10l2 0 0 3z');
  });

  it('reads back as the rounded positions, with no error added up along the line', () => {
    // 300 steps of 0.14: each step alone rounds to 0.1, but the positions must not drift.
    const line: [number, number][] = Array.from({ length: 300 }, (_, i) => [i * 0.14, (i % 7) * 0.33]);
    const [read] = openLines(toRelativePath([line]));
    expect(read).toHaveLength(line.length);
    for (const [i, [x, y]] of read!.entries()) {
      expect(x).toBeCloseTo(Math.round(line[i]![0] * 10) / 10, 9);
      expect(y).toBeCloseTo(Math.round(line[i]![1] * 10) / 10, 9);
    }
  });
});

describe('mapLand(geometry, bureaus)', () => {
  // Summing relative steps leaves float noise below the land's precision: rounded away, as the browser's rasteriser does.
  const areas = new Map(Object.entries(land.areas).map(([id, d]) => [id, roundRings(parsePath(d), 1)]));
  const areaSegments = segments([...areas.values()].flat());
  const coasts = segments(openLines(land.coasts));
  const bureauBorders = segments(openLines(land.bureauBorders));
  const prefectureBorders = segments(openLines(land.prefectureBorders));

  it('gives every bureau one area, the size of its prefectures together', () => {
    const regions = bureauRegions(geometry, bureaus);
    expect([...areas.keys()].sort()).toEqual(bureaus.map((b) => b.id).sort());
    for (const region of regions) {
      const drawn = areaOf(areas.get(region.id)!);
      expect(Math.abs(drawn - areaOf(region.rings)) / areaOf(region.rings), region.id).toBeLessThan(0.01);
    }
  });

  it('draws every coast and border between bureaus once, through exactly the areas’ own segments', () => {
    expect([...coasts.values(), ...bureauBorders.values()].every((n) => n === 1)).toBe(true);
    expect([...coasts.keys()].filter((key) => bureauBorders.has(key))).toEqual([]);
    expect([...coasts.keys(), ...bureauBorders.keys()].sort()).toEqual([...areaSegments.keys()].sort());
    // A border between two bureaus is an edge of both areas; a coast, of one.
    expect([...bureauBorders.keys()].filter((key) => areaSegments.get(key) !== 2)).toEqual([]);
    expect([...coasts.keys()].filter((key) => areaSegments.get(key) !== 1)).toEqual([]);
  });

  it('draws the borders inside bureaus once, none of them a coast or a border between bureaus', () => {
    expect(prefectureBorders.size).toBeGreaterThan(0);
    expect([...prefectureBorders.values()].every((n) => n === 1)).toBe(true);
    expect([...prefectureBorders.keys()].filter((key) => areaSegments.has(key))).toEqual([]);
  });

  it('leaves no overlap between bureaus, bar less than half a square unit', () => {
    const ids = [...areas.keys()];
    let overlap = 0;
    for (const [i, a] of ids.entries())
      for (const b of ids.slice(i + 1))
        overlap += multiPolygonArea(polygonClipping.intersection(asMultiPolygon(areas.get(a)!), asMultiPolygon(areas.get(b)!)));
    expect(overlap).toBeLessThan(0.5);
  });

  it('keeps only points of the full outline, at its precision of 0.1', () => {
    const all = geometry.prefectures.flatMap((p) => p.rings);
    for (const [id, rings] of areas)
      for (const ring of rings)
        for (const [x, y] of ring) expect(distanceToRings({ x, y }, all), `${id} ${x},${y}`).toBeLessThanOrEqual(0.05 + 1e-9);
  });

  it('weighs less than half of the prefectures’ paths and the bureau outlines drawn over them', () => {
    const before =
      geometry.prefectures.reduce((n, p) => n + p.d.length, 0) + bureauRegions(geometry, bureaus).reduce((n, r) => n + r.outline.length, 0);
    const after =
      Object.values(land.areas).join('').length + land.prefectureBorders.length + land.coasts.length + land.bureauBorders.length;
    expect(after).toBeLessThan(before / 2);
  });
});
