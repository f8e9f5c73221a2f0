/**
 * The names figure downloads are saved under. The site path (`/downloads/ja/map.png`) is the
 * same for every figure's files, so a reader who saves several would get `map.png` from two
 * languages, or `network-size.csv` without knowing where it came from; the saved name says the
 * site, the figure and the language: `cluster-atlas-map-ja.png`.
 */
import type { Lang } from '../core/locales.ts';
import { assertFigure, type DownloadFormat } from '../figures/figure-registry.ts';

const SITE_SLUG = 'cluster-atlas';

export function downloadFileName(lang: Lang, id: string, format: DownloadFormat): string {
  assertFigure(id);
  return `${SITE_SLUG}-${id}-${lang}.${format}`;
}
