import { describe, expect, it } from 'vitest';
import { largestFirst, type ClusterProject } from '../../src/schemas/cluster-projects.ts';
import { CONTEXT_ALL, CONTEXT_AROUND, CONTEXT_TOP, contextWindow, siblingsShown } from '../../src/site/project-context.ts';

const ranked = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i + 1}` }));

describe('the projects a project page sets it among', () => {
  it('are all of them up to the limit, in the order given (the real data: 17)', () => {
    const all = ranked(17);
    expect(contextWindow(all, 'p9')).toEqual({ shown: all, partial: false, gaps: [] });
    expect(contextWindow(ranked(CONTEXT_ALL), 'p1').partial).toBe(false);
  });

  it('past the limit, are the largest and the neighbours in rank of the page own project', () => {
    const { shown, partial } = contextWindow(ranked(1700), 'p500');
    expect(partial).toBe(true);
    expect(shown.map((p) => p.id)).toEqual([
      ...Array.from({ length: CONTEXT_TOP }, (_, i) => `p${i + 1}`),
      ...Array.from({ length: 2 * CONTEXT_AROUND + 1 }, (_, i) => `p${500 - CONTEXT_AROUND + i}`),
    ]);
  });

  it('never shows a project twice where the largest and the neighbours meet, nor runs past either end', () => {
    expect(contextWindow(ranked(100), 'p3').shown.map((p) => p.id)).toEqual(ranked(CONTEXT_TOP).map((p) => p.id));
    const last = contextWindow(ranked(100), 'p100').shown.map((p) => p.id);
    expect(last.slice(-CONTEXT_AROUND - 1)).toEqual(['p95', 'p96', 'p97', 'p98', 'p99', 'p100']);
    expect(new Set(last).size).toBe(last.length);
  });

  it('say where the ranking skips projects, and how many: 484 between the largest ten and p495, 1,195 after p505', () => {
    const window = contextWindow(ranked(1700), 'p500');
    expect(window.gaps).toEqual([
      { before: CONTEXT_TOP, count: 500 - CONTEXT_AROUND - 1 - CONTEXT_TOP },
      { before: window.shown.length, count: 1700 - 500 - CONTEXT_AROUND },
    ]);
    expect(window.gaps[0]).toEqual({ before: 10, count: 484 });
    // Every project is shown or counted in a gap.
    expect(window.shown.length + window.gaps.reduce((n, g) => n + g.count, 0)).toBe(1700);
    // Next to the largest: no gap between them; at the very end: none after.
    expect(contextWindow(ranked(100), 'p12').gaps).toEqual([{ before: 17, count: 83 }]);
    expect(contextWindow(ranked(100), 'p100').gaps).toEqual([{ before: 10, count: 84 }]);
  });

  it('refuses a project that is not among them', () => {
    expect(() => contextWindow(ranked(100), 'nowhere')).toThrow(/nowhere/);
  });

  it('lists every other project of the bureau up to the limit, else the first so many', () => {
    expect(siblingsShown(ranked(3))).toEqual({ shown: ranked(3), partial: false });
    const many = siblingsShown(ranked(399));
    expect(many.partial).toBe(true);
    expect(many.shown).toEqual(ranked(CONTEXT_ALL));
  });
});

describe('the order "the largest N projects" take', () => {
  const project = (id: string, companies: number, order: number) =>
    ({ id, companies: { value: companies }, derived: { order } }) as ClusterProject;
  it('is most companies first, equal counts north to south (not the north-to-south order alone)', () => {
    const projects = [project('north-small', 50, 1), project('south-large', 900, 9), project('mid', 300, 5), project('tie-south', 300, 7)];
    expect([...projects].sort(largestFirst).map((p) => p.id)).toEqual(['south-large', 'mid', 'tie-south', 'north-small']);
  });
});
