/**
 * What the entries gain after the cross-checks: their position north to south, for the map and
 * every list. Figures the site computes (sums, shares, ranks, counts) are not stored with the
 * datasets: they are declared once in src/derived/catalogue.ts, shown as computed and published
 * on their own (/data/derived.csv), so a download of a dataset holds only what the source printed.
 */
import type { Bureau } from '../schemas/bureaus.ts';
import type { ClusterProject } from '../schemas/cluster-projects.ts';
import type { DecodedDatasets } from './checks.ts';

export function deriveProjects(d: DecodedDatasets): ClusterProject[] {
  const bureauOrder = d.bureaus.map((b) => b.entry.id);
  const projects = d['cluster-projects'].map((r) => r.entry);
  // Bureaus are listed north to south; projects keep the order printed within their bureau.
  const ordered = [...projects].sort((a, b) => bureauOrder.indexOf(a.bureau) - bureauOrder.indexOf(b.bureau));
  return projects.map((p) => ({ ...p, derived: { order: ordered.indexOf(p) + 1 } }));
}

export function deriveBureaus(d: DecodedDatasets): Bureau[] {
  return d.bureaus.map((r, index) => ({ ...r.entry, derived: { order: index + 1 } }));
}
