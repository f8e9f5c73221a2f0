/**
 * A chart as the gallery shows it (src/pages/[lang]/charts/index.astro): one drawing, shown
 * `shownWidth` CSS px wide, whose smallest text reads at no less than 12 px as shown. The chart is
 * drawn by its own render() at the width it is shown when its text is large enough; when a chart
 * sets some text smaller, it is drawn narrower and scaled up to the shown width by the same
 * factor, so that text still reads at 12 px. Its marks are not tab stops: the chart's page has them.
 */
import { parseHTML } from 'linkedom';
import { chartById } from '../charts/chart-registry.ts';
import type { Lang } from '../core/locales.ts';
import type { ChartData } from '../schemas/datasets.ts';

/** The least size of text in a chart as a reader sees it (editorial guide: 12 CSS px). */
export const MIN_TEXT_PX = 12;

/** The font size an element sets itself (attribute or style), in the SVG's units. */
function ownFontSize(element: Element): number | undefined {
  const size = element.getAttribute('font-size') ?? /font-size:\s*([0-9.]+)/.exec(element.getAttribute('style') ?? '')?.[1];
  return size === undefined || size === null ? undefined : Number.parseFloat(size);
}

/**
 * The smallest size at which an SVG draws text, in its own units: each text's own size or the
 * nearest ancestor's. Undefined when no text sets one (it then takes the page's, which is larger).
 */
export function smallestFontSize(svg: string): number | undefined {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const sizes = [...document.querySelectorAll('text')]
    .filter((text) => (text.textContent ?? '').trim() !== '')
    .flatMap((text) => {
      for (let e: Element | null = text; e; e = e.parentElement) {
        const size = ownFontSize(e);
        if (size !== undefined) return [size];
      }
      return [];
    });
  return sizes.length ? Math.min(...sizes) : undefined;
}

export interface ChartMiniature {
  svg: string;
  /** The width the chart was drawn at; the page shows it at `shownWidth`. */
  drawnWidth: number;
}

export function chartMiniature(id: string, data: ChartData, lang: Lang, shownWidth: number): ChartMiniature {
  const chart = chartById(id);
  const rows = chart.transform(data);
  const atShownWidth = chart.render(rows, { lang, width: shownWidth });
  const smallest = smallestFontSize(atShownWidth) ?? MIN_TEXT_PX;
  const drawnWidth = smallest >= MIN_TEXT_PX ? shownWidth : Math.floor((shownWidth * smallest) / MIN_TEXT_PX);
  const svg = drawnWidth === shownWidth ? atShownWidth : chart.render(rows, { lang, width: drawnWidth });
  return { svg: svg.replaceAll(' tabindex="0"', ''), drawnWidth };
}
