/**
 * Draws a card: satori lays the element tree out and turns every glyph into a path (so the SVG
 * needs no font to be drawn), resvg rasterises the SVG (system fonts off: nothing on the build
 * machine can change a card), and sharp encodes the PNG. Only the npm font is used.
 */
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import sharp from 'sharp';
import { fontData, FONT_FAMILY } from '../text/font-files.ts';
import { COLOURS, type CardElement } from '../cards/card-layout.ts';
import { CARD_SIZE } from '../cards/card-paths.ts';
import { cardLayers, MAIN_BOX } from '../cards/card-layers.ts';
import { dropIdleClips } from './card-unclip.ts';

let fonts: SatoriOptions['fonts'] | undefined;
/** One font list for every card of a build: satori caches the parsed fonts by the list's identity. */
function cardFonts(): SatoriOptions['fonts'] {
  if (!fonts) {
    const { regular, bold } = fontData();
    fonts = [
      { name: FONT_FAMILY, data: regular, weight: 400, style: 'normal' },
      { name: FONT_FAMILY, data: bold, weight: 700, style: 'normal' },
    ];
  }
  return fonts;
}

/** The card as SVG, with text as paths. `onNodeDetected` reports each laid-out box (for tests). */
export async function cardSvg(element: CardElement, options: Pick<SatoriOptions, 'onNodeDetected'> = {}): Promise<string> {
  // satori is typed for React elements; ours are the same plain objects without React.
  return satori(element as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: cardFonts(), ...options });
}

/**
 * The card's pixels (RGBA, 1200×630), drawn by resvg from the card's SVG (system fonts off: the
 * SVG has no text, only paths), without the masks and clip paths that clip nothing
 * (card-unclip.ts): resvg draws each on canvases of its own, and they were a third of its time.
 */
export function rasteriseCardSvg(svg: string): Buffer {
  return new Resvg(dropIdleClips(svg), { font: { loadSystemFonts: false } }).render().pixels;
}

/** The card's pixels as a PNG: full colour, no alpha (the card is opaque), zlib level 6. */
export function encodeCardPixels(pixels: Buffer): Promise<Buffer> {
  return sharp(pixels, { raw: { ...CARD_SIZE, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}

/** The frames drawn on this thread, by their element tree: at 100× every project card of a language has the same one. */
const frames = new Map<string, Promise<Buffer>>();
/** A frame's pixels are 3 MB: a few at a time (a build's cards come in order of kind and language). */
const FRAMES_KEPT = 4;

/** satori's opening tag of a card; the main row's SVG is cut to MAIN_BOX by its view box. */
const CARD_SVG_OPEN = `<svg width="${CARD_SIZE.width}" height="${CARD_SIZE.height}" viewBox="0 0 ${CARD_SIZE.width} ${CARD_SIZE.height}" xmlns="http://www.w3.org/2000/svg">`;

/** The main row's SVG drawn on its box alone, on the paper, or undefined if satori's SVG does not open as expected. */
function mainBoxSvg(svg: string): string | undefined {
  if (!svg.startsWith(CARD_SVG_OPEN)) return undefined;
  const { left, top, width, height } = MAIN_BOX;
  return (
    `<svg width="${width}" height="${height}" viewBox="${left} ${top} ${width} ${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<rect x="${left}" y="${top}" width="${width}" height="${height}" fill="${COLOURS.paper}"/>${svg.slice(CARD_SVG_OPEN.length)}`
  );
}

/**
 * The card's pixels, drawn in two layers (card-layers.ts): the frame, drawn once per thread for
 * all the cards that share it, and the main row's box, drawn over a copy of it. Exactly the pixels
 * of the card drawn whole (rasteriseCardSvg of cardSvg; test/unit/card-layers.test.ts), for about
 * half the work: the frame holds most of a card's glyphs, and the box is 60% of the card.
 */
export async function cardPixels(element: CardElement): Promise<Buffer> {
  const layers = cardLayers(element);
  const main = layers && mainBoxSvg(await cardSvg(layers.main));
  if (!layers || !main) return rasteriseCardSvg(await cardSvg(element));
  const key = JSON.stringify(layers.frame);
  let frame = frames.get(key);
  if (!frame) {
    if (frames.size >= FRAMES_KEPT) frames.clear();
    frame = cardSvg(layers.frame).then(rasteriseCardSvg);
    frames.set(key, frame);
  }
  const box = rasteriseCardSvg(main);
  const pixels = Buffer.from(await frame);
  const { left, top, width, height } = MAIN_BOX;
  const rowBytes = width * 4;
  for (let row = 0; row < height; row++) box.copy(pixels, ((top + row) * CARD_SIZE.width + left) * 4, row * rowBytes, (row + 1) * rowBytes);
  return pixels;
}

/**
 * The card as a 1200×630 PNG. Measured per card (scripts/bench/card-render.ts, 2 busy cores):
 * resvg rasterises in about 15–25 ms of CPU where sharp's librsvg takes 60–75 ms (and its PNG is
 * larger, 83 KB against 48 KB); sharp encodes resvg's pixels in about 7 ms, less than resvg's
 * own encoder, whose PNGs are larger too. Full colour at zlib level 6: a 256-colour palette made
 * cards about 35% smaller but took 45 ms to encode, and a card per project and language is most
 * of a large build's work; level 5 or 4 would save 1 or 1.5 ms a card for PNGs 3% or 8% larger.
 * With the frame drawn once and idle clips dropped, a 100× project card takes about 25 ms of CPU
 * (satori 9, resvg 8, the PNG 7), against 39 ms drawn whole.
 */
export async function renderCard(element: CardElement): Promise<Buffer> {
  return encodeCardPixels(await cardPixels(element));
}
