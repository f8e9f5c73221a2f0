/** What every chart module produces: the SVG and everything the page shows around it. */
import type { DerivedFigure } from '../../derived/derived-figure.ts';
import type { Lang } from '../../core/locales.ts';
import type { ChartData } from '../../schemas/datasets.ts';

export interface RenderOptions {
  lang: Lang;
  /** Width in CSS pixels the SVG is drawn for; pages and embeds draw one per width in drawn-widths.ts. */
  width: number;
}

export interface ChartTable {
  caption: string;
  /** Column headings; numeric columns are right-aligned when `numeric[i]` is true. */
  head: string[];
  numeric: boolean[];
  /** Columns of figures the site computed (their heading says so too); the downloads mark them. */
  computed: boolean[];
  rows: string[][];
  /**
   * Parallel to `rows`, for the figure downloads: for a numeric cell, the number it shows, taken
   * from the data the chart holds (a figure's value in its unit: yen, percent as 0–100, fractions
   * as 0–1; a share of a whole in percent; a count), never read back from the text; null for
   * text cells and for numeric cells that say a value is not given.
   */
  values: (number | null)[][];
  /**
   * Set when the rows are projects, more than a page should carry: the page's table shows only the
   * first this many (what the chart draws) and links the projects index and the figure's CSV for
   * the rest. `rows` keeps every project, for the downloads.
   */
  projectsShown?: number;
}

export interface ChartText {
  /**
   * A headline stating the finding, from the data: at most about 12 words in English and 30
   * characters in Japanese (test/unit/chart-headlines.test.ts); what does not fit goes in the subtitle.
   */
  title: string;
  /** What is measured, and in which unit (and the figures behind the headline that it has no room for). */
  subtitle: string;
  /** Text alternative generated from the data: the kind of chart, the extremes, the key comparison. */
  description: string;
  table: ChartTable;
  /** Method notes and caveats for the reader (approximate figures, what the source does not give). */
  notes: string[];
  /**
   * How the figures were read from the source's extracted text (values printed away from their
   * labels, assigned in reading order): shown on the chart's page, not in embeds.
   */
  transcription: string[];
  /** Every computed figure the chart shows (src/derived/catalogue.ts), for its "computed from" note. */
  computed: DerivedFigure[];
  /**
   * Keys of the printed figures the chart shows (`cluster-projects.<id>.companies`,
   * `<dataset>.<row>`): the source pages list the chart under each of them.
   */
  figures: string[];
  /** Source id and pages, for the source line. */
  source: { id: string; pages: number[] };
  /** Dataset ids the chart is built from, for the links to the downloads. */
  datasets: string[];
}

/** A chart module: pure transform, words, and the drawing. */
export interface ChartModule<Rows> {
  id: string;
  transform(data: ChartData): Rows;
  text(rows: Rows, lang: Lang): ChartText;
  render(rows: Rows, options: RenderOptions): string;
}
