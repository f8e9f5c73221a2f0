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
import { largestThatFit, MAP_MAX_SYMBOLS, mapSelection } from '../../src/map/map-selection.ts';
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
