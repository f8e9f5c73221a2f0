/**
 * Which projects the national map draws (map-selection.ts): every one of the real data's, and
 * past the limit the largest by companies that can be labelled, in the map's own order. Synthetic
 * data at 10× the real size (scripts/synthetic-data.ts) stands for a larger programme.
 */
import { describe, expect, it } from 'vitest';
import { entriesFrom } from '../../src/collections/read-collections.ts';
import { MEASURES } from '../../src/core/measures.ts';
import { LABEL_VARIANTS, mapLabels, type LabelVariantId } from '../../src/map/map-labels.ts';
import { buildMapModel } from '../../src/map/map-model.ts';
import { bureauSelection, largestThatFit, MAP_MAX_SYMBOLS, mapSelection } from '../../src/map/map-selection.ts';
import { regionMap } from '../../src/map/region-map.ts';
import { REGIONS_UI } from '../../src/i18n/regions.ts';
import { formatCount } from '../../src/i18n/figure-format.ts';
import { buildCollections } from '../../src/pipeline/build-collections.ts';
import type { ClusterProject } from '../../src/schemas/cluster-projects.ts';
import { REAL_PROJECT_COUNT, syntheticDataTexts } from '../../scripts/synthetic-data.ts';
import { readDataTexts, toInputs } from '../fixtures/data-dir.ts';
import { realData } from '../fixtures/map/real-data.ts';

const synthetic = (() => {
  const collections = buildCollections(toInputs(syntheticDataTexts(10, readDataTexts())), { expectedProjects: REAL_PROJECT_COUNT * 10 });
  return { projects: entriesFrom(collections, 'cluster-projects'), bureaus: entriesFrom(collections, 'bureaus') };
})();

/** Drawn in the order given, and none left out larger than the smallest drawn. */
function expectLargestInOrder(projects: ClusterProject[], drawn: ClusterProject[]) {
  const smallestDrawn = Math.min(...drawn.map((p) => p.companies.value));
  for (const p of projects.filter((p) => !drawn.includes(p))) expect(p.companies.value, p.id).toBeLessThanOrEqual(smallestDrawn);
  const position = new Map(projects.map((p, i) => [p, i]));
  const positions = drawn.map((p) => position.get(p)!);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

describe('mapSelection(projects, bureaus)', () => {
  it('draws every project of the real data, the same array, and says none was left out', () => {
    const { projects, bureaus } = realData();
    expect(projects.length).toBeLessThanOrEqual(MAP_MAX_SYMBOLS);
    const selection = mapSelection(projects, bureaus);
    expect(selection.drawn).toBe(projects);
    expect(selection).toMatchObject({ total: projects.length, partial: false });
  });

  it('past the limit, draws at most that many, the largest by companies, in the order given, all labelled', () => {
    const { projects, bureaus } = synthetic;
    expect(projects.length).toBeGreaterThan(MAP_MAX_SYMBOLS);
    const selection = mapSelection(projects, bureaus);
    expect(selection).toMatchObject({ total: projects.length, partial: true });
    expect(selection.drawn.length).toBeGreaterThan(0);
    expect(selection.drawn.length).toBeLessThanOrEqual(MAP_MAX_SYMBOLS);
    expectLargestInOrder(projects, selection.drawn);
    const model = buildMapModel(selection.drawn, bureaus);
    for (const lang of ['ja', 'en'] as const)
      for (const variant of Object.keys(LABEL_VARIANTS) as LabelVariantId[])
        for (const measure of MEASURES) expect(() => mapLabels(model, bureaus, lang, variant, measure)).not.toThrow();
  });
});

describe('bureauSelection(projects, bureau)', () => {
  it('draws every project of each real bureau, in the order given, and says none was left out', () => {
    const { projects, bureaus } = realData();
    for (const b of bureaus) {
      const own = projects.filter((p) => p.bureau === b.id);
      expect(own.length, b.id).toBeLessThanOrEqual(MAP_MAX_SYMBOLS);
      expect(bureauSelection(projects, b.id)).toEqual({ drawn: own, total: own.length, partial: false });
    }
  });

  it('is what the bureau map draws, where the map of all the projects places them', () => {
    const { projects, bureaus } = realData();
    const model = buildMapModel(projects, bureaus);
    const bureau = bureaus.find((b) => projects.filter((p) => p.bureau === b.id).length > 1)!;
    const own = projects.filter((p) => p.bureau === bureau.id);
    // A smaller limit stands for a crowded bureau.
    const selection = bureauSelection(projects, bureau.id, own.length - 1);
    expect(selection).toMatchObject({ total: own.length, partial: true });
    const map = regionMap(model, bureau.id, new Map(), selection.drawn);
    expect(map.symbols.map((s) => s.project.id)).toEqual(selection.drawn.map((p) => p.id));
    const placed = new Map(model.symbols.map((s) => [s.project.id, s.placement]));
    for (const s of map.symbols) expect(s.placement).toEqual(placed.get(s.project.id));
    expect(regionMap(model, bureau.id, new Map()).symbols.map((s) => s.project.id)).toEqual(own.map((p) => p.id));
  });

  it('past the limit, draws that many of the bureau’s largest, and its sentence counts those of how many', () => {
    const { projects, bureaus } = synthetic;
    const counts = bureaus.map((b) => ({ id: b.id, own: projects.filter((p) => p.bureau === b.id) }));
    const crowded = counts.filter((c) => c.own.length > MAP_MAX_SYMBOLS);
    expect(crowded.length).toBeGreaterThan(0);
    for (const { id, own } of crowded) {
      const selection = bureauSelection(projects, id);
      expect(selection).toMatchObject({ total: own.length, partial: true });
      expect(selection.drawn).toHaveLength(MAP_MAX_SYMBOLS);
      expect(selection.drawn.every((p) => p.bureau === id)).toBe(true);
      expectLargestInOrder(own, selection.drawn);
      for (const lang of ['ja', 'en'] as const) {
        const words = REGIONS_UI[lang].regionDrawnLargest(
          id,
          formatCount(selection.drawn.length, lang),
          formatCount(selection.total, lang),
        );
        expect(words).toContain(formatCount(MAP_MAX_SYMBOLS, lang));
        expect(words).toContain(formatCount(own.length, lang));
      }
    }
  });
});

describe('largestThatFit(projects, limit, fits)', () => {
  it('draws five fewer at a time until they fit', () => {
    const { projects } = synthetic;
    const asked: number[] = [];
    const selection = largestThatFit(projects, 20, (drawn) => {
      asked.push(drawn.length);
      return drawn.length <= 12;
    });
    expect(asked).toEqual([20, 15, 10]);
    expect(selection.drawn).toHaveLength(10);
    expectLargestInOrder(projects, selection.drawn);
  });

  it('never asks about the real data under the limit, nor about the last few', () => {
    const { projects } = realData();
    expect(largestThatFit(projects, 17, () => false).drawn).toBe(projects);
    expect(largestThatFit(projects, 5, () => false).drawn).toHaveLength(5);
  });
});
