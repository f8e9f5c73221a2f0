/**
 * The gallery's miniatures (src/figures/chart-miniature.ts): the smallest text size is read the
 * way a browser applies it (a text's own size, else the nearest ancestor's), and a miniature is
 * drawn at the width it is shown unless some of its text is smaller than 12 px, when it is drawn
 * narrower by the factor that brings that text to 12 px once shown.
 */
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/chart-registry.ts';
import { readChartData } from '../../src/collections/read-collections.ts';
import { chartMiniature, MIN_TEXT_PX, smallestFontSize } from '../../src/figures/chart-miniature.ts';

describe('smallestFontSize', () => {
  it('takes a text’s own size over its ancestors’, and an ancestor’s when it has none', () => {
    expect(smallestFontSize('<svg font-size="10"><text font-size="12">a</text><g font-size="14"><text>b</text></g></svg>')).toBe(12);
    expect(smallestFontSize('<svg font-size="10"><text>a</text><text font-size="12">b</text></svg>')).toBe(10);
  });
  it('reads a size set in a style attribute', () => {
    expect(smallestFontSize('<svg><g style="fill: red; font-size: 9px"><text>a</text></g></svg>')).toBe(9);
  });
  it('ignores empty texts, and says nothing of an SVG whose texts set no size', () => {
    expect(smallestFontSize('<svg><text font-size="6"> </text><text font-size="13">a</text></svg>')).toBe(13);
    expect(smallestFontSize('<svg><text>a</text></svg>')).toBeUndefined();
  });
});

describe('chartMiniature', () => {
  const data = readChartData();
  const shown = 340;
  it.each(CHARTS.map((c) => c.id))('%s: its text reads at 12 px or more when shown 340 px wide, and its marks are not tab stops', (id) => {
    const { svg, drawnWidth } = chartMiniature(id, data, 'ja', shown);
    expect(drawnWidth).toBeLessThanOrEqual(shown);
    const smallest = smallestFontSize(svg) ?? MIN_TEXT_PX;
    expect((smallest * shown) / drawnWidth).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    // Drawn no narrower than it must be: at the shown width whenever the text allows it.
    if (smallest >= MIN_TEXT_PX) expect(drawnWidth).toBe(shown);
    expect(new RegExp(`<svg[^>]*\\bwidth="${drawnWidth}"`).test(svg)).toBe(true);
    expect(svg).not.toContain('tabindex');
  });
});
