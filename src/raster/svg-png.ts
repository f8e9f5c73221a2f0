/**
 * The PNG of a figure: its standalone SVG rasterised at twice its size with resvg, drawn with
 * the npm Noto Sans JP only (never the build machine's fonts), so every build gives the same image.
 * resvg is given the font cut down to the characters of this SVG (font-subset.ts says why),
 * written to files of this thread's own that live only while it draws.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, fontData } from '../text/font-files.ts';
import { subsetFont, svgCodePoints } from './font-subset.ts';

/** Pixels per SVG unit: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

export function svgToPng(svg: string, scale = PNG_SCALE): Buffer {
  const { regular, bold } = fontData();
  const points = svgCodePoints(svg);
  const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-font-'));
  try {
    const fontFiles = [
      ['regular', regular],
      ['bold', bold],
    ].map(([name, font]) => {
      const file = join(dir, `${name as string}.ttf`);
      writeFileSync(file, subsetFont(font as Buffer, points));
      return file;
    });
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: scale },
      font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    });
    return resvg.render().asPng();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
