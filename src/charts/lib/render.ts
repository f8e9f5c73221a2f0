/**
 * Runs Observable Plot in Node (linkedom for the document) and turns its output into SVG text
 * the site can ship: no inline <style> (the CSP forbids it; site CSS styles .chart-svg), stable
 * class names, and every mark that has a title made a keyboard-reachable tooltip target.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export type PlotOptions = Plot.PlotOptions;

export function renderPlot(options: PlotOptions, label: string): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  // Plot's default type is 10 px: a chart that sets no size of its own gets the site's 12 px minimum.
  const node = Plot.plot({ style: { fontSize: '12px' }, ...options, document: document as unknown as Document }) as unknown as Element;
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  if (!svg) throw new Error('Plot did not return an SVG');
  for (const style of svg.querySelectorAll('style')) style.remove();
  // Plot writes `style: {fontSize}` as a style attribute, which the CSP blocks (no 'unsafe-inline'
  // for styles): carry the size as the presentation attribute instead, which it allows.
  const fontSize = /font-size:\s*([\d.]+)px/.exec(svg.getAttribute('style') ?? '')?.[1];
  if (fontSize) svg.setAttribute('font-size', fontSize);
  svg.removeAttribute('style');
  svg.setAttribute('class', 'chart-svg');
  svg.removeAttribute('font-family');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', label);
  // Plot writes a <title> into each mark that has a title channel: keep it (a native tooltip
  // without JavaScript) and make the mark focusable, named and readable by the tooltip script.
  for (const title of svg.querySelectorAll('title')) {
    const mark = title.parentNode as Element | null;
    if (!mark) continue;
    const tip = title.textContent ?? '';
    mark.setAttribute('tabindex', '0');
    mark.setAttribute('role', 'img');
    mark.setAttribute('aria-label', tip);
    mark.setAttribute('data-tip', tip);
    mark.setAttribute('class', `${mark.getAttribute('class') ?? ''} chart-tip`.trim());
  }
  // Plot names its groups with aria-label ("rule", "x-axis tick"), which ARIA does not allow on an
  // element without a role. Groups that hold values become named groups; the rest are decoration
  // (the figure's description and data table carry the content) and are hidden from assistive tech.
  for (const group of svg.querySelectorAll('[aria-label]:not([role])')) {
    if (group.querySelector('.chart-tip')) group.setAttribute('role', 'group');
    else {
      // An axis's tick labels are a scale, not figures: the number audit (test/site/number-audit.ts) skips them.
      if (/tick label$/.test(group.getAttribute('aria-label') ?? '')) group.setAttribute('data-not-figures', 'scale');
      group.removeAttribute('aria-label');
      group.removeAttribute('aria-description');
      group.setAttribute('aria-hidden', 'true');
    }
  }
  return svg.outerHTML;
}

/** The SVG's accessible name: the chart's title and its description, punctuated per language. */
export const chartLabel = (text: { title: string; description: string }, lang: 'ja' | 'en') =>
  lang === 'ja' ? `${text.title}。${text.description}` : `${text.title}. ${text.description}`;

/**
 * Plot's text options for the lines of words a chart lays out itself (labels it has already
 * wrapped, one row per line): each row's text hangs from its y at the chart's own leading.
 */
export const wordLines = (lineHeight: number, fontSize: number) =>
  ({ y: 'y', text: 'text', textAnchor: 'start', lineAnchor: 'top', lineHeight: lineHeight / fontSize, fontSize }) as const;

export { Plot };
