/** The card font's advance widths, read once per build from the same files satori draws with. */
import { fontData } from '../text/font-files.ts';
import type { FontMetrics } from './card-layout.ts';
import { advancesOf } from '../text/measure.ts';

let cache: FontMetrics | undefined;

export function cardMetrics(): FontMetrics {
  if (!cache) {
    const { regular, bold } = fontData();
    cache = { regular: advancesOf(regular), bold: advancesOf(bold) };
  }
  return cache;
}
