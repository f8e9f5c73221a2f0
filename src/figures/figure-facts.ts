/**
 * What an embed needs to say about a figure before it is loaded: its title (the iframe's
 * accessible name, the oEmbed title) and a default height for a plain iframe, computed from
 * the same data and renders the figure's page uses.
 */
import { mapFinding, mapFindingFigures } from './figure-text.ts';
import { sourceLineFigures } from '../charts/lib/table.ts';
import { catalogueOf } from '../derived/catalogue.ts';
import type { DerivedFigure } from '../derived/derived-figure.ts';
import { COMPUTED_WORDS, computedNotes } from '../derived/computed-words.ts';
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
}

/**
 * The reference iframe: a typical article column. Charts draw their wide version at this
 * width (ChartFigure), so heights computed here match what most hosts show.
 */
export const EMBED_REFERENCE_WIDTH = 680;

/**
 * The embed page's layout (src/styles/embed.css, global.css, charts.css, map.css) in pixels at
 * the reference width, measured in Chromium: what the height estimate adds around the drawing.
 */
const LAYOUT = {
  /** Side padding of the page; text wraps within the rest. */
  paddingInline: 16,
  /** Title (bold, 1.25rem), subtitle (1rem), notes and source line (0.9rem): font size and line height. */
  title: { size: 20.5, line: 26 },
  subtitle: { size: 16, line: 27 },
  small: { size: 14.4, line: 24.5 },
  /** Notes are indented by their bullets. */
  notesIndent: 20,
  /** Lines of the source line, which names the publisher, the document and its date. */
  sourceLines: { ja: 2, en: 3 },
  /** Everything else: page padding, margins, the closed data table, the credit and link strip. */
  chartRest: 133,
  mapRest: 145,
  /** The closed share-and-download panel under the figure (its summary line and margin). */
  sharePanel: 40,
  /** The map's filter and measure buttons (two rows) and its legends, wrapped below it. */
  mapControls: 122,
  /**
   * The map's legends, a column 256 px wide under the map (its notes counted at 236, since the
   * width of words is estimated): a heading, a line per field, the notes
   * (measured from their words), and what is left: headings' and lists' margins.
   */
  legendWidth: 236,
  legendIcon: 24,
  legendMargins: 104,
  /**
   * Under the narrow label set the map stops growing at this width (map.css, the national-map
   * container query), and the key of its numbers follows: a heading, then the names in two
   * columns (0.9rem, 1.5rem apart, indented 2em).
   */
  narrowMapMax: 560,
  keyGap: 24,
  keyIndent: 29,
  keyMargins: 12,
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
  slack: 40,
};

export function figureFacts(data: ChartData, lang: Lang, id: string): FigureFacts {
  assertFigure(id);
  const column = EMBED_REFERENCE_WIDTH - 2 * LAYOUT.paddingInline;
  // Words are measured in the image font but drawn in the reader's, so they are wrapped as if the column were narrower.
  const height = (type: { size: number; line: number }, texts: string[], width = column) =>
    texts.reduce((sum, text) => sum + wrapText(text, width / LAYOUT.readerFontSpread[lang], type.size).length * type.line, 0);
  const heading = (title: string, subtitle: string) => height(LAYOUT.title, [title]) + height(LAYOUT.subtitle, [subtitle]);
  const source = LAYOUT.sourceLines[lang] * LAYOUT.small.line;
  // The note on computed figures (ComputedNote): one line per formula, then the rule of precision.
  const computed = (figures: DerivedFigure[]) => {
    const notes = computedNotes(figures, lang);
    if (!notes.length) return 0;
    const words = COMPUTED_WORDS[lang];
    const lines = notes.map((n) => `${words.from(t(lang).pagesN(n.pages))}${lang === 'ja' ? '：' : ': '}${n.formula}`);
    // .computed-note has 0.5rem above and below, each entry 0.15rem.
    return height(LAYOUT.small, [...lines, words.precision], column - LAYOUT.notesIndent) + 16 + 5 * notes.length;
  };

  if (id === MAP_FIGURE_ID) {
    const title = mapFinding(data, lang);
    const subtitle = t(lang).mapSubtitle(data.projects.length);
    // At this width the map fills the column, keeping its aspect ratio, and its legends wrap below.
    const { viewBox } = japanGeometry();
    const mapWidth = Math.min(column, LAYOUT.narrowMapMax);
    const map = (mapWidth * (viewBox.y1 - viewBox.y0)) / (viewBox.x1 - viewBox.x0);
    const keyColumn = (column - LAYOUT.keyGap) / 2 - LAYOUT.keyIndent;
    const keyLines = data.projects.reduce(
      (n, p) => n + wrapText(pick(p, 'name', lang), keyColumn / LAYOUT.readerFontSpread[lang], LAYOUT.small.size).length,
      0,
    );
    const key = LAYOUT.small.line * (1 + Math.ceil(keyLines / 2)) + LAYOUT.keyMargins;
    const credit = LAYOUT.small.line;
    const shares = data.projects.map((p) => catalogueOf(data).get(`project.${p.id}.companies-share`));
    const notes = computed([...mapFindingFigures(data), ...shares]);
    const ui = t(lang);
    const fields = new Set(data.projects.flatMap((p) => p.fields)).size;
    const unit = ui.unitCompanies;
    const legends =
      LAYOUT.small.line * (2 + fields) +
      height(LAYOUT.small, [ui.legendMultiField], LAYOUT.legendWidth - LAYOUT.legendIcon) +
      height(LAYOUT.small, [ui.legendSizeText('2,000, 500, 100', unit), ui.mapInset], LAYOUT.legendWidth) +
      LAYOUT.legendMargins;
    const total =
      LAYOUT.mapRest +
      LAYOUT.sharePanel +
      heading(title, subtitle) +
      LAYOUT.mapControls +
      map +
      key +
      legends +
      source +
      notes +
      credit +
      LAYOUT.slack;
    return { title, subtitle, height: Math.ceil(total) };
  }
  const chart = chartById(id);
  const rows = chart.transform(data);
  const text = chart.text(rows, lang);
  // ChartFigure draws the wide version at 640px, which the reference column shows unscaled.
  const drawing = svgHeight(chart.render(rows, { lang, width: 640 }));
  const notes = height(LAYOUT.small, text.notes, column - LAYOUT.notesIndent);
  // The source line's list of figures as printed (ChartFigure), each a few characters, after the line.
  const listed = sourceLineFigures(text).map((key) => printedOf(key, data));
  const figureList = listed.length ? height(LAYOUT.small, [` (${listed.join(lang === 'ja' ? '、' : ', ')})`]) : 0;
  const total =
    LAYOUT.chartRest +
    LAYOUT.sharePanel +
    heading(text.title, text.subtitle) +
    drawing +
    notes +
    source +
    figureList +
    computed(text.computed) +
    LAYOUT.slack;
  return { title: text.title, subtitle: text.subtitle, height: Math.ceil(total) };
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
