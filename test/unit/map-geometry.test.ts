/**
 * The map's geometry: the path parser, the 47 prefectures keyed by JIS code, the Okinawa inset,
 * the crop, and the bureau regions unioned from the prefectures (read from data/*.csv).
 */
import { describe, expect, it } from 'vitest';
import { bureauRegions } from '../../src/map/bureau-regions.ts';
import { JAPAN_SOURCE as japan } from '../../src/map/japan-source.ts';
import { INSET_SCALE, japanGeometry, VIEW_MARGIN, type PrefectureShape } from '../../src/map/geometry.ts';
import { bboxOf, boxContains, boxesOverlap, insideRings, multiPolygonArea, unionBox } from '../../src/map/polygon.ts';
import { parsePath, ringArea, ringsToPath, roundRings } from '../../src/map/svg-path.ts';
import { realData } from '../fixtures/map/real-data.ts';

const { prefectures, bureaus } = realData();
const geometry = japanGeometry(prefectures);
const codes = Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0'));
const areaOf = (rings: [number, number][][]) => rings.reduce((sum, ring) => sum + Math.abs(ringArea(ring)), 0);
const isTenth = (v: number) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-6;

describe('parsePath(d)', () => {
  it('reads a relative move-to with implicit line-tos as one closed absolute ring', () => {
    expect(parsePath('m 10,20 5,0 0,5 z')).toEqual([
      [
        [10, 20],
        [15, 20],
        [15, 25],
        [10, 20],
      ],
    ]);
  });

  it('starts a move-to after z from the start of the subpath just closed', () => {
    const rings = parsePath('m 10,10 2,0 0,2 z m 5,5 1,0 0,1 z');
    expect(rings).toHaveLength(2);
    expect(rings[1]![0]).toEqual([15, 15]);
  });

  it('reads absolute M and L, and numbers without separators', () => {
    expect(parsePath('M1 1L3 1L3-2Z')).toEqual([
      [
        [1, 1],
        [3, 1],
        [3, -2],
        [1, 1],
      ],
    ]);
  });

  it('refuses curves instead of misreading them', () => {
    expect(() => parsePath('m 0,0 c 1,1 2,2 3,3 z')).toThrow(/unsupported command "c"/);
  });

  it('ringsToPath writes what parsePath reads back', () => {
    const rings = roundRings(parsePath(japan.locations[0]!.path), 1);
    expect(parsePath(ringsToPath(rings, 1))).toEqual(rings);
  });
});

describe('japanGeometry(prefectures)', () => {
  it('has the 47 prefectures in JIS order, keyed 01 to 47', () => {
    expect(geometry.prefectures.map((p) => p.code)).toEqual(codes);
  });

  it('reads data/prefectures.csv itself when called without names, and memoises', () => {
    expect(japanGeometry()).toEqual(geometry);
    expect(japanGeometry()).toBe(japanGeometry());
  });

  it('fails loudly, naming the prefecture, when a name matches no location of the package', () => {
    const broken = prefectures.map((p) => (p.code === '01' ? { ...p, name_en: 'Hokaido' } : p));
    expect(() => japanGeometry(broken)).toThrow(
      /prefecture 01 \(Hokaido\) has no location "hokaido".*location "hokkaido" of @svg-maps\/japan matches no prefecture/,
    );
    expect(() => japanGeometry(prefectures.slice(1))).toThrow(/expected 47 prefectures, got 46/);
  });

  it('gives every prefecture closed rings with coordinates rounded to 0.1, and a path that draws them', () => {
    for (const p of geometry.prefectures) {
      expect(p.rings.length, p.code).toBeGreaterThan(0);
      for (const ring of p.rings) {
        expect(ring.length, p.code).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1], p.code).toEqual(ring[0]);
        expect(
          ring.every(([x, y]) => isTenth(x) && isTenth(y)),
          p.code,
        ).toBe(true);
      }
      expect(parsePath(p.d), p.code).toEqual(p.rings);
      expect(p.d, p.code).toMatch(/^(M-?[\d.]+,-?[\d.]+(L-?[\d.]+,-?[\d.]+)*Z)+$/);
      expect(p.bbox).toEqual(bboxOf(p.rings));
    }
  });

  it('puts each label point (centroid) inside its prefecture', () => {
    for (const p of geometry.prefectures) expect(insideRings(p.centroid, p.rings), p.code).toBe(true);
  });

  it('keeps the shapes of the main islands: each area within 1.5% of the package drawing', () => {
    for (const p of geometry.prefectures.filter((q) => !q.inset)) {
      const name = prefectures.find((q) => q.code === p.code)!.name_en.toLowerCase();
      // The area the package covers: an island it draws twice covers it once.
      const islands = new Map(
        parsePath(japan.locations.find((l) => l.id === name)!.path).map((ring) => [JSON.stringify(roundRings([ring], 1)), ring]),
      );
      const source = areaOf([...islands.values()]);
      expect(areaOf(p.rings) / source, `${p.code} ${name}`).toBeCloseTo(1, 1);
      expect(Math.abs(areaOf(p.rings) / source - 1), `${p.code} ${name}`).toBeLessThan(0.015);
    }
  });

  it('draws each island once, though the package draws one of Tokyo’s Izu islands twice', () => {
    for (const p of geometry.prefectures) {
      const keys = p.rings.map((ring) => JSON.stringify(ring.slice(0, -1).map(String).sort()));
      expect(new Set(keys).size, p.code).toBe(keys.length);
    }
    const tokyo = parsePath(japan.locations.find((l) => l.id === 'tokyo')!.path);
    expect(geometry.prefectures.find((p) => p.code === '13')!.rings).toHaveLength(tokyo.length - 1);
  });

  describe('the Okinawa inset', () => {
    const okinawa = geometry.prefectures.find((p) => p.code === '47')!;
    const others = geometry.prefectures.filter((p) => p.code !== '47');

    it('is Okinawa, and only Okinawa', () => {
      expect(geometry.prefectures.filter((p) => p.inset).map((p) => p.code)).toEqual(['47']);
    });

    it('lies inside its frame', () => {
      expect(boxContains(geometry.insetFrame, okinawa.bbox)).toBe(true);
    });

    it('sits in the top-left corner and its frame overlaps no other prefecture', () => {
      const main = others.map((p) => p.bbox).reduce(unionBox);
      expect(geometry.insetFrame.x0).toBeLessThanOrEqual(main.x0 + 0.1);
      expect(geometry.insetFrame.y0).toBeLessThanOrEqual(main.y0 + 0.1);
      for (const p of others) expect(boxesOverlap(geometry.insetFrame, p.bbox), p.code).toBe(false);
    });

    it('keeps Okinawa’s shape, scaled by INSET_SCALE', () => {
      const source = parsePath(japan.locations.find((l) => l.id === 'okinawa')!.path);
      expect(okinawa.rings).toHaveLength(source.length);
      expect(areaOf(okinawa.rings) / areaOf(source)).toBeCloseTo(INSET_SCALE ** 2, 1);
      const a = bboxOf(source);
      const b = okinawa.bbox;
      expect((b.x1 - b.x0) / (b.y1 - b.y0)).toBeCloseTo((a.x1 - a.x0) / (a.y1 - a.y0), 2);
    });
  });

  describe('the view box', () => {
    const content = unionBox(geometry.prefectures.map((p) => p.bbox).reduce(unionBox), geometry.insetFrame);

    it('starts at 0,0 and contains every prefecture and the inset frame', () => {
      expect(geometry.viewBox.x0).toBe(0);
      expect(geometry.viewBox.y0).toBe(0);
      expect(boxContains(geometry.viewBox, content)).toBe(true);
    });

    it('is cropped to the content: no side has more than the margin (plus rounding up) of empty sea', () => {
      expect(content.x0 - geometry.viewBox.x0).toBeLessThanOrEqual(VIEW_MARGIN + 1);
      expect(content.y0 - geometry.viewBox.y0).toBeLessThanOrEqual(VIEW_MARGIN + 1);
      expect(geometry.viewBox.x1 - content.x1).toBeLessThanOrEqual(VIEW_MARGIN + 1);
      expect(geometry.viewBox.y1 - content.y1).toBeLessThanOrEqual(VIEW_MARGIN + 1);
    });

    it('is smaller than the package’s 438 × 516 now the south-west sea is gone', () => {
      expect(geometry.viewBox.x1 * geometry.viewBox.y1).toBeLessThan(0.7 * 438 * 516);
    });
  });
});

describe('bureauRegions(geometry, bureaus)', () => {
  const regions = bureauRegions(geometry, bureaus);
  const shape = (code: string): PrefectureShape => geometry.prefectures.find((p) => p.code === code)!;

  it('gives one region per bureau, in the order given, with its prefectures', () => {
    expect(regions.map((r) => r.id)).toEqual(bureaus.map((b) => b.id));
    expect(regions.map((r) => r.prefectures)).toEqual(bureaus.map((b) => b.prefectures));
  });

  it('covers the same area as its prefectures, within 1%', () => {
    for (const region of regions) {
      const sum = region.prefectures.reduce((total, code) => total + areaOf(shape(code).rings), 0);
      expect(Math.abs(multiPolygonArea(region.polygons) / sum - 1), region.id).toBeLessThan(0.01);
    }
  });

  it('has a clean outline: no slivers between neighbouring prefectures (no holes at all; map-topology.test.ts checks the borders)', () => {
    for (const region of regions) {
      expect(
        region.polygons.every((polygon) => polygon.length === 1),
        region.id,
      ).toBe(true);
      expect(region.rings).toHaveLength(region.polygons.length);
    }
  });

  it('joins neighbours into one polygon per landmass (Tohoku and Chubu are one piece each)', () => {
    expect(regions.find((r) => r.id === 'tohoku')!.polygons).toHaveLength(1);
    expect(regions.find((r) => r.id === 'chubu')!.polygons).toHaveLength(1);
  });

  it('has its centroid inside the region, and every prefecture’s label point inside it too', () => {
    for (const region of regions) {
      expect(insideRings(region.centroid, region.rings), region.id).toBe(true);
      for (const code of region.prefectures) expect(insideRings(shape(code).centroid, region.rings), `${region.id} ${code}`).toBe(true);
    }
  });

  it('has an outline path that draws its rings, and the bbox of its prefectures', () => {
    for (const region of regions) {
      expect(parsePath(region.outline)).toEqual(region.rings);
      const box = region.prefectures.map((code) => shape(code).bbox).reduce(unionBox);
      for (const k of ['x0', 'y0', 'x1', 'y1'] as const) expect(region.bbox[k]).toBeCloseTo(box[k], 0);
    }
  });

  it('refuses a prefecture code the map does not have', () => {
    expect(() => bureauRegions(geometry, [{ id: 'nowhere', prefectures: ['48'] }])).toThrow(/bureau nowhere lists prefecture 48/);
  });
});

describe('the Okinawa inset', () => {
  it('takes no more than a tenth of the map', async () => {
    const { japanGeometry, INSET_MAX_SHARE } = await import('../../src/map/geometry.ts');
    const { realData } = await import('../fixtures/map/real-data.ts');
    const g = japanGeometry(realData().prefectures);
    const f = g.insetFrame;
    const share = ((f.x1 - f.x0) * (f.y1 - f.y0)) / ((g.viewBox.x1 - g.viewBox.x0) * (g.viewBox.y1 - g.viewBox.y0));
    expect(share).toBeLessThanOrEqual(INSET_MAX_SHARE);
    expect(share).toBeGreaterThan(INSET_MAX_SHARE / 2);
  });
});
