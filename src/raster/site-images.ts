/**
 * Every PNG of the site, by address: a share card per entry of the cards' list (src/cards/collect.ts)
 * and a PNG download per figure and language (src/figures/figure-registry.ts). The build step
 * (integration.ts) draws them all into dist/; the dev server draws the one asked for. Each
 * image's job is made only when it is drawn, so serving one does not lay out all the others.
 */
import { join } from 'node:path';
import { cardPath } from '../cards/card-paths.ts';
import { allCards } from '../cards/collect.ts';
import type { ImageInputs } from '../collections/read-collections.ts';
import { LANGS } from '../core/locales.ts';
import { FIGURE_IDS, figurePaths } from '../figures/figure-registry.ts';
import { standaloneSvg } from '../figures/standalone-svg.ts';
import { writeFileAtomically } from './cache.ts';
import { cardJob } from './card-drawing.ts';
import type { RasterJob } from './jobs.ts';
import { drawPng } from './pool.ts';
import { PNG_SCALE } from './svg-png.ts';

export interface SiteImage {
  /** Site path, without Astro's base: where the file goes under dist/ and what the pages link to. */
  path: string;
  job(): RasterJob;
}

export function siteImages(inputs: ImageInputs): SiteImage[] {
  const cards = allCards(inputs).map((card) => ({ path: cardPath(card.lang, card.kind, card.id), job: () => cardJob(card) }));
  const figures = LANGS.flatMap((lang) =>
    FIGURE_IDS.map((id) => ({
      path: figurePaths(lang, id).png,
      job: (): RasterJob => ({ kind: 'svg', svg: standaloneSvg(id, lang, { chartData: inputs.chartData, sources: inputs.sources }), scale: PNG_SCALE }),
    })),
  );
  const images = [...cards, ...figures];
  const seen = new Set<string>();
  for (const { path } of images) {
    if (seen.has(path)) throw new Error(`two images would be written to ${path}`);
    seen.add(path);
  }
  return images;
}

/**
 * Draws every image into `dir` (the built site) on the raster threads, or takes it from the
 * cache. Each file is written whole or not at all. Every image is attempted; the failures are
 * reported together, by address.
 */
export async function drawSiteImages(dir: string, images: readonly SiteImage[]): Promise<void> {
  const results = await Promise.allSettled(
    images.map(async (image) => {
      const png = await drawPng(image.job());
      writeFileAtomically(join(dir, image.path), png);
    }),
  );
  const failures = results.flatMap((result, i) => (result.status === 'rejected' ? [{ path: images[i]!.path, error: result.reason as unknown }] : []));
  if (failures.length) {
    const lines = failures.map(({ path, error }) => `  ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    throw new Error(`${failures.length} of ${images.length} images could not be drawn:\n${lines.join('\n')}`);
  }
}

/** The PNG at a site path, or undefined when no image lives there. */
export async function drawSiteImage(path: string, images: readonly SiteImage[]): Promise<Buffer | undefined> {
  const image = images.find((i) => i.path === path);
  return image && drawPng(image.job());
}
