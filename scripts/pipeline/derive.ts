/** Values computed from the transcribed figures: shares of the national totals, map order. */
import type { ClusterProject } from '../../src/schemas/cluster-projects.ts';
import type { DecodedDatasets } from './checks.ts';

export function deriveProjects(d: DecodedDatasets): ClusterProject[] {
  const totals = Object.fromEntries(d['phase1-outcomes'].map((r) => [r.entry.id, r.entry.figure]));
  const companies = totals['current-companies'];
  const universities = totals['current-universities'];
  if (!companies || !universities) throw new Error('phase1-outcomes needs current-companies and current-universities');
  const bureauOrder = d.bureaus.map((b) => b.entry.id);
  const projects = d['cluster-projects'].map((r) => r.entry);
  // Bureaus are listed north to south; projects keep the order printed within their bureau.
  const ordered = [...projects].sort((a, b) => bureauOrder.indexOf(a.bureau) - bureauOrder.indexOf(b.bureau));
  return projects.map((p) => ({
    ...p,
    derived: {
      companiesShare: p.companies.value / companies.value,
      universitiesShare: p.universities.value / universities.value,
      order: ordered.indexOf(p) + 1,
    },
  }));
}
