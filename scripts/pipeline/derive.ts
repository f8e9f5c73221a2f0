/** Values computed from the transcribed figures: shares of the national totals, ranks, sums, map order. */
import type { Bureau } from '../../src/schemas/bureaus.ts';
import type { ClusterProject } from '../../src/schemas/cluster-projects.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import type { DecodedDatasets } from './checks.ts';

function nationalTotals(d: DecodedDatasets): { companies: Figure; universities: Figure } {
  const totals = Object.fromEntries(d['phase1-outcomes'].map((r) => [r.entry.id, r.entry.figure]));
  const companies = totals['current-companies'];
  const universities = totals['current-universities'];
  if (!companies || !universities) throw new Error('phase1-outcomes needs current-companies and current-universities');
  return { companies, universities };
}

/** Competition ranking: 1 = largest; equal values share a rank and the next rank is skipped. */
export function rankOf(value: number, values: number[]): number {
  return values.filter((v) => v > value).length + 1;
}

export function deriveProjects(d: DecodedDatasets): ClusterProject[] {
  const national = nationalTotals(d);
  const bureauOrder = d.bureaus.map((b) => b.entry.id);
  const projects = d['cluster-projects'].map((r) => r.entry);
  // Bureaus are listed north to south; projects keep the order printed within their bureau.
  const ordered = [...projects].sort((a, b) => bureauOrder.indexOf(a.bureau) - bureauOrder.indexOf(b.bureau));
  const companies = projects.map((p) => p.companies.value);
  const universities = projects.map((p) => p.universities.value);
  return projects.map((p) => ({
    ...p,
    derived: {
      companiesShare: p.companies.value / national.companies.value,
      universitiesShare: p.universities.value / national.universities.value,
      order: ordered.indexOf(p) + 1,
      companiesRank: rankOf(p.companies.value, companies),
      universitiesRank: rankOf(p.universities.value, universities),
    },
  }));
}

export function deriveBureaus(d: DecodedDatasets): Bureau[] {
  const national = nationalTotals(d);
  const projects = d['cluster-projects'].map((r) => r.entry);
  return d.bureaus.map((r, index) => {
    const own = projects.filter((p) => p.bureau === r.entry.id);
    const companies = own.reduce((sum, p) => sum + p.companies.value, 0);
    const universities = own.reduce((sum, p) => sum + p.universities.value, 0);
    return {
      ...r.entry,
      derived: {
        order: index + 1,
        projectCount: own.length,
        companies: { value: companies, approx: own.some((p) => p.companies.approx) },
        universities: { value: universities, approx: own.some((p) => p.universities.approx) },
        companiesShare: companies / national.companies.value,
        universitiesShare: universities / national.universities.value,
      },
    };
  });
}
