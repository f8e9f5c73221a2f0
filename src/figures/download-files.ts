/**
 * The four downloads of every figure in every language (figurePaths(lang, id).svg|png|csv|json).
 * The static endpoints in src/pages/downloads/ serve the SVG, CSV and JSON; the PNG is the SVG
 * drawn after the pages are built (src/raster/site-images.ts), so it is listed here but not served.
 */
import { LANGS, isLang, type Lang } from '../core/locales.ts';
import { figureCsv, figureJson, figureTable } from './download-table.ts';
import { loadFigureInputs } from '../collections/read-collections.ts';
import { siteKey } from '../collections/cache-key.ts';
import { assertFigure, type DownloadFormat, FIGURE_IDS } from './figure-registry.ts';
import { standaloneSvg } from './standalone-svg.ts';

export const CONTENT_TYPES: Record<EndpointFormat, string> = {
  svg: 'image/svg+xml',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** getStaticPaths of every download endpoint: each figure in each language (keyed by every input: a figure's table, notes and dates). */
export const downloadPaths = () => LANGS.flatMap((lang) => FIGURE_IDS.map((id) => ({ params: { lang, id }, cacheKey: siteKey() })));

/** The downloads served by endpoints; the PNG is drawn from the SVG by the build step in src/raster/. */
export type EndpointFormat = Exclude<DownloadFormat, 'png'>;

async function body(format: EndpointFormat, lang: Lang, id: string): Promise<string> {
  const inputs = await loadFigureInputs();
  switch (format) {
    case 'svg':
      return standaloneSvg(id, lang, inputs);
    case 'csv':
      return figureCsv(figureTable(id, lang, inputs));
    case 'json':
      return `${JSON.stringify(figureJson(id, lang, inputs), null, 2)}\n`;
  }
}

/** The endpoint's response for `params` from downloadPaths. */
export async function downloadResponse(format: EndpointFormat, params: Record<string, string | undefined>): Promise<Response> {
  const { lang, id } = params;
  if (!isLang(lang) || !id) throw new Error(`a figure download needs a language and an id, got ${lang}/${id}`);
  assertFigure(id);
  return new Response(await body(format, lang, id), { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}
