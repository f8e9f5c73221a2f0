/**
 * PNGs kept between builds, keyed by everything that decides their pixels: the SVG, the scale,
 * the rasteriser's version and the font files. Rasterising is most of the downloads' build time
 * (about two CPU-seconds a figure: resvg reads the CJK font for each text), and most builds
 * change no figure. The cache lives in node_modules/.cache, where tools keep theirs; deleting it
 * only costs time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FONT_FILES } from '../lib/font-files.ts';
import { PNG_SCALE, svgToPng } from './png.ts';

export const PNG_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'cluster-atlas-png');

let rasteriser: string | undefined;
/** What, besides the SVG, the pixels depend on. */
function rasteriserKey(): string {
  if (rasteriser === undefined) {
    const require = createRequire(import.meta.url);
    const { version } = require('@resvg/resvg-js/package.json') as { version: string };
    const fonts = [FONT_FILES.regular, FONT_FILES.bold].map((file) => `${file}:${statSync(file).size}`);
    rasteriser = JSON.stringify([version, fonts]);
  }
  return rasteriser;
}

export function cachedSvgToPng(svg: string, scale = PNG_SCALE): Buffer {
  const key = createHash('sha256').update(rasteriserKey()).update(`\0${scale}\0`).update(svg).digest('hex');
  const file = join(PNG_CACHE_DIR, `${key}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = svgToPng(svg, scale);
    mkdirSync(PNG_CACHE_DIR, { recursive: true });
    // Written aside and renamed, so a build stopped halfway never leaves half a PNG under its key.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return png;
  }
}
