/**
 * The shareable figures: every chart and the national map. Each can be embedded, downloaded
 * (SVG, PNG, CSV, JSON) and shared; its id is public, in every address below, and never changes.
 */
import { CHARTS } from '../charts/chart-registry.ts';
import type { Lang } from '../core/locales.ts';

export const MAP_FIGURE_ID = 'map';
export type FigureKind = 'chart' | 'map';

export const FIGURE_IDS: string[] = [...CHARTS.map((c) => c.id), MAP_FIGURE_ID];

export const figureKind = (id: string): FigureKind => (id === MAP_FIGURE_ID ? 'map' : 'chart');

export function assertFigure(id: string): void {
  if (!FIGURE_IDS.includes(id)) throw new Error(`unknown figure ${id}; known: ${FIGURE_IDS.join(', ')}`);
}

/** The files every figure is offered as, the picture first, then its data. */
export const DOWNLOAD_FORMATS = ['svg', 'png', 'csv', 'json'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** Site paths (pass them through core/urls.ts sitePath or absoluteUrl) of everything a figure has. */
export function figurePaths(lang: Lang, id: string) {
  assertFigure(id);
  return {
    page: figureKind(id) === 'map' ? `/${lang}/map/` : `/${lang}/charts/${id}/`,
    embed: `/embed/${lang}/${id}/`,
    oembed: `/oembed/${lang}/${id}.json`,
    svg: `/downloads/${lang}/${id}.svg`,
    png: `/downloads/${lang}/${id}.png`,
    csv: `/downloads/${lang}/${id}.csv`,
    json: `/downloads/${lang}/${id}.json`,
  };
}

/** The script host pages include once to resize every Cluster Atlas iframe to its content. */
export const EMBED_LOADER_PATH = '/embed.js';
