/**
 * The figures' inputs for the figure tests, read straight from the generated content/data/*.json
 * (run `npm run data` first), the files Astro's loaders read: no content layer needed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartDataFrom } from '../../src/collections/chart-data-from.ts';
import type { FigureInputs } from '../../src/figures/figure-text.ts';
import { DATASETS } from '../../src/schemas/datasets.ts';
import type { Source } from '../../src/schemas/sources.ts';

const DATA_DIR = join(import.meta.dirname, '../../content/data');

/** A generated dataset as plain JSON, for expectations computed independently of the figure code. */
export const contentData = (id: string): any[] => JSON.parse(readFileSync(join(DATA_DIR, `${id}.json`), 'utf8'));

export function figureInputs(): FigureInputs {
  const collections = Object.fromEntries(DATASETS.map((d) => [d.id, contentData(d.id)]));
  return { chartData: chartDataFrom(collections), sources: collections.sources as Source[] };
}
