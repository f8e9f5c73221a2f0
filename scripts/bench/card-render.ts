/**
 * What one share card costs to draw, stage by stage and renderer by renderer, on a few real
 * cards of the project (a chart's, two projects', a briefing's and the site's, in both languages):
 *
 * - the build's own pipeline (src/raster/card-png.ts renderCard), start to finish;
 * - satori alone (layout and glyph outlines: the SVG every renderer below starts from);
 * - resvg rasterising that SVG, and sharp encoding resvg's pixels as the build does;
 * - the alternatives measured against them: sharp's librsvg drawing the same SVG (and encoding
 *   it), and resvg's own PNG encoder.
 *
 * Figures are per card: CPU time (user + system of every thread of this process, so libvips'
 * and the native renderers' threads count) and wall time, after one warm-up round per row so
 * loading fonts and libraries is left out; `pngBytes` is the mean size of the PNGs a row makes
 * (0 for rows that make none). Everything runs on this thread, one card at a time.
 *
 * Run alone: `node scripts/bench/card-render.ts [rounds]` from the project root, after
 * `npm run data` (the cards are made from content/data/).
 */
import { fileURLToPath } from 'node:url';
import { allCards, type CardEntry } from '../../src/cards/collect.ts';
import { CARD_SIZE } from '../../src/cards/card-paths.ts';
import type { CardElement } from '../../src/cards/card-layout.ts';
import { readImageInputs } from '../../src/collections/read-collections.ts';
import { keepAllocatorMemory } from '../../src/raster/allocator.ts';
import { cardJob } from '../../src/raster/card-drawing.ts';

// resvg's allocator as the build sets it (src/raster/allocator.ts), before resvg is loaded below.
keepAllocatorMemory();
const { Resvg } = await import('@resvg/resvg-js');
const { default: sharp } = await import('sharp');
const { cardSvg, encodeCardPixels, rasteriseCardSvg, renderCard } = await import('../../src/raster/card-png.ts');

export interface CardRendererFigures {
  name: string;
  cpuMsPerCard: number;
  wallMsPerCard: number;
  pngBytes: number;
}

/** A few cards of every kind but the map's (two of 130 at real size, and their picture is an embedded image, not text). */
function sampleCards(inputs: ReturnType<typeof readImageInputs>): CardEntry[] {
  const cards = allCards(inputs);
  const pick = (kind: CardEntry['kind'], n: number) => cards.filter((c) => c.kind === kind).slice(0, n);
  return [...pick('charts', 2), ...pick('projects', 4), ...pick('briefings', 2), ...pick('site', 2)];
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function measure(
  name: string,
  count: number,
  rounds: number,
  draw: (i: number) => Promise<Uint8Array | string | undefined> | Uint8Array | string | undefined,
): Promise<CardRendererFigures> {
  for (let i = 0; i < count; i++) await draw(i);
  let bytes = 0;
  let pngs = 0;
  const cpu = cpuMs();
  const wall = performance.now();
  for (let r = 0; r < rounds; r++)
    for (let i = 0; i < count; i++) {
      const out = await draw(i);
      if (out instanceof Uint8Array) {
        bytes += out.byteLength;
        pngs++;
      }
    }
  const n = count * rounds;
  return {
    name,
    cpuMsPerCard: (cpuMs() - cpu) / n,
    wallMsPerCard: (performance.now() - wall) / n,
    pngBytes: pngs ? Math.round(bytes / pngs) : 0,
  };
}

/** Per-card figures of each renderer and stage, drawn from the project at `root` (its content/data/). */
export async function cardRenderers(root: string, rounds = 3): Promise<CardRendererFigures[]> {
  const cwd = process.cwd();
  process.chdir(root);
  let elements: CardElement[];
  try {
    const inputs = readImageInputs();
    elements = sampleCards(inputs).map((card) => {
      const job = cardJob(card, inputs);
      if (job.kind !== 'card') throw new Error('a card job');
      return job.element;
    });
  } finally {
    process.chdir(cwd);
  }
  const n = elements.length;
  const svgs = await Promise.all(elements.map((e) => cardSvg(e)));
  const pixels = svgs.map((svg) => new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels);
  const { width, height } = CARD_SIZE;
  return [
    await measure('build pipeline: satori → resvg → sharp PNG', n, rounds, (i) => renderCard(elements[i]!)),
    await measure('stage: satori (layout, glyph outlines → SVG)', n, rounds, (i) => cardSvg(elements[i]!)),
    await measure('stage: resvg rasterises the SVG (as the build)', n, rounds, (i) => {
      rasteriseCardSvg(svgs[i]!);
      return undefined;
    }),
    await measure('stage: sharp encodes the pixels (as the build)', n, rounds, (i) => encodeCardPixels(pixels[i]!)),
    await measure('alternative: sharp/librsvg rasterises + encodes the SVG', n, rounds, (i) =>
      sharp(Buffer.from(svgs[i]!)).removeAlpha().png({ compressionLevel: 6 }).toBuffer(),
    ),
    await measure('alternative: sharp/librsvg rasterises only', n, rounds, async (i) => {
      await sharp(Buffer.from(svgs[i]!)).raw().toBuffer();
      return undefined;
    }),
    await measure('alternative: resvg rasterises + its own PNG encoder', n, rounds, (i) =>
      new Resvg(svgs[i]!, { font: { loadSystemFonts: false } }).render().asPng(),
    ),
    await measure('alternative: sharp PNG, 256-colour palette', n, rounds, (i) =>
      sharp(pixels[i]!, { raw: { width, height, channels: 4 } })
        .removeAlpha()
        .png({ palette: true })
        .toBuffer(),
    ),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const rounds = Number(process.argv[2] ?? 3);
  const rows = await cardRenderers(root, rounds);
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'per card'.padEnd(width)}  CPU ms  wall ms  PNG bytes`);
  for (const r of rows)
    console.log(
      `${r.name.padEnd(width)}  ${r.cpuMsPerCard.toFixed(1).padStart(6)}  ${r.wallMsPerCard.toFixed(1).padStart(7)}  ${String(r.pngBytes || '').padStart(9)}`,
    );
}
