/** The collections the figures are drawn from, read once per build through Astro's content layer. */
import { getCollection } from 'astro:content';
import { loadChartData } from './chart-data.ts';
import type { FigureInputs } from '../figures/figure-text.ts';

let cached: Promise<FigureInputs> | undefined;

export function loadFigureInputs(): Promise<FigureInputs> {
  cached ??= (async () => ({
    chartData: await loadChartData(),
    sources: (await getCollection('sources')).map((e) => e.data),
  }))();
  return cached;
}
