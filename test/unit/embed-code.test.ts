/**
 * The embed code a journalist pastes: an iframe that works alone (absolute address, title,
 * lazy, full width, a fixed height) plus the loader script, with the title escaped so that no
 * figure title can break out of its attribute. Parsed back with an HTML parser, as a host
 * page would read it.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { embedCode, embedFacts, embedUrl, EMBED_REFERENCE_WIDTH } from '../../src/embeds/embed-code.ts';
import { escapeXml } from '../../src/core/xml.ts';
import { embedSnippet, imageSnippet } from '../../src/embeds/snippet.ts';
import { forcedTheme, sharePanelOff } from '../../src/embeds/theme.ts';
import { EMBED_LOADER_PATH, FIGURE_IDS, MAP_FIGURE_ID, figurePaths } from '../../src/figures/figure-registry.ts';
import { LANGS } from '../../src/core/locales.ts';
import { absoluteUrl, siteOrigin } from '../../src/core/urls.ts';
import { readChartData } from '../../src/collections/read-collections.ts';
import { chartById } from '../../src/charts/chart-registry.ts';
import { japanGeometry } from '../../src/map/geometry.ts';

function parse(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const iframes = [...document.querySelectorAll('iframe')];
  const scripts = [...document.querySelectorAll('script')];
  return { document, iframes, scripts, iframe: iframes[0]!, script: scripts[0]! };
}

describe('embedSnippet', () => {
  const parts = {
    src: 'https://atlas.example/embed/en/x/?theme=dark&a=b',
    title: 'A "quoted" <b>title</b> & \'more\'',
    height: 480.4,
    loader: 'https://atlas.example/embed.js',
  };

  it('escapes the title so it stays one attribute, and reads back unchanged', () => {
    const html = embedSnippet(parts);
    expect(html).not.toContain('<b>');
    const { iframes, scripts, iframe, document } = parse(html);
    expect(iframes).toHaveLength(1);
    expect(scripts).toHaveLength(1);
    expect(document.querySelectorAll('b')).toHaveLength(0);
    expect(iframe.getAttribute('title')).toBe(parts.title);
    expect(iframe.getAttribute('src')).toBe(parts.src);
  });

  it('sizes the frame by attributes and by style, in whole pixels, with no border', () => {
    const { iframe } = parse(embedSnippet(parts));
    expect(iframe.getAttribute('width')).toBe('100%');
    expect(iframe.getAttribute('height')).toBe('480');
    expect(iframe.getAttribute('style')).toContain('height:480px');
    expect(iframe.getAttribute('style')).toContain('border:0');
    expect(iframe.getAttribute('loading')).toBe('lazy');
  });

  it('loads the loader asynchronously', () => {
    const { script } = parse(embedSnippet(parts));
    expect(script.getAttribute('src')).toBe(parts.loader);
    expect(script.hasAttribute('async')).toBe(true);
  });

  it('escapeXml escapes the five characters that matter and nothing else', () => {
    expect(escapeXml(`<a href="x">'&'</a> 産業・’`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; 産業・’');
  });
});

describe('imageSnippet', () => {
  const parts = {
    image: 'https://atlas.example/downloads/en/map.png',
    alt: 'Bars: "A" <b>leads</b> & B',
    page: 'https://atlas.example/en/map/?field=bio&measure=universities',
    credit: 'Source: <Cluster Atlas>, page 3',
  };

  it('is a picture linked to the figure’s page, its description as alt, the credit and the address as caption', () => {
    const { document } = parse(imageSnippet(parts));
    const imgs = [...document.querySelectorAll('img')];
    expect(imgs).toHaveLength(1);
    expect(imgs[0]!.getAttribute('src')).toBe(parts.image);
    expect(imgs[0]!.getAttribute('alt')).toBe(parts.alt);
    expect(imgs[0]!.closest('a')?.getAttribute('href')).toBe(parts.page);
    expect(document.querySelectorAll('b, script, iframe')).toHaveLength(0);
    const caption = document.querySelector('figcaption');
    expect(caption?.textContent).toContain(parts.credit);
    expect(caption?.querySelector('a')?.getAttribute('href')).toBe(parts.page);
  });
});

describe.each(LANGS)('embedCode(%s, …)', (lang) => {
  it.each(FIGURE_IDS)('%s: absolute embed URL, the figure title, lazy, the loader', (id) => {
    const { iframe, script } = parse(embedCode(lang, id));
    const src = new URL(iframe.getAttribute('src')!);
    expect(src.href).toBe(absoluteUrl(figurePaths(lang, id).embed));
    expect(`${src.origin}/`).toBe(siteOrigin());
    expect(src.pathname.endsWith(`/embed/${lang}/${id}/`)).toBe(true);
    const { title, height } = embedFacts(lang, id);
    expect(title.trim()).not.toBe('');
    expect(iframe.getAttribute('title')).toBe(title);
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(Number(iframe.getAttribute('height'))).toBe(height);
    expect(script.getAttribute('src')).toBe(absoluteUrl(EMBED_LOADER_PATH));
    expect(new URL(script.getAttribute('src')!).origin).toBe(src.origin);
  });

  it('gives each figure a height from its own drawing, with room for the words around it', () => {
    const heights = FIGURE_IDS.map((id) => embedFacts(lang, id).height);
    for (const h of heights) expect(h).toBeGreaterThan(EMBED_REFERENCE_WIDTH / 2);
    const charts = FIGURE_IDS.filter((id) => id !== MAP_FIGURE_ID);
    expect(new Set(charts.map((id) => embedFacts(lang, id).height)).size).toBeGreaterThan(1);
    // Each chart's drawing at the reference width (Plot's height attribute), and the map drawn at
    // its compact width (embed.css), both lie inside the estimate with a title and a source line to spare.
    const data = readChartData();
    for (const id of charts) {
      const chart = chartById(id);
      const svg = chart.render(chart.transform(data), { lang, width: 640 });
      const drawn = Number(/<svg\b(?:[^>"]|"[^"]*")*?\sheight="([\d.]+)"/.exec(svg)?.[1]);
      expect(embedFacts(lang, id).height, id).toBeGreaterThan(drawn + 100);
    }
    const { viewBox } = japanGeometry();
    const map = (340 * (viewBox.y1 - viewBox.y0)) / (viewBox.x1 - viewBox.x0);
    expect(embedFacts(lang, MAP_FIGURE_ID).height).toBeGreaterThan(map + 100);
  });

  it('adds a forced theme to the address; auto adds nothing', () => {
    expect(embedUrl(lang, MAP_FIGURE_ID)).toBe(absoluteUrl(figurePaths(lang, MAP_FIGURE_ID).embed));
    expect(embedUrl(lang, MAP_FIGURE_ID, { theme: 'auto' })).toBe(embedUrl(lang, MAP_FIGURE_ID));
    const { iframe } = parse(embedCode(lang, MAP_FIGURE_ID, { theme: 'dark' }));
    expect(new URL(iframe.getAttribute('src')!).searchParams.get('theme')).toBe('dark');
  });

  it('asks for the embed without its share panel with share=0, alone or with a theme', () => {
    const plain = absoluteUrl(figurePaths(lang, MAP_FIGURE_ID).embed);
    const bare = new URL(embedUrl(lang, MAP_FIGURE_ID, { share: false }));
    expect(`${bare.origin}${bare.pathname}`).toBe(plain);
    expect(Object.fromEntries(bare.searchParams)).toEqual({ share: '0' });
    expect(sharePanelOff(bare.search)).toBe(true);
    const both = new URL(embedUrl(lang, MAP_FIGURE_ID, { theme: 'light', share: false }));
    expect(Object.fromEntries(both.searchParams)).toEqual({ theme: 'light', share: '0' });
    expect(forcedTheme(both.search)).toBe('light');
    expect(sharePanelOff(embedUrl(lang, MAP_FIGURE_ID, { share: true }))).toBe(false);
    expect(sharePanelOff('?share=1')).toBe(false);
    expect(sharePanelOff('')).toBe(false);
  });

  it('refuses an unknown figure', () => {
    expect(() => embedCode(lang, 'no-such-figure')).toThrow(/unknown figure/);
  });
});
