/**
 * The four downloads of every figure in every language (figurePaths(lang, id).svg|png|csv|json),
 * as the static endpoints in src/pages/downloads/ serve them. The PNG is drawn from the SVG, so
 * each SVG is made once per build; the PNG is drawn on a worker thread, and kept between builds
 * while its SVG is unchanged (src/raster/).
 */
import { LANGS, isLang, type Lang } from '../core/locales.ts';
import { figureCsv, figureJson, figureTable } from './download-table.ts';
import { loadFigureInputs } from '../collections/read-collections.ts';
import { drawPng } from '../raster/pool.ts';
import { PNG_SCALE } from '../raster/svg-png.ts';
import { FIGURE_IDS, assertFigure } from './figure-registry.ts';
import { standaloneSvg } from './standalone-svg.ts';

export const DOWNLOAD_FORMATS = ['svg', 'png', 'csv', 'json'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export const CONTENT_TYPES: Record<DownloadFormat, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** getStaticPaths of every download endpoint: each figure in each language. */
export const downloadPaths = () => LANGS.flatMap((lang) => FIGURE_IDS.map((id) => ({ params: { lang, id } })));

/**
 * getStaticPaths of the PNG endpoint: in a build it also starts drawing every PNG on the raster
 * threads, while Astro renders the pages before it (the dev server draws one when asked).
 */
export function pngDownloadPaths() {
  const paths = downloadPaths();
  if (!import.meta.env.DEV) for (const { params } of paths) pngOf(params.lang, params.id).catch(() => {});
  return paths;
}

const svgs = new Map<string, Promise<string>>();
const pngs = new Map<string, Promise<Buffer>>();

function svgOf(lang: Lang, id: string): Promise<string> {
  const key = `${lang}/${id}`;
  if (!svgs.has(key)) svgs.set(key, loadFigureInputs().then((inputs) => standaloneSvg(id, lang, inputs)));
  return svgs.get(key)!;
}

/** The PNG, drawn once per build; a failure is reported by the GET that collects it. */
function pngOf(lang: Lang, id: string): Promise<Buffer> {
  const key = `${lang}/${id}`;
  let png = pngs.get(key);
  if (!png) pngs.set(key, (png = svgOf(lang, id).then((svg) => drawPng({ kind: 'svg', svg, scale: PNG_SCALE }))));
  return png;
}

async function body(format: DownloadFormat, lang: Lang, id: string): Promise<string | Uint8Array<ArrayBuffer>> {
  switch (format) {
    case 'svg':
      return svgOf(lang, id);
    case 'png':
      return new Uint8Array(await pngOf(lang, id));
    case 'csv':
      return figureCsv(figureTable(id, lang, await loadFigureInputs()));
    case 'json':
      return `${JSON.stringify(figureJson(id, lang, await loadFigureInputs()), null, 2)}\n`;
  }
}

/** The endpoint's response for `params` from downloadPaths. */
export async function downloadResponse(format: DownloadFormat, params: Record<string, string | undefined>): Promise<Response> {
  const { lang, id } = params;
  if (!isLang(lang) || !id) throw new Error(`a figure download needs a language and an id, got ${lang}/${id}`);
  assertFigure(id);
  return new Response(await body(format, lang, id), { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}
