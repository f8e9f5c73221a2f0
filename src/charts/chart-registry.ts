/**
 * Every chart of the site, in the order of the gallery. Ids are public: they are the URLs
 * (/ja/charts/<id>/) and embed names, so they never change.
 */
import { chart as cocreationBudget } from './cocreation-budget.ts';
import { chart as collaborationByFirmSize } from './collaboration-by-firm-size.ts';
import { chart as companiesByBureau } from './companies-by-bureau.ts';
import { chart as companiesByField } from './companies-by-field.ts';
import { chart as consortiumFunnel } from './consortium-funnel.ts';
import { chart as innovationSource } from './innovation-source.ts';
import { chart as networkSize } from './network-size.ts';
import type { ChartModule } from './lib/types.ts';
import { chart as phase1FirmImpact } from './phase1-firm-impact.ts';
import { chart as phase1Network } from './phase1-network.ts';
import { chart as regionalResourceCall } from './regional-resource-call.ts';

// Rows differ per chart; each module is typed on its own.
// biome-ignore lint/suspicious/noExplicitAny: a list of charts whose row types all differ; each module checks its own.
export const CHARTS: ChartModule<any>[] = [
  networkSize,
  companiesByBureau,
  companiesByField,
  phase1Network,
  phase1FirmImpact,
  consortiumFunnel,
  regionalResourceCall,
  cocreationBudget,
  collaborationByFirmSize,
  innovationSource,
];

export function chartById(id: string) {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`unknown chart ${id}; known: ${CHARTS.map((c) => c.id).join(', ')}`);
  return chart;
}
