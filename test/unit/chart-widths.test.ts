/**
 * The widths ChartFigure draws a chart at and the container queries of styles/charts.css that
 * pick one are the same numbers: each drawing is shown from its own width up (never narrower than
 * drawn, so 12 px text stays at least 12 px) and at most MAX_UPSCALE times as wide.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_WIDTHS, DRAWING_CLASSES, EMBED_EXTRA_WIDTHS, extraDrawingClass, MAX_UPSCALE } from '../../src/charts/lib/drawn-widths.ts';

const css = readFileSync(join(import.meta.dirname, '../../src/styles/charts.css'), 'utf8');

describe('drawn widths and charts.css agree', () => {
  it('one class per width, narrowest first', () => {
    expect(DRAWING_CLASSES).toHaveLength(CHART_WIDTHS.length);
    expect([...CHART_WIDTHS].sort((a, b) => a - b)).toEqual([...CHART_WIDTHS]);
  });

  it('each wider drawing is switched on by a container query at its own width, and the narrower one off', () => {
    const queries = [...css.matchAll(/@container \(min-width: (\d+)px\) \{([^@]*)\}\s*(?=@|\.|$)/g)].map((m) => ({
      width: Number(m[1]),
      body: m[2]!,
    }));
    expect(queries.map((q) => q.width)).toEqual(CHART_WIDTHS.slice(1));
    queries.forEach((q, i) => {
      expect(q.body).toMatch(new RegExp(`\\.${DRAWING_CLASSES[i]} \\{\\s*display: none;`));
      expect(q.body).toMatch(new RegExp(`\\.${DRAWING_CLASSES[i + 1]} \\{\\s*display: block;`));
    });
  });

  it('each drawing fills its frame up to MAX_UPSCALE times its width', () => {
    CHART_WIDTHS.forEach((w, i) => {
      const max = new RegExp(`\\.${DRAWING_CLASSES[i]} \\.chart-svg \\{\\s*max-width: (\\d+)px;`).exec(css);
      expect(Number(max?.[1])).toBe(w * MAX_UPSCALE);
    });
  });

  it('an embed shows each extra drawing from its own width to the next one, grown at most MAX_UPSCALE times', () => {
    const embedCss = readFileSync(join(import.meta.dirname, '../../src/styles/embed.css'), 'utf8');
    const all = [...CHART_WIDTHS, ...EMBED_EXTRA_WIDTHS].sort((a, b) => a - b);
    for (const w of EMBED_EXTRA_WIDTHS) {
      const cls = extraDrawingClass(w);
      const next = all[all.indexOf(w) + 1]!;
      expect(embedCss).toMatch(new RegExp(`@container \\(min-width: ${w}px\\) \\{[^@]*\\.${cls} \\{\\s*display: block;`));
      expect(embedCss).toMatch(new RegExp(`@container \\(min-width: ${next}px\\) \\{[^@]*\\.${cls} \\{\\s*display: none;`));
      const max = new RegExp(`\\.${cls} \\.chart-svg \\{\\s*max-width: (\\d+)px;`).exec(embedCss);
      expect(Number(max?.[1])).toBe(w * MAX_UPSCALE);
      // Within MAX_UPSCALE of the next drawing, so no frame width grows a drawing more than that.
      expect(next / w).toBeLessThanOrEqual(MAX_UPSCALE);
    }
  });
});
