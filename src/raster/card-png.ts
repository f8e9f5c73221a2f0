/**
 * Draws a card: satori lays the element tree out and turns every glyph into a path (so the SVG
 * needs no font to be drawn), resvg rasterises the SVG (system fonts off: nothing on the build
 * machine can change a card), and sharp encodes the PNG. Only the npm font is used.
 */
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import sharp from 'sharp';
import { fontData, FONT_FAMILY } from '../text/font-files.ts';
import type { CardElement } from '../cards/card-layout.ts';
import { CARD_SIZE } from '../cards/card-paths.ts';
import { cardLayers } from '../cards/card-layers.ts';
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

/** The frames laid out on this thread, by their element tree: a build's cards share a few dozen. */
const frames = new Map<string, Promise<string>>();
/** Enough for every frame of a language and kind at once (each some 70 KB of SVG). */
const FRAMES_KEPT = 64;

/**
 * The card as SVG, its frame laid out once for all the cards that share it (card-layers.ts): the
 * frame's SVG and the main row's, in one document. satori names its masks and clips by their place
 * in the tree, so the frame's are renamed apart from the main row's.
 */
export async function layeredCardSvg(element: CardElement): Promise<string> {
  const layers = cardLayers(element);
  if (!layers) return cardSvg(element);
  const key = JSON.stringify(layers.frame);
  let frame = frames.get(key);
  if (!frame) {
    if (frames.size >= FRAMES_KEPT) frames.clear();
    frame = cardSvg(layers.frame).then((svg) => svg.replace(/(id="|url\(#)satori_/g, '$1satori_frame_'));
    frames.set(key, frame);
  }
  const [frameSvg, mainSvg] = await Promise.all([frame, cardSvg(layers.main)]);
  return frameSvg.slice(0, frameSvg.lastIndexOf('</svg>')) + mainSvg.slice(mainSvg.indexOf('>') + 1);
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

/**
 * The card as a 1200×630 PNG. Measured per card (scripts/bench/card-render.ts, 2 busy cores):
 * resvg rasterises in about 15–25 ms of CPU where sharp's librsvg takes 60–75 ms (and its PNG is
 * larger, 83 KB against 48 KB); sharp encodes resvg's pixels in about 7 ms, less than resvg's
 * own encoder, whose PNGs are larger too. Full colour at zlib level 6: a 256-colour palette made
 * cards about 35% smaller but took 45 ms to encode, and a card per project and language is most
 * of a large build's work.
 */
export async function renderCard(element: CardElement): Promise<Buffer> {
  return encodeCardPixels(rasteriseCardSvg(await layeredCardSvg(element)));
}
