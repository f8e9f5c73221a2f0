/**
 * The charts' input read synchronously from the generated collections (content/data/*.json),
 * with the same zod schemas the content collections use. An embed code is a plain string
 * built wherever a page needs one (the share panel, the oEmbed endpoint), so it cannot wait
 * for Astro's asynchronous getCollection; build time only (it reads files).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { chartDataFrom } from './chart-data-from.ts';
import type { ChartData } from '../charts/lib/types.ts';
import { DATASETS } from '../schemas/datasets.ts';

let cached: ChartData | undefined;

export function figureData(): ChartData {
  cached ??= chartDataFrom(Object.fromEntries(DATASETS.map((d) => [d.id, readDataset(d.id, d.entry)])));
  return cached;
}

function readDataset(id: string, entry: z.ZodType): unknown[] {
  const file = `content/data/${id}.json`;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file} is missing: run \`npm run data\` first`, { cause: error });
  }
  // File order is the order of the CSV, as in collections/dataset-rows.ts.
  return z.array(entry).parse(JSON.parse(text));
}
