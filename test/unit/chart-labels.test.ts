/**
 * No value label is dropped at any width: every figure a chart's table prints (its digits, as
 * "13.3" in "13.3%" or "2,140" in "約2,140社") is written as visible text in the SVG at every
 * width the site draws it (charts/lib/drawn-widths.ts), not only in a tooltip. And no chart
 * draws text smaller than 12 px before it is scaled (ChartFigure never shows it smaller).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/chart-registry.ts';
import { CHART_WIDTHS, EMBED_EXTRA_WIDTHS } from '../../src/charts/lib/drawn-widths.ts';
import { LANGS } from '../../src/core/locales.ts';
import { chartFixture } from '../chart-support.ts';

/**
 * Columns of a table that the chart does not draw, by design, with the reason. Nothing else may
 * be missing from a drawing.
 */
const TABLE_ONLY: Record<string, { column: number; why: string }> = {
  'cocreation-budget': { column: 3, why: 'the shares of each whole are computed for the table; the chart draws the amounts' },
  'companies-by-bureau': {
    column: 1,
    why: 'the projects under each bureau are counted for the table; the chart draws companies and universities',
  },
};

/** The text a reader sees in the drawing: every <text>, without tooltips (<title>) or an axis's numbers (a scale). */
function visibleText(svg: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  for (const node of document.querySelectorAll('title')) node.remove();
  const texts = [...document.querySelectorAll('text')].filter(
    (t) => !(t.closest('[data-not-figures="scale"]') && /^[\d.,\s%]+$/.test(t.textContent ?? '')),
  );
  return texts.map((t) => (t.textContent ?? '').replace(/\s+/g, ' ')).join(' | ');
}

/** The figures of a table cell: each run of digits with its separators ("2,140", "13.3", "1/2", "3.0"). */
const numbersIn = (cell: string) => cell.match(/\d[\d,./]*\d|\d/g) ?? [];

/** Whether `n` stands in `text` as a number of its own ("7" in "7 projects", not in "70" or "1.7"). */
const hasNumber = (text: string, n: string) => new RegExp(`(?<![\\d.,/])${n.replace(/[./]/g, '\\$&')}(?![\\d,/]|\\.\\d)`).test(text);

/** Font sizes written on the SVG and its elements (attribute or Plot's own), in px. */
function fontSizes(svg: string): number[] {
  return [...svg.matchAll(/font-size(?:="|:\s*)([\d.]+)/g)].map((m) => Number(m[1]));
}

const data = chartFixture();

describe('every chart labels every figure of its table at every drawn width', () => {
  for (const chart of CHARTS) {
    const rows = chart.transform(data);
    for (const lang of LANGS) {
      const t = chart.text(rows, lang);
      const drawn = (i: number) => t.table.numeric[i] && TABLE_ONLY[chart.id]?.column !== i;
      const wanted = t.table.rows.flatMap((row) => row.flatMap((cell, i) => (drawn(i) ? numbersIn(cell) : [])));
      for (const width of [...CHART_WIDTHS, ...EMBED_EXTRA_WIDTHS]) {
        it(`${chart.id} (${lang}, ${width} px) shows ${wanted.length} figures as text, and no text under 12 px`, () => {
          expect(wanted.length).toBeGreaterThan(0);
          const svg = chart.render(rows, { lang, width });
          const texts = visibleText(svg);
          const missing = wanted.filter((n) => !hasNumber(texts, n));
          expect(missing, `not in the drawing: ${missing.join(', ')}`).toEqual([]);
          const sizes = fontSizes(svg);
          expect(sizes.length).toBeGreaterThan(0);
          expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
        });
      }
    }
  }
});
