/**
 * Neighbours meet exactly, at full detail and at every simplification the site draws: no gap
 * between two prefectures of a bureau, no overlap between two prefectures, and each bureau's
 * outline drawn through exactly the border segments of its prefectures' paths. The paths are
 * read back as the site draws them, and polygon-clipping (a devDependency kept for these
 * measurements only) measures the holes and overlaps.
 */
import polygonClipping, { type MultiPolygon, type Polygon } from 'polygon-clipping';
import { describe, expect, it } from 'vitest';
import { bureauRegions } from '../../src/map/bureau-regions.ts';
import { japanGeometry } from '../../src/map/geometry.ts';
import { bboxOf, boxesOverlap, distanceToRings, insideRings, multiPolygonArea } from '../../src/map/polygon.ts';
import { simplifiedMap } from '../../src/map/simplify.ts';
import { parsePath, type Ring } from '../../src/map/svg-path.ts';
import { realData } from '../fixtures/map/real-data.ts';

const { prefectures, bureaus } = realData();
const geometry = japanGeometry(prefectures);
const regions = bureauRegions(geometry, bureaus);

/**
 * The paths the site draws: full detail (national map), and simplified for zoomed bureau maps (components/map/RegionMap.astro) and locators
 * (map-model.ts).
 */
const drawings = [
  { name: 'full detail', ...fullDetail() },
  ...[
    { tolerance: 0.3, minArea: 0.3 },
    { tolerance: 1.2, minArea: 6 },
  ].map((options) => {
    const lighter = simplifiedMap(geometry, options);
    return {
      name: `tolerance ${options.tolerance}, minArea ${options.minArea}`,
      prefectures: new Map([...lighter.prefectures].map(([code, d]) => [code, parsePath(d)])),
      outlines: new Map(bureaus.map((b) => [b.id, parsePath(lighter.outline(b))])),
    };
  }),
];

function fullDetail() {
  return {
    prefectures: new Map(geometry.prefectures.map((p) => [p.code, parsePath(p.d)])),
    outlines: new Map(regions.map((r) => [r.id, parsePath(r.outline)])),
  };
}

/** Undirected segments of rings, as keys, counted: a narrow spit rounded to whole units can run out and back along one segment. */
function segments(rings: Ring[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [a, b] = [String(ring[i - 1]), String(ring[i])].sort();
      const key = `${a} ${b}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** For each segment, the prefectures that draw it. */
function drawnBy(drawn: Map<string, Ring[]>, codes: string[]): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const code of codes) for (const key of segments(drawn.get(code) ?? []).keys()) by.set(key, [...(by.get(key) ?? []), code]);
  return by;
}

const asMultiPolygon = (rings: Ring[]): MultiPolygon => rings.map((ring): Polygon => [ring]);

describe.each(drawings)('the map at $name', ({ prefectures: drawn, outlines }) => {
  it('has no gap between neighbours: the union of a bureau’s prefectures has no hole bounded by two of them', () => {
    const gaps: string[] = [];
    for (const bureau of bureaus) {
      const [first, ...rest] = bureau.prefectures.map((code) => asMultiPolygon(drawn.get(code) ?? []));
      for (const [, ...holes] of polygonClipping.union(first!, ...rest)) {
        for (const hole of holes) {
          // A hole inside one prefecture's own outline (a bay whose mouth closed when simplified) is not between neighbours.
          const bounding = bureau.prefectures.filter((code) =>
            hole.some(([x, y]) => distanceToRings({ x, y }, drawn.get(code) ?? []) < 1e-9),
          );
          if (bounding.length > 1) gaps.push(`${bureau.id}: ${bounding.join('/')} near ${hole[0]}`);
        }
      }
    }
    expect(gaps).toEqual([]);
  });

  it('has no overlap between prefectures, bar less than half a square unit where two coasts come closer than the rounding grid', () => {
    // Borders are shared, so they cannot overlap; the Kanmon Strait between Yamaguchi and Fukuoka
    // is narrower than the whole units the lighter maps are rounded to, so its two coasts may touch.
    const codes = [...drawn.keys()];
    let overlap = 0;
    for (const [i, a] of codes.entries()) {
      for (const b of codes.slice(i + 1)) {
        const ra = drawn.get(a)!;
        const rb = drawn.get(b)!;
        if (ra.length === 0 || rb.length === 0 || !boxesOverlap(bboxOf(ra), bboxOf(rb))) continue;
        overlap += multiPolygonArea(polygonClipping.intersection(asMultiPolygon(ra), asMultiPolygon(rb)));
      }
    }
    expect(overlap).toBeLessThan(0.5);
  });

  it('draws each bureau’s outline through exactly the segments its prefectures do not share with each other', () => {
    // The boundary of a union of shapes that only touch is the sum of their boundaries, modulo 2:
    // a border drawn by both neighbours cancels out. (Counting modulo 2 also lets a spit rounded
    // to a line, drawn out and back, cancel out on both sides.)
    const odd = (counts: Map<string, number>) =>
      [...counts]
        .filter(([, n]) => n % 2 === 1)
        .map(([key]) => key)
        .sort();
    for (const bureau of bureaus) {
      const own = segments(bureau.prefectures.flatMap((code) => drawn.get(code) ?? []));
      expect(odd(segments(outlines.get(bureau.id)!)), bureau.id).toEqual(odd(own));
    }
  });

  it('draws a border between two prefectures with both: no segment is drawn by three', () => {
    const by = drawnBy(drawn, [...drawn.keys()]);
    expect([...by].filter(([, codes]) => codes.length > 2)).toEqual([]);
  });
});

describe('label points (polylabel)', () => {
  it('are, within 0.15 (polylabel’s precision and the rounding to 0.1), the inside point of the largest island farthest from its coast and borders', () => {
    for (const p of geometry.prefectures) {
      const depth = distanceToRings(p.centroid, p.rings);
      expect(insideRings(p.centroid, p.rings), p.code).toBe(true);
      // No point of a fine grid over the prefecture lies deeper inside.
      const box = p.bbox;
      const step = Math.max(box.x1 - box.x0, box.y1 - box.y0) / 40;
      for (let x = box.x0; x <= box.x1; x += step) {
        for (let y = box.y0; y <= box.y1; y += step) {
          if (insideRings({ x, y }, p.rings))
            expect(distanceToRings({ x, y }, p.rings), `${p.code} ${x},${y}`).toBeLessThanOrEqual(depth + 0.15);
        }
      }
    }
  });
});
