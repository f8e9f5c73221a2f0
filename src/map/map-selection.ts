/**
 * Which projects the national map draws. Up to MAP_MAX_SYMBOLS it draws them all (the real
 * data's 17); past that, circles that the regions cannot hold apart and labels that cannot be
 * placed make no national picture, and every symbol weighs its link, label, tooltip data and
 * key entry on the page. Then the map draws the largest by companies, the default measure, and
 * says so; every project stays listed on the project index.
 */
import type { ClusterProject } from '../schemas/cluster-projects.ts';

/** The most circles the map draws: about twice the real data's count, still legible at 390 px. */
export const MAP_MAX_SYMBOLS = 40;

export interface MapSelection {
  /** The projects drawn, in the order given. */
  drawn: ClusterProject[];
  /** How many projects there are in all. */
  total: number;
  /** Whether some were left out. */
  partial: boolean;
}

export function mapSelection(projects: ClusterProject[], limit = MAP_MAX_SYMBOLS): MapSelection {
  // The same array when all are drawn: the map model is cached by the array's identity.
  if (projects.length <= limit) return { drawn: projects, total: projects.length, partial: false };
  const largest = new Set(
    [...projects]
      .sort((a, b) => b.companies.value - a.companies.value || a.derived.order - b.derived.order || a.id.localeCompare(b.id))
      .slice(0, limit),
  );
  return { drawn: projects.filter((p) => largest.has(p)), total: projects.length, partial: true };
}
