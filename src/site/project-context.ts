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

/** `ranked` is every project, largest first; `currentId` the page's own. */
export function contextWindow<T extends { id: string }>(ranked: readonly T[], currentId: string): ContextWindow<T> {
  if (ranked.length <= CONTEXT_ALL) return { shown: [...ranked], partial: false };
  const at = ranked.findIndex((p) => p.id === currentId);
  if (at < 0) throw new Error(`contextWindow: project ${currentId} is not among the ranked projects`);
  const shown = ranked.filter((_, i) => i < CONTEXT_TOP || Math.abs(i - at) <= CONTEXT_AROUND);
  return { shown, partial: true };
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
