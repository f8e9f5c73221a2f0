/**
 * Horizontal percentage bars with wrapped labels on the left and the printed value at each bar's
 * end: the shape of the slides' simple share charts (innovation-source, phase1-firm-impact).
 */
import type { Lang } from '../../core/locales.ts';
import { formatFigure } from '../../i18n/figure-format.ts';
import type { Figure } from '../../schemas/figure.ts';
import { renderPlot, Plot } from './render.ts';
import { labelMargin } from '../../text/text-width.ts';
import { wrapText } from '../../text/wrap-text.ts';

export interface PercentBar {
  id: string;
  /** The bar's label, wrapped to fit the left margin. */
  label: string;
  figure: Figure;
}

export interface PercentBarsOptions {
  lang: Lang;
  width: number;
  /** Accessible name of the whole chart. */
  ariaLabel: string;
  axisLabel: string;
  fill: string | ((bar: PercentBar) => string);
  /** How labels are broken into lines (wrapText, or balancedWrapText for even lines). */
  wrap?: (text: string, maxWidth: number, fontSize: number) => string[];
  tickSpacing?: number;
}

export function renderPercentBars(
  input: PercentBar[],
  { lang, width, ariaLabel, axisLabel, fill, wrap = wrapText, tickSpacing }: PercentBarsOptions,
): string {
  const fontSize = 12;
  const labelWidth = Math.min(width * 0.4, 200);
  const bars = input.map((b) => ({
    ...b,
    lines: wrap(b.label, labelWidth, fontSize),
    value: b.figure.value,
    tip: `${b.label}: ${formatFigure(b.figure, lang)}`,
  }));
  const lineCount = Math.max(...bars.map((b) => b.lines.length));
  return renderPlot(
    {
      width,
      height: 70 + bars.length * Math.max(44, lineCount * 16 + 20),
      marginBottom: 44,
      marginLeft: labelMargin(
        bars.flatMap((b) => b.lines),
        fontSize,
      ),
      marginRight: 56,
      style: { fontSize: `${fontSize}px` },
      x: {
        domain: [0, Math.ceil(Math.max(...bars.map((b) => b.value)) / 10) * 10],
        label: axisLabel,
        labelAnchor: 'right',
        labelArrow: 'none',
        labelOffset: 36,
        grid: true,
        ...(tickSpacing === undefined ? {} : { tickSpacing }),
      },
      y: { domain: bars.map((b) => b.id), tickFormat: (id: string) => bars.find((b) => b.id === id)!.lines.join('\n'), label: null },
      marks: [
        Plot.barX(bars, { x: 'value', y: 'id', fill: typeof fill === 'string' ? fill : (d: PercentBar) => fill(d), title: 'tip' }),
        Plot.text(bars, {
          x: 'value',
          y: 'id',
          text: (d: (typeof bars)[0]) => formatFigure(d.figure, lang),
          textAnchor: 'start',
          dx: 6,
          fontWeight: 'bold',
        }),
        Plot.ruleX([0]),
      ],
    },
    ariaLabel,
  );
}
