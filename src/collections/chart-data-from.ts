/** Builds a chart's input from validated collection entries, in file order. */
import type { Bureau } from '../schemas/bureaus.ts';
import type { ClusterProject } from '../schemas/cluster-projects.ts';
import type { ChartData, FigureRow } from '../charts/lib/types.ts';

export function chartDataFrom(collections: Map<string, unknown[]> | Record<string, unknown[]>): ChartData {
  const get = (id: string) => {
    const entries = collections instanceof Map ? collections.get(id) : collections[id];
    if (!entries) throw new Error(`chart data needs the ${id} collection`);
    return entries;
  };
  return {
    projects: (get('cluster-projects') as ClusterProject[]).slice().sort((a, b) => a.derived.order - b.derived.order),
    bureaus: get('bureaus') as Bureau[],
    'phase1-outcomes': get('phase1-outcomes') as FigureRow[],
    'consortium-results': get('consortium-results') as FigureRow[],
    'regional-resource-program': get('regional-resource-program') as FigureRow[],
    'cocreation-budget': get('cocreation-budget') as FigureRow[],
    'collaboration-by-firm-size': get('collaboration-by-firm-size') as FigureRow[],
    'innovation-source': get('innovation-source') as FigureRow[],
  };
}

/** A figure row by id; a chart that names a missing row is a build error, never a blank. */
export function row(rows: FigureRow[], id: string): FigureRow {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}
