/**
 * Every PNG of the site, by address: a share card per entry of the cards' list (src/cards/collect.ts)
 * and a PNG download per figure and language (src/figures/figure-registry.ts). The build step
 * (integration.ts) draws them all into dist/; the dev server draws the one asked for. Each
 * image's job is made only when it is drawn, so serving one does not lay out all the others.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardPath } from '../cards/card-paths.ts';
import { allCards } from '../cards/collect.ts';
import type { ImageInputs } from '../collections/read-collections.ts';
import { LANGS, type Lang } from '../core/locales.ts';
import { FIGURE_IDS, figurePaths } from '../figures/figure-registry.ts';
import { standaloneSvg } from '../figures/standalone-svg.ts';
import { writeFileAtomically } from './cache.ts';
import { cardJob } from './card-drawing.ts';
import type { RasterJob } from './jobs.ts';
import { drawPng, rasterThreads } from './pool.ts';
import { PNG_SCALE } from './svg-png.ts';

export interface SiteImage {
  /** Site path, without Astro's base: where the file goes under dist/ and what the pages link to. */
  path: string;
  job(): RasterJob;
}

/**
 * `builtSite`, the directory of a finished build: a figure's PNG is then drawn from the SVG
 * download already written there (the text the SVG endpoint served, so the same job and cache
 * key), rather than making every SVG a second time, which is most of the time a rebuild with a
 * warm cache spends here. Without it (the dev server, tests) the SVG is made from the data.
 */
export function siteImages(inputs: ImageInputs, builtSite?: string): SiteImage[] {
  const cards = allCards(inputs).map((card) => ({ path: cardPath(card.lang, card.kind, card.id), job: () => cardJob(card, inputs) }));
  const svgOf = (lang: Lang, id: string): string =>
    builtSite === undefined
      ? standaloneSvg(id, lang, { chartData: inputs.chartData, sources: inputs.sources })
      : readFileSync(join(builtSite, figurePaths(lang, id).svg), 'utf8');
  const figures = LANGS.flatMap((lang) =>
    FIGURE_IDS.map((id) => ({
      path: figurePaths(lang, id).png,
      job: (): RasterJob => ({ kind: 'svg', svg: svgOf(lang, id), scale: PNG_SCALE }),
    })),
  );
  // The figures first: their drawings are the largest (the national map at twice its size), and
  // drawn last they came on top of what the raster threads had grown to over thousands of cards,
  // the build's peak memory.
  const images = [...figures, ...cards];
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
 *
 * Only a few images are in hand at a time (`inHand`: by default two per raster thread, so a
 * thread finds its next job waiting while this thread makes it): a job is made when a lane is
 * free, and its PNG is dropped once written. Made all at once, the 3,400 jobs of a 100× build
 * (element trees, SVG text) and their PNGs were held together, a large part of the build's peak memory.
 */
export async function drawSiteImages(dir: string, images: readonly SiteImage[], inHand = 2 * Math.max(1, rasterThreads())): Promise<void> {
  const failures: { index: number; path: string; error: unknown }[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < images.length) {
      const index = next++;
      const image = images[index]!;
      try {
        const png = await drawPng(image.job());
        writeFileAtomically(join(dir, image.path), png);
      } catch (error) {
        failures.push({ index, path: image.path, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(inHand, images.length) }, lane));
  if (failures.length) {
    const lines = failures
      .sort((a, b) => a.index - b.index)
      .map(({ path, error }) => `  ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    throw new Error(`${failures.length} of ${images.length} images could not be drawn:\n${lines.join('\n')}`);
  }
}

/** The PNG at a site path, or undefined when no image lives there. */
export async function drawSiteImage(path: string, images: readonly SiteImage[]): Promise<Buffer | undefined> {
  const image = images.find((i) => i.path === path);
  return image && drawPng(image.job());
}
