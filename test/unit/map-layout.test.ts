/**
 * Symbol layout on the real data (data/*.csv, companies and universities) and on a synthetic
 * fixture of 45 symbols (test/fixtures/map/synthetic-symbols.json): no overlaps, centres in or
 * near their bureau's region, inside the view box, deterministic, independent of input order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bureauRegions, type BureauRegion } from '../../src/map/bureau-regions.ts';
import { japanGeometry, type Box } from '../../src/map/geometry.ts';
import { buildMapModel } from '../../src/map/map-model.ts';
import { DEFAULT_MARGIN, DEFAULT_PADDING, layoutSymbols, type PlacedSymbol, type SymbolInput } from '../../src/map/layout.ts';
import { boxContains, insideRings, signedDistance } from '../../src/map/polygon.ts';
import { areaRadius, MAX_RADIUS } from '../../src/map/scales.ts';
import { realData } from '../fixtures/map/real-data.ts';

const { projects, bureaus, prefectures } = realData();
const geometry = japanGeometry(prefectures);
const regions = bureauRegions(geometry, bureaus);

function symbolsFor(measure: 'companies' | 'universities'): SymbolInput[] {
  const r = areaRadius(Math.max(...projects.map((p) => p[measure].value)), MAX_RADIUS);
  return projects.map((p) => ({ id: p.id, bureau: p.bureau, r: r(p[measure].value) }));
}

const synthetic = JSON.parse(readFileSync(new URL('../fixtures/map/synthetic-symbols.json', import.meta.url), 'utf8')) as {
  id: string;
  bureau: string;
  value: number;
}[];
/** 45 symbols, five per bureau, is crowded: a smaller maximum radius than the real 17 need. */
const SYNTHETIC_MAX_RADIUS = 14;
const syntheticSymbols = (() => {
  const r = areaRadius(Math.max(...synthetic.map((s) => s.value)), SYNTHETIC_MAX_RADIUS);
  return synthetic.map((s) => ({ id: s.id, bureau: s.bureau, r: r(s.value) }));
})();

/** Every rule of the layout, checked from scratch. */
function expectValidLayout(
  input: SymbolInput[],
  placed: PlacedSymbol[],
  all: BureauRegion[],
  { padding = DEFAULT_PADDING, margin = DEFAULT_MARGIN, bounds = geometry.viewBox as Box } = {},
) {
  expect(placed.map((p) => [p.id, p.bureau, p.r])).toEqual(input.map((s) => [s.id, s.bureau, s.r]));
  for (let i = 0; i < placed.length; i++) {
    const a = placed[i]!;
    for (let j = i + 1; j < placed.length; j++) {
      const b = placed[j]!;
      const gap = Math.hypot(a.x - b.x, a.y - b.y) - a.r - b.r;
      expect(gap, `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(padding - 1e-9);
    }
    const region = all.find((r) => r.id === a.bureau)!;
    expect(signedDistance(a, region.rings), `${a.id} from ${a.bureau}`).toBeGreaterThanOrEqual(-margin);
    expect(boxContains(bounds, { x0: a.x - a.r, y0: a.y - a.r, x1: a.x + a.r, y1: a.y + a.r }), `${a.id} in bounds`).toBe(true);
  }
}

describe('layoutSymbols on the 17 projects', () => {
  for (const measure of ['companies', 'universities'] as const) {
    describe(`sized by ${measure}`, () => {
      const input = symbolsFor(measure);
      const placed = layoutSymbols(input, regions, { bounds: geometry.viewBox });

      it('places every symbol without overlap (with padding), near its region, inside the view box', () => {
        expectValidLayout(input, placed, regions);
      });

      it('puts every centre inside its own bureau region with the recommended MAX_RADIUS', () => {
        for (const p of placed) expect(insideRings(p, regions.find((r) => r.id === p.bureau)!.rings), p.id).toBe(true);
      });

      it('keeps Okinawa’s symbol inside the inset frame and every other symbol out of it', () => {
        const frame = geometry.insetFrame;
        for (const p of placed) {
          const disc = { x0: p.x - p.r, y0: p.y - p.r, x1: p.x + p.r, y1: p.y + p.r };
          if (p.bureau === 'okinawa') expect(boxContains(frame, disc), p.id).toBe(true);
          else expect(disc.x0 > frame.x1 || disc.y0 > frame.y1, p.id).toBe(true);
        }
      });

      it('gives the same positions on a second run', () => {
        expect(layoutSymbols(input, regions, { bounds: geometry.viewBox })).toEqual(placed);
      });

      it('gives the same positions whatever the input order, and answers in input order', () => {
        const reversed = layoutSymbols([...input].reverse(), regions, { bounds: geometry.viewBox });
        expect(reversed.map((p) => p.id)).toEqual([...input].reverse().map((s) => s.id));
        expect([...reversed].reverse()).toEqual(placed);
      });

      it('gives the same positions whatever the order of the regions (the map model lays out once for both orders)', () => {
        expect(layoutSymbols(input, [...regions].reverse(), { bounds: geometry.viewBox })).toEqual(placed);
      });

      it('rounds centres to 0.1', () => {
        for (const p of placed)
          expect(
            [p.x * 10, p.y * 10].every((v) => Math.abs(v - Math.round(v)) < 1e-9),
            p.id,
          ).toBe(true);
      });
    });
  }

  it('keeps a larger padding and a tighter margin when asked', () => {
    const input = symbolsFor('companies');
    const options = { padding: 4, margin: 6, bounds: geometry.viewBox };
    expectValidLayout(input, layoutSymbols(input, regions, options), regions, options);
  });
});

describe('layoutSymbols on the synthetic fixture (45 symbols, five per bureau)', () => {
  const placed = layoutSymbols(syntheticSymbols, regions, { bounds: geometry.viewBox });

  it('places every symbol without overlap, near its region, inside the view box', () => {
    expect(placed).toHaveLength(45);
    expectValidLayout(syntheticSymbols, placed, regions);
  });

  it('is stable across runs and input orders', () => {
    expect(layoutSymbols(syntheticSymbols, regions, { bounds: geometry.viewBox })).toEqual(placed);
    const shuffled = [...syntheticSymbols].sort((a, b) => (a.bureau + a.id < b.bureau + b.id ? -1 : 1));
    const byId = new Map(placed.map((p) => [p.id, p]));
    expect(layoutSymbols(shuffled, regions, { bounds: geometry.viewBox })).toEqual(shuffled.map((s) => byId.get(s.id)));
  });

  it('is the same whatever the order of the regions', () => {
    expect(layoutSymbols(syntheticSymbols, [...regions].reverse(), { bounds: geometry.viewBox })).toEqual(placed);
  });

  it('uses an anchor when one is given: the symbol moves toward it and the rules still hold', () => {
    const tokyo = geometry.prefectures.find((p) => p.code === '13')!.centroid;
    const input = syntheticSymbols.map((s) => (s.id === 'synthetic-02' ? { ...s, anchor: tokyo } : s));
    const moved = layoutSymbols(input, regions, { bounds: geometry.viewBox });
    expectValidLayout(input, moved, regions);
    const before = placed.find((p) => p.id === 'synthetic-02')!;
    const after = moved.find((p) => p.id === 'synthetic-02')!;
    expect(Math.hypot(after.x - tokyo.x, after.y - tokyo.y)).toBeLessThan(Math.hypot(before.x - tokyo.x, before.y - tokyo.y));
  });
});

describe('layoutSymbols on bad input', () => {
  it('returns nothing for no symbols', () => {
    expect(layoutSymbols([], regions)).toEqual([]);
  });

  it('says which symbol has no room instead of overlapping', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => ({ id: `big-${i}`, bureau: 'shikoku', r: 20 }));
    expect(() => layoutSymbols(crowd, regions, { bounds: geometry.viewBox })).toThrow(
      /no room for symbol big-\d+ \(r 20\.0\) within 12 units of region shikoku/,
    );
  });

  it('refuses an unknown bureau and a duplicate id', () => {
    expect(() => layoutSymbols([{ id: 'a', bureau: 'atlantis', r: 1 }], regions)).toThrow(/bureau atlantis, which has no region/);
    expect(() =>
      layoutSymbols(
        [
          { id: 'a', bureau: 'kanto', r: 1 },
          { id: 'a', bureau: 'kinki', r: 1 },
        ],
        regions,
      ),
    ).toThrow(/symbol id a appears twice/);
  });
});

describe('more symbols than a region holds apart', () => {
  // Forty large circles in the smallest bureau: far more than its area holds without overlap.
  const crowded = Array.from({ length: 40 }, (_, i) => ({ id: `crowded-${String(i).padStart(2, '0')}`, bureau: 'okinawa', r: 12 }));

  it('refuses to overlap them unless told to', () => {
    expect(() => layoutSymbols(crowded, regions, { bounds: geometry.viewBox })).toThrow(/no room for symbol/);
  });

  it('places every one, in bounds and near its region, when overlap is allowed', () => {
    const placed = layoutSymbols(crowded, regions, { bounds: geometry.viewBox, allowOverlap: true });
    expect(placed.map((p) => p.id)).toEqual(crowded.map((s) => s.id));
    const okinawa = regions.find((r) => r.id === 'okinawa')!;
    for (const p of placed) {
      expect(boxContains(geometry.viewBox, { x0: p.x - p.r, y0: p.y - p.r, x1: p.x + p.r, y1: p.y + p.r }), p.id).toBe(true);
      expect(signedDistance(p, okinawa.rings), p.id).toBeGreaterThanOrEqual(-DEFAULT_MARGIN);
    }
  });
});

describe('the map model read with the bureaus in another order', () => {
  it('places every symbol the same, and keeps the bureaus in the order it was given them', () => {
    const asRead = buildMapModel(projects, bureaus);
    const reversed = [...bureaus].reverse();
    const other = buildMapModel(projects, reversed);
    expect(other.bureaus.map((b) => b.id)).toEqual(reversed.map((b) => b.id));
    expect(asRead.bureaus.map((b) => b.id)).toEqual(bureaus.map((b) => b.id));
    expect(other.symbols.map((s) => [s.project.id, s.placement])).toEqual(asRead.symbols.map((s) => [s.project.id, s.placement]));
    expect(other.sizeLegend).toEqual(asRead.sizeLegend);
  });
});
