/**
 * Which figures a source page's table lists. A slide prints a few dozen figures, and the table
 * lists them all, as the real data's pages do; a programme of hundreds of projects transcribes
 * hundreds onto the same slide, which no page should carry row by row. Then, as the bureau pages
 * do, the table lists the figures of the projects with the most participating companies, with
 * every figure that is not a project's; the datasets' downloads hold them all.
 */
import type { SourceAnchor } from '../schemas/source-anchor.ts';

/** The most rows a source page's table lists before it keeps to the largest projects' figures. */
export const SOURCE_TABLE_AT_MOST = 40;

/** The dataset whose rows are projects, each with its companies and universities figures. */
const PROJECTS_DATASET = 'cluster-projects';

export interface ListedFigures {
  /** The figures listed, in the order given. */
  listed: SourceAnchor[];
  /** How many figures the page has in all. */
  total: number;
  /** How many projects' figures are listed, when some are left out. */
  projects: number;
  /** Whether some were left out. */
  partial: boolean;
}

/**
 * Every figure up to `atMost` (the same array); else each figure that is not a project's, and the
 * figures of as many of the projects, largest by `companies` first, as keep the rows to `atMost`.
 */
export function listedFigures(anchors: SourceAnchor[], companies: Map<string, number>, atMost = SOURCE_TABLE_AT_MOST): ListedFigures {
  if (anchors.length <= atMost) return { listed: anchors, total: anchors.length, projects: 0, partial: false };
  const isProject = (a: SourceAnchor) => a.dataset === PROJECTS_DATASET;
  const perProject = new Map<string, number>();
  for (const a of anchors.filter(isProject)) perProject.set(a.row, (perProject.get(a.row) ?? 0) + 1);
  const bySize = [...perProject.keys()].sort((a, b) => (companies.get(b) ?? 0) - (companies.get(a) ?? 0) || a.localeCompare(b));
  let rows = anchors.filter((a) => !isProject(a)).length;
  const kept = new Set<string>();
  for (const id of bySize) {
    if (rows + perProject.get(id)! > atMost) break;
    rows += perProject.get(id)!;
    kept.add(id);
  }
  return { listed: anchors.filter((a) => !isProject(a) || kept.has(a.row)), total: anchors.length, projects: kept.size, partial: true };
}
