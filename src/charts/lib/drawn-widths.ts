/**
 * The widths a chart is drawn at for the site's pages and embeds, in CSS pixels. The figure picks
 * the widest drawing its own box can hold (container queries in styles/charts.css, which repeat
 * these numbers; test/unit/chart-widths.test.ts keeps them equal), so a drawing is never shown
 * narrower than drawn and its 12 px labels never read smaller than 12 px. The narrowest is the
 * smallest column the site and its embeds lay out (a 360 px screen or frame, less its margins).
 */
export const CHART_WIDTHS = [320, 480, 640] as const;

/** How far a drawing may be scaled up to fill a wider box (its labels then read at up to 15 px). */
export const MAX_UPSCALE = 1.25;

/** The class of each drawing's wrapper, narrowest first (styles/charts.css shows one at a time). */
export const DRAWING_CLASSES = ['chart-narrow', 'chart-medium', 'chart-wide'] as const;

/**
 * An embed's frame may be any width of an article column, and a drawing scaled up grows in height
 * too: embeds also draw the steps between (styles/embed.css shows them, by the same numbers), so
 * a chart fills a 600 px column from its 560 px drawing (×1.07), not its 480 px one (×1.25).
 */
export const EMBED_EXTRA_WIDTHS = [400, 560] as const;

/** The wrapper class of an embed's extra drawing. */
export const extraDrawingClass = (width: number): string => `chart-w${width}`;
