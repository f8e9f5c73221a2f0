/**
 * What the raster workers draw: a share card from its element tree, or an SVG at a scale. Plain
 * data, so a job crosses to a worker thread and its JSON keys the cache (cache.ts).
 */
import { renderCard } from './card-png.ts';
import type { CardElement } from '../cards/card-layout.ts';
import { svgToPng } from './svg-png.ts';

export type RasterJob = { kind: 'card'; element: CardElement } | { kind: 'svg'; svg: string; scale: number };

/** Draws a job in this thread. */
export async function drawJob(job: RasterJob): Promise<Buffer> {
  switch (job.kind) {
    case 'card':
      return renderCard(job.element);
    case 'svg':
      return svgToPng(job.svg, job.scale);
  }
}
