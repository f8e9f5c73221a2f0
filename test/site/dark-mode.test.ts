/**
 * Dark mode, in Chromium emulating prefers-color-scheme: dark over the built site: the map and the
 * charts sit on the page's own dark paper (no light card), their text keeps 4.5:1 against what is
 * behind it, their marks 3:1 against the paper (the map's symbols by their edge against the land),
 * and axe finds no WCAG 2.2 AA violation. Colours are read from the page, none typed here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { keptPages, useBuiltSite, watchPages } from './browser.ts';

const site = useBuiltSite();
const watch = watchPages();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Pages with a map or charts; the front page joins them when it shows the map. */
const DRAWN = [
  '/ja/',
  '/en/',
  '/en/map/',
  '/ja/map/',
  '/ja/charts/',
  '/en/charts/collaboration-by-firm-size/',
  '/ja/outcomes/',
  '/en/bureaus/kyushu/',
];
// A project page's drawings (a locator without words, a bar chart in the page's own colours) are checked by axe.
const PAGES = [...DRAWN, '/ja/projects/hokkaido-cluster/'];

// One page per width, navigated from page to page (keptPages): a fresh document for half the CPU.
let current = '';
const kept = keptPages(async (options) => {
  const page = await (await site.browser.newContext(options)).newPage();
  page.on('pageerror', (error) => watch.errors.push(`${current}: ${error.message}`));
  return page;
});
async function open(path: string, width = 1280): Promise<Page> {
  const page = await kept({ viewport: { width, height: 900 }, colorScheme: 'dark', bypassCSP: true });
  current = path;
  await page.goto(site.server.origin + path);
  return page;
}

interface Finding {
  what: string;
  ratio: number;
  needed: number;
}

/**
 * In the page: the backgrounds behind every map and chart, and the contrast of their text and
 * marks. A text's background is the filled shape under its centre in the same drawing, else the
 * page's paper.
 */
function measure(): { paper: string; cards: string[]; findings: Finding[]; counted: number } {
  const rgb = (c: string): [number, number, number, number] => {
    const m = c.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
    return [m[0]!, m[1]!, m[2]!, m.length > 3 ? m[3]! : 1];
  };
  const over = (top: string, under: [number, number, number], opacity = 1): [number, number, number] => {
    const [r, g, b, a] = rgb(top);
    const k = a * opacity;
    return [r * k + under[0] * (1 - k), g * k + under[1] * (1 - k), b * k + under[2] * (1 - k)];
  };
  const lum = ([r, g, b]: [number, number, number]) => {
    const f = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (a: [number, number, number], b: [number, number, number]) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
    return (x + 0.05) / (y + 0.05);
  };
  const paperCss = getComputedStyle(document.body).backgroundColor;
  const paperRaw = rgb(paperCss)[3] === 0 ? getComputedStyle(document.documentElement).backgroundColor : paperCss;
  const paper = over(paperRaw, [255, 255, 255]);
  const drawings = [...document.querySelectorAll<SVGSVGElement>('svg.chart-svg, svg.map')].filter((svg) => svg.getClientRects().length > 0);
  // Every box between a drawing and the body: none may paint a background of its own.
  const cards: string[] = [];
  for (const svg of drawings) {
    for (let el: Element | null = svg; el && el !== document.body; el = el.parentElement) {
      const bg = getComputedStyle(el).backgroundColor;
      if (rgb(bg)[3] > 0 && ratio(over(bg, paper), paper) > 1.05)
        cards.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${bg}`);
    }
  }
  const findings: Finding[] = [];
  let counted = 0;
  const check = (what: string, a: [number, number, number], b: [number, number, number], needed: number) => {
    counted++;
    const r = ratio(a, b);
    if (r < needed) findings.push({ what, ratio: Math.round(r * 100) / 100, needed });
  };
  for (const svg of drawings) {
    const name = svg.classList.contains('map') ? 'map' : (svg.closest('[data-chart]')?.getAttribute('data-chart') ?? 'chart');
    for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
      if (text.getBoundingClientRect().width === 0 || !(text.textContent ?? '').trim()) continue;
      // Hit-testing sees only the viewport.
      text.scrollIntoView({ block: 'center', inline: 'center' });
      const box = text.getBoundingClientRect();
      const style = getComputedStyle(text);
      // The shape under the text: hit-test with the text itself out of the way.
      const old = text.style.visibility;
      text.style.visibility = 'hidden';
      const under = document
        .elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)
        .find(
          (el) =>
            svg.contains(el) &&
            el !== svg &&
            el instanceof SVGGeometryElement &&
            getComputedStyle(el).fill !== 'none' &&
            !(el instanceof SVGTextElement),
        );
      text.style.visibility = old;
      const behind = under ? over(getComputedStyle(under).fill, paper, Number(getComputedStyle(under).fillOpacity)) : paper;
      const ink = over(style.fill, behind, Number(style.fillOpacity) * Number(style.opacity));
      const size =
        Number.parseFloat(style.fontSize) *
        (svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width));
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      check(`${name} text “${text.textContent}”`, ink, behind, large ? 3 : 4.5);
    }
    if (name === 'map') {
      for (const edge of svg.querySelectorAll<SVGElement>('.symbol-edge')) {
        const land = [...svg.querySelectorAll<SVGElement>('.prefecture')].map((p) => getComputedStyle(p).fill);
        for (const fill of new Set(land))
          check(`map symbol edge on land ${fill}`, over(getComputedStyle(edge).stroke, paper), over(fill, paper), 3);
        break;
      }
      for (const wedge of svg.querySelectorAll<SVGElement>('.wedge'))
        check(`map field colour ${getComputedStyle(wedge).fill}`, over(getComputedStyle(wedge).fill, paper), paper, 3);
    } else {
      for (const mark of svg.querySelectorAll<SVGElement>('.chart-tip'))
        check(`${name} mark ${getComputedStyle(mark).fill}`, over(getComputedStyle(mark).fill, paper), paper, 3);
    }
  }
  return { paper: paperRaw, cards, findings, counted };
}

describe('dark mode', () => {
  it.each(DRAWN)('%s draws its map and charts on the dark paper, with the contrast of the light mode', async (path) => {
    const page = await open(path);
    const result = await page.evaluate(measure);
    // The paper is dark.
    const [r, g, b] = result.paper.match(/\d+/g)!.map(Number) as [number, number, number];
    expect(r + g + b, result.paper).toBeLessThan(150);
    expect(result.counted, 'texts and marks measured').toBeGreaterThan(3);
    expect(result.cards).toEqual([]);
    // Unique findings, so one wrong rule reads as one line.
    expect([...new Set(result.findings.map((f) => `${f.what}: ${f.ratio} < ${f.needed}`))]).toEqual([]);
  });

  it.each(PAGES)('%s has no WCAG 2.2 AA violations (axe-core)', async (path) => {
    const page = await open(path);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('; ')}`);
    });
    expect(violations).toEqual([]);
  });

  it('keeps the phone layout readable: the map and a chart on the dark paper at 390 px', async () => {
    for (const path of ['/ja/map/', '/ja/charts/companies-by-bureau/']) {
      const page = await open(path, 390);
      const result = await page.evaluate(measure);
      expect(result.cards, path).toEqual([]);
      expect([...new Set(result.findings.map((f) => `${f.what}: ${f.ratio} < ${f.needed}`))], path).toEqual([]);
    }
  });
});
