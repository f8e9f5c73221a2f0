/** The bars of a project among the others: order, which rows are named, lengths and the layout's height. */
import { describe, expect, it } from 'vitest';
import { RANK_BARS, rankBars, type RankBarInput } from '../../src/charts/lib/rank-bars.ts';

const item = (id: string, value: number, role: RankBarInput['role']): RankBarInput => ({
  id,
  name: `Project ${id}`,
  value,
  label: String(value),
  role,
});

describe('rankBars(items)', () => {
  const { rows, height } = rankBars([item('a', 50, 'other'), item('b', 200, 'group'), item('c', 100, 'current'), item('d', 100, 'other')]);

  it('orders the rows most first, equal values in the given order', () => {
    expect(rows.map((r) => r.id)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('names the project and the others of its bureau, and no other', () => {
    expect(rows.filter((r) => r.lines.length > 0).map((r) => r.id)).toEqual(['b', 'c']);
  });

  it('sizes the bars against the largest value, leaving room for its label', () => {
    expect(rows[0]!.percent).toBe(RANK_BARS.maxPercent);
    expect(rows[1]!.percent).toBeCloseTo(RANK_BARS.maxPercent / 2);
  });

  it('prints the values of the named rows and of the longest bar only', () => {
    expect(rows.filter((r) => r.showValue).map((r) => r.id)).toEqual(['b', 'c']);
    expect(
      rankBars([item('x', 9, 'other'), item('y', 1, 'current')])
        .rows.filter((r) => r.showValue)
        .map((r) => r.id),
    ).toEqual(['x', 'y']);
  });

  it('stacks the rows without overlap and ends at the last bar', () => {
    for (const [i, r] of rows.entries()) {
      expect(r.barY).toBeGreaterThanOrEqual(r.y + r.lines.length * RANK_BARS.lineHeight);
      if (i > 0) expect(r.y).toBeGreaterThanOrEqual(rows[i - 1]!.barY + rows[i - 1]!.barHeight);
    }
    expect(height).toBeGreaterThanOrEqual(rows.at(-1)!.barY + rows.at(-1)!.barHeight);
  });

  it('breaks a long name into lines no wider than the narrowest column', () => {
    const long = rankBars([{ ...item('z', 1, 'current'), name: 'Recycling-Oriented, Environmentally Sound Society Formation Project' }]);
    expect(long.rows[0]!.lines.length).toBeGreaterThan(1);
  });
});

describe('rankBars(items, gaps): where the ranking skips projects', () => {
  const items = [item('a', 900, 'other'), item('b', 800, 'other'), item('c', 100, 'current'), item('d', 90, 'other')];
  const { rows, gaps, height } = rankBars(items, [
    { before: 2, label: '⋮ 484 projects not shown' },
    { before: 4, label: '⋮ 1,195 projects not shown' },
  ]);

  it('gives each gap a line of its own, between the rows it separates, and after the last', () => {
    expect(gaps.map((g) => g.label)).toEqual(['⋮ 484 projects not shown', '⋮ 1,195 projects not shown']);
    const [first, trailing] = [gaps[0]!, gaps[1]!];
    // Below the second bar, above the third row's name, with room for a line of text.
    expect(first.y - RANK_BARS.fontSize).toBeGreaterThanOrEqual(rows[1]!.barY + rows[1]!.barHeight);
    expect(first.y).toBeLessThanOrEqual(rows[2]!.y);
    expect(trailing.y - RANK_BARS.fontSize).toBeGreaterThanOrEqual(rows[3]!.barY + rows[3]!.barHeight);
    expect(height).toBeGreaterThanOrEqual(trailing.y + 4);
  });

  it('lays the bars out as without gaps, only lower', () => {
    const plain = rankBars(items);
    expect(plain.gaps).toEqual([]);
    expect(rows.map((r) => r.percent)).toEqual(plain.rows.map((r) => r.percent));
    expect(rows[2]!.y).toBeGreaterThan(plain.rows[2]!.y);
    expect(rows[0]!.y).toBe(plain.rows[0]!.y);
  });

  it('refuses gaps for items not given most first, whose places it could not keep', () => {
    expect(() => rankBars([item('x', 1, 'other'), item('y', 9, 'current')], [{ before: 1, label: 'gap' }])).toThrow(/most first/);
  });
});
