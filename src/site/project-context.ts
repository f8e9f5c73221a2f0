/**
 * Which projects a project page sets it among. Up to CONTEXT_ALL projects (the real data's 17,
 * and half again) its chart and table show them all, as they always have. Past that, a chart of
 * thousands of bars says nothing about one project, and on each of thousands of project pages it
 * weighed hundreds of KB: the page then shows the CONTEXT_TOP largest and the project with the
 * CONTEXT_AROUND ranked either side of it, says so, and links the project index, which lists all.
 * Likewise its list of the bureau's other projects: past CONTEXT_ALL, the largest CONTEXT_ALL,
 * and a link to the bureau's page.
 */
import { type ClusterProject, largestFirst } from '../schemas/cluster-projects.ts';

export const CONTEXT_ALL = 25;
export const CONTEXT_TOP = 10;
export const CONTEXT_AROUND = 5;

export interface ContextWindow<T> {
  /** The projects shown, in the order given (largest first). */
  shown: T[];
  /** Whether some were left out. */
  partial: boolean;
}

/** Projects of the ranking left out of a window: `count` of them, before `shown[before]` (or after the last, at `shown.length`). */
export interface ContextGap {
  before: number;
  count: number;
}

export interface RankWindow<T> extends ContextWindow<T> {
  /** Where the ranking skips projects, so the chart and table can say so where it happens. */
  gaps: ContextGap[];
}

const rankings = new WeakMap<readonly ClusterProject[], readonly ClusterProject[]>();

/** Every project, largest first (largestFirst): made once per list of projects, which a build reads once and every project page ranks. */
export function rankedProjects(projects: readonly ClusterProject[]): readonly ClusterProject[] {
  let ranked = rankings.get(projects);
  if (!ranked) rankings.set(projects, (ranked = [...projects].sort(largestFirst)));
  return ranked;
}

/** `ranked` is every project, largest first (rankedProjects); `currentId` the page's own. */
export function contextWindow<T extends { id: string }>(ranked: readonly T[], currentId: string): RankWindow<T> {
  if (ranked.length <= CONTEXT_ALL) return { shown: [...ranked], partial: false, gaps: [] };
  const at = ranked.findIndex((p) => p.id === currentId);
  if (at < 0) throw new Error(`contextWindow: project ${currentId} is not among the ranked projects`);
  const kept = (i: number) => i < CONTEXT_TOP || Math.abs(i - at) <= CONTEXT_AROUND;
  const shown = ranked.filter((_, i) => kept(i));
  // Each run of left-out ranks becomes one gap, placed before the next project shown.
  const gaps: ContextGap[] = [];
  let run = 0;
  ranked.forEach((_, i) => {
    if (!kept(i)) run++;
    if ((kept(i) || i === ranked.length - 1) && run > 0) {
      gaps.push({ before: kept(i) ? shown.indexOf(ranked[i]!) : shown.length, count: run });
      run = 0;
    }
  });
  return { shown, partial: true, gaps };
}

/** The bureau's other projects a project page lists: all up to CONTEXT_ALL, else the largest CONTEXT_ALL (given largest first). */
export function siblingsShown<T>(siblings: readonly T[]): ContextWindow<T> {
  return { shown: siblings.slice(0, CONTEXT_ALL), partial: siblings.length > CONTEXT_ALL };
}

/**
 * The other projects of a project's bureau that its page lists: in the map's order (north to
 * south, as `projects` comes), or past CONTEXT_ALL the largest, largest first. `total` counts them all.
 */
export function bureauSiblings(
  projects: readonly ClusterProject[],
  project: ClusterProject,
): ContextWindow<ClusterProject> & { total: number } {
  const all = projects.filter((p) => p.bureau === project.bureau && p.id !== project.id);
  return { ...siblingsShown(all.length > CONTEXT_ALL ? [...all].sort(largestFirst) : all), total: all.length };
}
