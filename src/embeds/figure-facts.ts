/**
 * What an embed needs to say about a figure before it is loaded: its title (the iframe's
 * accessible name, the oEmbed title) and a default height for a plain iframe, computed from
 * the same data and renders the figure's page uses.
 */
import type { ChartData } from '../charts/lib/types.ts';
import { chartById } from '../charts/registry.ts';
import { wrapLabel } from '../charts/lib/text-width.ts';
import { MAP_FIGURE_ID, assertFigure } from '../figures/registry.ts';
import { pick, type Lang } from '../i18n/locales.ts';
import { t } from '../i18n/ui.ts';
import { formatShare } from '../lib/format.ts';
import { buildMapModel } from '../map/map-model.ts';

export interface FigureFacts {
  title: string;
  subtitle: string;
  /** Height in CSS pixels of the embed at the reference width, for iframes without the loader. */
  height: number;
}

/**
 * The reference iframe: a typical article column. Charts draw their wide version at this
 * width (ChartFigure), so heights computed here match what most hosts show.
 */
export const EMBED_REFERENCE_WIDTH = 680;

/** Layout of the embed page (src/styles/embed.css) in pixels, for the height estimate. */
const LAYOUT = {
  /** Body padding, top plus bottom, and each side. */
  paddingBlock: 24,
  paddingInline: 16,
  titleSize: 20,
  titleLine: 26,
  textSize: 16,
  textLine: 27,
  /** Margins between title, subtitle, figure and footer. */
  gaps: 40,
  /** The collapsed data table, source line (up to two lines), credit and link, the share panel. */
  footer: 190,
  /** The map's controls (two rows of buttons) and its legends beside or below it. */
  mapControls: 100,
  mapLegends: 330,
};

/** The map's title states its finding: the bureau whose projects hold the most companies. */
export function mapTitle(data: Pick<ChartData, 'bureaus'>, lang: Lang): string {
  const top = [...data.bureaus].sort((a, b) => b.derived.companiesShare - a.derived.companiesShare)[0];
  if (!top) throw new Error('the map title needs the bureaus');
  return t(lang).mapTitle(formatShare(top.derived.companiesShare, lang), pick(top, 'short', lang), top.derived.projectCount);
}

export function figureFacts(data: ChartData, lang: Lang, id: string): FigureFacts {
  assertFigure(id);
  const column = EMBED_REFERENCE_WIDTH - 2 * LAYOUT.paddingInline;
  const lines = (text: string, size: number) => wrapLabel(text, column, size).length;
  const chrome = (title: string, subtitle: string) =>
    LAYOUT.paddingBlock + lines(title, LAYOUT.titleSize) * LAYOUT.titleLine + lines(subtitle, LAYOUT.textSize) * LAYOUT.textLine + LAYOUT.gaps + LAYOUT.footer;

  if (id === MAP_FIGURE_ID) {
    const title = mapTitle(data, lang);
    const subtitle = t(lang).mapSubtitle(data.projects.length);
    // The map fills the column (its legends wrap below it at this width), keeping its aspect ratio.
    const { viewBox } = buildMapModel(data.projects, data.bureaus);
    const map = (column * (viewBox.y1 - viewBox.y0)) / (viewBox.x1 - viewBox.x0);
    return { title, subtitle, height: Math.ceil(chrome(title, subtitle) + LAYOUT.mapControls + map + LAYOUT.mapLegends) };
  }
  const chart = chartById(id);
  const rows = chart.transform(data);
  const text = chart.text(rows, lang);
  return { title: text.title, subtitle: text.subtitle, height: Math.ceil(chrome(text.title, text.subtitle) + svgHeight(chart.render(rows, { lang, width: 640 }))) };
}

/** The height attribute of the outer <svg> Plot wrote. */
function svgHeight(svg: string): number {
  const height = /^<svg\b[^>]*?\sheight="([\d.]+)"/.exec(svg)?.[1];
  if (height === undefined) throw new Error('a chart SVG without a height');
  return Number(height);
}
