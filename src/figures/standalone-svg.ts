/**
 * A figure as one self-contained SVG file, for a journalist to drop into Illustrator or a CMS:
 * white background, the finding as title (wrapped), the subtitle, the drawing, the source line
 * and the credit with the figure's address and the licence it may be reused under (the PNG is
 * drawn from this file, so it carries them too). No stylesheet, script, class or external reference:
 * every colour and font is an attribute, and the font family is the one the PNG is drawn with.
 */
import type { FigureInputs } from '../collections/read-collections.ts';
import { chartById } from '../charts/chart-registry.ts';
import { CHART_COLOURS } from '../core/palette.ts';
import type { Lang } from '../core/locales.ts';
import { REUSE } from '../core/reuse.ts';
import { DATA_UI } from '../i18n/data-words.ts';
import { t } from '../i18n/ui.ts';
import { FONT_FAMILY } from '../text/font-files.ts';
import { buildMapModel } from '../map/map-model.ts';
import { staticMapSvg } from './map-svg.ts';
import { creditLine, figureText, STILL_MAP_MEASURE, sourceById, sourceLine, type FigureText } from './figure-text.ts';
import { plotSvgAsGroup } from './plot-svg.ts';
import { balancedWrapText } from '../text/wrap-text.ts';
import { element, num, textElement } from '../core/xml.ts';

/** Every figure is drawn this wide: the charts' wide version, so a 2× PNG is 1280 pixels. */
export const FIGURE_WIDTH = 640;

const INK = CHART_COLOURS.ink;
const MUTED = CHART_COLOURS.inkMuted;
/** Words stop short of the right edge, so no glyph touches it (the last glyph's ink may pass its advance). */
const TEXT_WIDTH = FIGURE_WIDTH - 8;

const TYPE = {
  title: { size: 20, line: 27, weight: 'bold', fill: INK },
  subtitle: { size: 13, line: 19, weight: undefined, fill: MUTED },
  small: { size: 11, line: 16, weight: undefined, fill: MUTED },
} as const;

const PAD_TOP = 16;
const PAD_BOTTOM = 14;
const GAP_AFTER_TITLE = 6;
const GAP_AROUND_FIGURE = 16;

/** What a figure draws between its subtitle and its source line. */
export interface FigureDrawing {
  /** SVG elements drawn from 0,0, at most FIGURE_WIDTH wide. */
  body: string;
  height: number;
  /** Credits the drawing itself needs (map outlines), above the site's credit. */
  credits: string[];
}

export function chartDrawing(id: string, lang: Lang, inputs: FigureInputs): FigureDrawing {
  const chart = chartById(id);
  const { group, width, height } = plotSvgAsGroup(chart.render(chart.transform(inputs.chartData), { lang, width: FIGURE_WIDTH }), INK);
  if (width !== FIGURE_WIDTH) throw new Error(`chart ${id} drew ${width} wide, not ${FIGURE_WIDTH}`);
  return { body: group, height, credits: [] };
}

export function mapDrawing(lang: Lang, inputs: FigureInputs): FigureDrawing {
  const { projects, bureaus } = inputs.chartData;
  const map = staticMapSvg(buildMapModel(projects, bureaus), { lang, width: FIGURE_WIDTH, measure: STILL_MAP_MEASURE });
  return { body: map.body, height: map.height, credits: [t(lang).footerMapCredit] };
}

/** Text lines placed top-down from `y`; returns the elements and the y below them. */
function lines(text: string, style: (typeof TYPE)[keyof typeof TYPE], y: number): { svg: string; bottom: number } {
  // Measured in the weight it is drawn in: Noto Sans JP's bold Latin is wider than its regular.
  const wrapped = balancedWrapText(text, TEXT_WIDTH, style.size, style.weight === 'bold' ? 'bold' : 'regular');
  // The baseline sits where a CSS line box of this line-height would put it (ascent ≈ 0.88 em).
  const svg = wrapped
    .map((line, i) =>
      textElement(
        'text',
        {
          x: 0,
          y: y + i * style.line + (style.line - style.size) / 2 + style.size * 0.88,
          'font-size': style.size,
          'font-weight': style.weight,
          fill: style.fill,
        },
        line,
      ),
    )
    .join('');
  return { svg, bottom: y + wrapped.length * style.line };
}

/** Lays the figure's words around its drawing and returns the file's text. */
export function frameFigure(text: FigureText, drawing: FigureDrawing, source: string, credits: string[]): string {
  const parts: string[] = [];
  let y = PAD_TOP;
  const add = (block: { svg: string; bottom: number }) => {
    parts.push(block.svg);
    y = block.bottom;
  };
  add(lines(text.title, TYPE.title, y));
  y += GAP_AFTER_TITLE;
  add(lines(text.subtitle, TYPE.subtitle, y));
  y += GAP_AROUND_FIGURE;
  parts.push(element('g', { transform: `translate(0 ${num(y)})` }, drawing.body));
  y += drawing.height + GAP_AROUND_FIGURE;
  add(lines(source, TYPE.small, y));
  for (const credit of [...drawing.credits, ...credits]) add(lines(credit, TYPE.small, y));
  const height = Math.ceil(y + PAD_BOTTOM);

  const idBase = `cluster-atlas-${text.id}-${text.lang}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: FIGURE_WIDTH,
      height,
      viewBox: `0 0 ${FIGURE_WIDTH} ${height}`,
      'xml:lang': text.lang,
      role: 'img',
      'aria-labelledby': `${idBase}-title ${idBase}-desc`,
      'font-family': `'${FONT_FAMILY}', sans-serif`,
    },
    [
      textElement('title', { id: `${idBase}-title` }, text.title),
      textElement('desc', { id: `${idBase}-desc` }, text.description),
      element('rect', { width: FIGURE_WIDTH, height, fill: '#ffffff' }),
      ...parts,
    ],
  )}\n`;
}

/** The standalone SVG of a figure (a chart or the map) in one language. */
export function standaloneSvg(id: string, lang: Lang, inputs: FigureInputs): string {
  const text = figureText(id, lang, inputs, 'still');
  const drawing = text.kind === 'map' ? mapDrawing(lang, inputs) : chartDrawing(id, lang, inputs);
  const source = sourceLine(sourceById(inputs.sources, text.source.id), text.source.pages, lang);
  return frameFigure(text, drawing, source, [DATA_UI[lang].licensedCredit(creditLine(text), REUSE[lang].short)]);
}
