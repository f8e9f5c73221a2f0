/**
 * The PNG of a figure: its standalone SVG rasterised at twice its size with resvg, drawn with
 * the npm Noto Sans JP only (never the build machine's fonts), so every build gives the same image.
 */
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, FONT_FILES } from '../text/font-files.ts';

/** Pixels per SVG unit: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

export function svgToPng(svg: string, scale = PNG_SCALE): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}
