/**
 * Which projects the national map draws (map-selection.ts): every one of the real data's, and
 * past the limit the largest by companies, in the map's own order. Synthetic data at 10× the
 * real size (scripts/synthetic-data.ts) stands for a larger programme.
 */
import { describe, expect, it } from 'vitest';
import { entriesFrom } from '../../src/collections/read-collections.ts';
import { MAP_MAX_SYMBOLS, mapSelection } from '../../src/map/map-selection.ts';
import { buildCollections } from '../../src/pipeline/build-collections.ts';
import { REAL_PROJECT_COUNT, syntheticDataTexts } from '../../scripts/synthetic-data.ts';
import { readDataTexts, toInputs } from '../fixtures/data-dir.ts';
import { realData } from '../fixtures/map/real-data.ts';

describe('mapSelection(projects)', () => {
  it('draws every project of the real data, the same array, and says none was left out', () => {
    const { projects } = realData();
    expect(projects.length).toBeLessThanOrEqual(MAP_MAX_SYMBOLS);
    const selection = mapSelection(projects);
    expect(selection.drawn).toBe(projects);
    expect(selection).toMatchObject({ total: projects.length, partial: false });
  });

  it('past the limit, draws that many, the largest by companies, in the order given', () => {
    const texts = syntheticDataTexts(10, readDataTexts());
    const expectedProjects = REAL_PROJECT_COUNT * 10;
    const projects = entriesFrom(buildCollections(toInputs(texts), { expectedProjects }), 'cluster-projects');
    expect(projects.length).toBeGreaterThan(MAP_MAX_SYMBOLS);
    const selection = mapSelection(projects);
    expect(selection).toMatchObject({ total: projects.length, partial: true });
    expect(selection.drawn).toHaveLength(MAP_MAX_SYMBOLS);
    const smallestDrawn = Math.min(...selection.drawn.map((p) => p.companies.value));
    const left = projects.filter((p) => !selection.drawn.includes(p));
    expect(left).toHaveLength(projects.length - MAP_MAX_SYMBOLS);
    for (const p of left) expect(p.companies.value, p.id).toBeLessThanOrEqual(smallestDrawn);
    const position = new Map(projects.map((p, i) => [p, i]));
    const positions = selection.drawn.map((p) => position.get(p)!);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('takes a limit', () => {
    const { projects } = realData();
    const selection = mapSelection(projects, 5);
    expect(selection.drawn).toHaveLength(5);
    expect(selection.partial).toBe(true);
  });
});
