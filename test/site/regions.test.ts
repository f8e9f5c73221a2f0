// The bureau pages' maps and the project pages' context, in Chromium at a desktop and a phone
// width, in both languages: prefecture names that never overlap each other or a symbol and are
// never cut by the map's edge; the bureau's projects drawn as on the national map; the project
// among the others, with its computed rank and share marked and its bar highlighted; a locator
// whose mark is no field's colour. Expectations come from data/*.csv, read here independently.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIELD_COLOURS } from '../../src/core/palette.ts';
import { reusedPages, useBuiltSite, watchPages } from './browser.ts';

const site = useBuiltSite();
const watch = watchPages();

const projects = csvParse(readFileSync('data/cluster-projects.csv', 'utf8'));
const bureaus = csvParse(readFileSync('data/bureaus.csv', 'utf8'));
const LANGS = ['ja', 'en'] as const;
const WIDTHS = [1280, 390];
/** The digits of a figure as printed, e.g. 約２，１４０社 → 2140. */
const printedValue = (printed: string) => Number(printed.normalize('NFKC').replace(/[^0-9]/g, ''));
const companies = projects.map((p) => printedValue(p.companies!));

const visit = reusedPages(site, watch);
const open = (path: string, width: number): Promise<Page> => visit(path, { viewport: { width, height: 900 } });

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
const intersects = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Relative luminance and contrast ratio (WCAG) of `rgb(r, g, b)` colours. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const hexToRgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe.each(LANGS)('bureau maps (%s)', (lang) => {
  describe.each(WIDTHS)('at %i px', (width) => {
    it.each(bureaus.map((b) => b.id!))('%s: every prefecture named, no two names overlap, none over a symbol or cut off', async (id) => {
      const bureau = bureaus.find((b) => b.id === id)!;
      const page = await open(`/${lang}/bureaus/${id}/`, width);
      const map = await page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('svg.region-map')!;
        const box = (el: Element) => {
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        };
        return {
          svg: box(svg),
          labels: [...svg.querySelectorAll<SVGTextElement>('text.prefecture-label')].map((t) => ({
            code: t.dataset.prefecture ?? '',
            text: t.textContent ?? '',
            box: box(t),
            fontPx: Number.parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0),
          })),
          symbols: [...svg.querySelectorAll('a.symbol .symbol-edge')].map(box),
        };
      });
      expect(map.labels.map((l) => l.code).sort()).toEqual(bureau.prefectures!.split(/\s+/).sort());
      for (const l of map.labels) {
        expect(l.text.trim(), l.code).not.toBe('');
        // Inside the SVG's box, which is its viewBox scaled: nothing is clipped.
        expect(l.box.x, `${l.text} left`).toBeGreaterThanOrEqual(map.svg.x);
        expect(l.box.y, `${l.text} top`).toBeGreaterThanOrEqual(map.svg.y);
        expect(l.box.x + l.box.width, `${l.text} right`).toBeLessThanOrEqual(map.svg.x + map.svg.width);
        expect(l.box.y + l.box.height, `${l.text} bottom`).toBeLessThanOrEqual(map.svg.y + map.svg.height);
        expect(l.fontPx, `${l.text} size on screen`).toBeGreaterThanOrEqual(11.9);
      }
      for (const [i, a] of map.labels.entries()) {
        for (const b of map.labels.slice(i + 1)) expect(intersects(a.box, b.box), `${a.text} / ${b.text}`).toBe(false);
        for (const s of map.symbols) {
          // A circle, not its box: the nearest point of the label to the centre lies outside the radius.
          const [cx, cy, r] = [s.x + s.width / 2, s.y + s.height / 2, s.width / 2];
          const nx = Math.max(a.box.x, Math.min(cx, a.box.x + a.box.width));
          const ny = Math.max(a.box.y, Math.min(cy, a.box.y + a.box.height));
          expect(Math.hypot(nx - cx, ny - cy), `${a.text} over a symbol`).toBeGreaterThanOrEqual(r - 0.5);
        }
      }
    });
  });

  it.each(bureaus.map((b) => b.id!))("%s: one symbol per project of the bureau, named, at the national map's size", async (id) => {
    const own = projects.filter((p) => p.bureau === id);
    const page = await open(`/${lang}/bureaus/${id}/`, 1280);
    const symbols = await page.$$eval('svg.region-map a.symbol', (els) =>
      els.map((a) => ({
        id: a.getAttribute('data-project'),
        label: a.getAttribute('aria-label') ?? '',
        transform: a.getAttribute('transform'),
      })),
    );
    expect(symbols.map((s) => s.id).sort()).toEqual(own.map((p) => p.id).sort());
    for (const s of symbols) {
      const p = own.find((o) => o.id === s.id)!;
      expect(s.label).toContain(lang === 'ja' ? p.name_ja : p.name_en);
    }
    const national = await open(`/${lang}/map/`, 1280);
    for (const s of symbols) {
      expect(await national.getAttribute(`svg a.symbol[data-project="${s.id}"]`, 'data-transform-companies')).toBe(s.transform);
    }
  });
});

describe.each(LANGS)('project pages (%s)', (lang) => {
  it.each(projects.map((p) => p.id!))(
    '%s: rank and share marked as computed, the project highlighted in its bar chart and table',
    async (id) => {
      const i = projects.findIndex((p) => p.id === id);
      const rank = companies.filter((v) => v > companies[i]!).length + 1;
      const page = await open(`/${lang}/projects/${id}/`, 390);
      const found = await page.evaluate(() => {
        const facts = [...document.querySelectorAll('.facts dd')].map((dd) => ({
          text: dd.textContent ?? '',
          marks: [...dd.querySelectorAll('sup.computed-mark a')].map((a) => a.getAttribute('href')),
        }));
        const fill = (sel: string) =>
          [...document.querySelectorAll(`svg[data-rank-bars] ${sel} rect.bar`)].map((r) => getComputedStyle(r).fill);
        const current = document.querySelector('svg[data-rank-bars] .is-current');
        const row = document.querySelector('.project-context tr.is-current');
        return {
          facts,
          currentFills: fill('.is-current'),
          otherFills: [...new Set([...fill('.is-group'), ...fill('.is-other')])],
          currentWidth: current?.querySelector('rect')?.getBoundingClientRect().width ?? 0,
          currentName: [...(current?.querySelectorAll('text.rank-name') ?? [])].map((t) => t.textContent).join(' '),
          bars: document.querySelectorAll('svg[data-rank-bars] rect.bar').length,
          rowRank: row?.querySelector('td')?.textContent?.trim(),
          headMarks: [...document.querySelectorAll('.project-context thead sup.computed-mark a')].map((a) => a.getAttribute('href')),
          noteIds: [...document.querySelectorAll('.computed-note')].map((n) => n.id),
        };
      });
      const p = projects[i]!;
      const rankText = lang === 'ja' ? `${projects.length}プロジェクト中${rank}位` : `rank ${rank} of ${projects.length}`;
      const companiesFact = found.facts.find((f) => f.text.includes(rankText));
      expect(companiesFact, rankText).toBeDefined();
      expect(companiesFact!.text).toMatch(/[0-9.]+%/);
      expect(companiesFact!.marks).toEqual(['#project-computed']);
      expect(found.noteIds).toContain('project-computed');
      expect(found.bars).toBe(projects.length);
      expect(found.currentFills).toHaveLength(1);
      expect(found.otherFills).not.toContain(found.currentFills[0]);
      expect(found.currentWidth).toBeGreaterThan(0);
      expect(found.currentName.replace(/\s+/g, '')).toBe((lang === 'ja' ? p.name_ja! : p.name_en!).replace(/\s+/g, ''));
      expect(found.rowRank).toBe(lang === 'ja' ? `${rank}位` : String(rank));
      expect(found.headMarks).toEqual(['#project-computed', '#project-computed']);
    },
  );

  it.each(['kanto-bio-ventures', 'okinawa-industry-promotion'])(
    '%s: the locator marks the project in a colour no field uses, at 3:1 or more',
    async (id) => {
      const page = await open(`/${lang}/projects/${id}/`, 1280);
      const mark = await page.evaluate(() => {
        const svg = document.querySelector('svg.locator-map')!;
        const style = (sel: string) => getComputedStyle(svg.querySelector(sel)!).fill;
        return {
          dot: style('.locator-dot'),
          halo: style('.locator-halo'),
          bureau: style('.bureau-area.is-highlighted .prefecture'),
          symbols: svg.querySelectorAll('a.symbol').length,
          marks: svg.querySelectorAll('[data-locator-mark]').length,
        };
      });
      expect(mark.marks).toBe(1);
      expect(mark.symbols).toBe(0);
      const fieldColours = Object.values(FIELD_COLOURS).map(hexToRgb);
      expect(fieldColours).not.toContain(mark.dot);
      expect(fieldColours).not.toContain(mark.halo);
      expect(contrast(mark.dot, mark.halo)).toBeGreaterThanOrEqual(3);
      expect(contrast(mark.halo, mark.bureau)).toBeGreaterThanOrEqual(3);
    },
  );
});
