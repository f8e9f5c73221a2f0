/** The charts' input, read from the content collections in file order. */
import { chartDataFrom } from './chart-data-from.ts';
import type { ChartData } from '../charts/lib/types.ts';
import { catalogueOf, type DerivedCatalogue } from '../derived/catalogue.ts';
import { DATASETS } from '../schemas/datasets.ts';
import { datasetEntries } from './dataset-rows.ts';

let cached: Promise<ChartData> | undefined;

export function loadChartData(): Promise<ChartData> {
  cached ??= (async () => {
    const collections: Record<string, unknown[]> = {};
    for (const d of DATASETS) collections[d.id] = await datasetEntries(d.id);
    return chartDataFrom(collections);
  })();
  return cached;
}

/** The figures the site computes (src/derived/catalogue.ts), from the same data. */
export async function loadDerived(): Promise<DerivedCatalogue> {
  return catalogueOf(await loadChartData());
}
