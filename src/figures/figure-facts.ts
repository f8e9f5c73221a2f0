/**
 * What an embed needs to say about a figure before it is loaded: its title (the iframe's
 * accessible name, the oEmbed title) and a default height for a plain iframe, computed from
 * the same data and renders the figure's page uses.
 */
import { mapFinding } from './figure-text.ts';
import { sourceLineFigures } from '../charts/lib/table.ts';
import { FIELD_LABELS } from '../core/field-labels.ts';
import { mapWords } from '../i18n/map-words.ts';
import { textWidth } from '../text/text-width.ts';
import type { ChartData } from '../schemas/datasets.ts';
import { chartById } from '../charts/chart-registry.ts';
import { wrapText } from '../text/wrap-text.ts';
import { MAP_FIGURE_ID, assertFigure } from './figure-registry.ts';
import { pick, type Lang } from '../core/locales.ts';
import { t } from '../i18n/ui.ts';
import { japanGeometry } from '../map/geometry.ts';

export interface FigureFacts {
  title: string;
  subtitle: string;
  /** Height in CSS pixels of the embed at the reference width, for iframes without the loader. */
  height: number;
  /** The datasets the figure is drawn from (for the date its data last changed). */
  datasets: string[];
}

/** The map's datasets: the projects it draws and the bureaus it divides the country into. */
const MAP_DATASETS = ['cluster-projects', 'bureaus'];

/**
 * The reference iframe: a typical article column. Charts draw their wide version at this
 * width (ChartFigure), so heights computed here match what most hosts show.
 */
export const EMBED_REFERENCE_WIDTH = 680;

/**
 * The embed page's layout (src/styles/embed.css, global.css, map.css) in pixels at the reference
 * width, measured in Chromium: what the height estimate adds around the drawing. Notes and the
 * computed figures' note are folded with the data table, so only their summary line counts.
 */
const LAYOUT = {
  /** Side padding of the page; text wraps within the rest. */
  paddingInline: 10,
  /** Title (bold, 1.25rem), subtitle (0.875rem), source line and credit (0.75rem): font size and line height. */
  title: { size: 20, line: 25 },
  subtitle: { size: 14, line: 19.6 },
  small: { size: 12, line: 16.8 },
  /** Lines of the source line, which names the publisher, the document and its date. */
  sourceLines: { ja: 2, en: 2 },
  /**
   * Everything else, measured: the page's padding, the margins between the parts, the folded
   * table's summary, the credit strip (one line) and the closed share panel's line.
   */
  chartRest: 112,
  mapRest: 150,
  /** The map's controls, one row beside each other. */
  mapControls: 40,
  /** The compact map's width (embed.css: the narrow labels are drawn for it) and the gap to its key. */
  mapWidth: 340,
  keyGap: 16,
  /** The key's heading above its names. */
  keyTitle: 24,
  /** The fields' key: a row of names after its heading; the note on split circles beside its icon. */
  fieldItemGap: 12,
  fieldSwatch: 18,
  splitIcon: 30,
  /**
   * How much wider the reader's font may set the words than Noto Sans JP, which measures them:
   * system Latin fonts run wider (DejaVu Sans, Chromium's default on Linux, by 10–15%); kana and
   * kanji are one em in every Japanese font.
   */
  readerFontSpread: { ja: 1, en: 1.15 },
  /**
   * Rounding and fonts differ between systems, Japanese fallback fonts most, and the widths of
   * words are estimated: better a little space than a scroll bar.
   */
  slack: 24,
};

export function figureFacts(data: ChartData, lang: Lang, id: string): FigureFacts {
  assertFigure(id);
  const column = EMBED_REFERENCE_WIDTH - 2 * LAYOUT.paddingInline;
  const spread = LAYOUT.readerFontSpread[lang];
  // Words are measured in the image font but drawn in the reader's, so they are wrapped as if the column were narrower.
  const lines = (size: number, text: string, width = column) => wrapText(text, width / spread, size).length;
  const height = (type: { size: number; line: number }, texts: string[], width = column) =>
    texts.reduce((sum, text) => sum + lines(type.size, text, width) * type.line, 0);
  const heading = (title: string, subtitle: string) => height(LAYOUT.title, [title]) + height(LAYOUT.subtitle, [subtitle]);
  const source = LAYOUT.sourceLines[lang] * LAYOUT.small.line;

  if (id === MAP_FIGURE_ID) {
    const title = mapFinding(data, lang);
    const subtitle = t(lang).mapSubtitle(data.projects.length);
    // The map at its compact width, keeping its aspect ratio; its key runs on beside it.
    const { viewBox } = japanGeometry();
    const map = (LAYOUT.mapWidth * (viewBox.y1 - viewBox.y0)) / (viewBox.x1 - viewBox.x0);
    const keyWidth = column - LAYOUT.mapWidth - LAYOUT.keyGap;
    const keyText = data.projects.map((p, i) => `${i + 1}\u00a0${pick(p, 'name', lang)}`).join(' ');
    const key = LAYOUT.keyTitle + height(LAYOUT.small, [keyText], keyWidth);
    // Under both, the fields' names in a row after the heading, then how a split circle reads.
    const ui = t(lang);
    const fieldIds = [...new Set(data.projects.flatMap((p) => p.fields))];
    const fieldsRow = [ui.legendFields, ...fieldIds.map((f) => FIELD_LABELS[f][lang])].reduce(
      (row, name) => row + textWidth(name, LAYOUT.small.size) * spread + LAYOUT.fieldSwatch + LAYOUT.fieldItemGap,
      0,
    );
    const legends =
      Math.ceil(fieldsRow / column) * LAYOUT.small.line +
      height(LAYOUT.small, [mapWords(lang).legendSeveralFields], column - LAYOUT.splitIcon);
    const total = LAYOUT.mapRest + heading(title, subtitle) + LAYOUT.mapControls + Math.max(map, key) + legends + source + LAYOUT.slack;
    return { title, subtitle, height: Math.ceil(total), datasets: MAP_DATASETS };
  }
  const chart = chartById(id);
  const rows = chart.transform(data);
  const text = chart.text(rows, lang);
  // At the reference width the embed shows the wide drawing (640px), grown to the column.
  const drawing = (svgHeight(chart.render(rows, { lang, width: 640 })) * column) / 640;
  // The source line's list of figures as printed (ChartFigure), each a few characters, after the line.
  const listed = sourceLineFigures(text).map((key) => printedOf(key, data));
  const figureList = listed.length ? height(LAYOUT.small, [` (${listed.join(lang === 'ja' ? '、' : ', ')})`]) : 0;
  const total = LAYOUT.chartRest + heading(text.title, text.subtitle) + drawing + source + figureList + LAYOUT.slack;
  return { title: text.title, subtitle: text.subtitle, height: Math.ceil(total), datasets: text.datasets };
}

/** A printed figure's text by its key (`cluster-projects.<id>.companies`, `<dataset>.<row>`). */
function printedOf(key: string, data: ChartData): string {
  const [dataset, id, measure] = key.split('.') as [string, string, string | undefined];
  if (dataset === 'cluster-projects') {
    const p = data.projects.find((x) => x.id === id);
    return p && (measure === 'companies' || measure === 'universities') ? p[measure].printed : key;
  }
  const rows = (data as unknown as Record<string, { id: string; figure: { printed: string } | null }[]>)[dataset] ?? [];
  return rows.find((r) => r.id === id)?.figure?.printed ?? key;
}

/** The height attribute of the outer <svg> Plot wrote. */
function svgHeight(svg: string): number {
  // Attribute values may hold ">" (a chart's label quoting a name), so quoted values are skipped whole.
  const height = /^<svg\b(?:[^>"]|"[^"]*")*?\sheight="([\d.]+)"/.exec(svg)?.[1];
  if (height === undefined) throw new Error('a chart SVG without a height');
  return Number(height);
}
