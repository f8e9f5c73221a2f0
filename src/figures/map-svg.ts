/**
 * The national map as plain SVG elements, for the downloads: the same model the page draws
 * (map-model.ts: bureau areas, outlines, Okinawa inset, symbols split by field, size legend),
 * but with every style an attribute, since a downloaded file has no stylesheet, and with the
 * field and size legends drawn under the map as words beside swatches instead of HTML.
 * Strokes mirror styles/map-base.css; the page keeps them one pixel wide at any zoom
 * (non-scaling-stroke), here they are divided by the map's scale to the same effect.
 */
import { textWidth } from '../text/text-width.ts';
import { CHART_COLOURS } from '../core/palette.ts';
import { wrapText } from '../text/wrap-text.ts';
import { LOCALE_TAGS, type Lang } from '../core/locales.ts';
import { t } from '../i18n/ui.ts';
import { FIELD_LABELS } from '../core/field-labels.ts';
import { FieldId } from '../schemas/fields.ts';
import { element, num, textElement } from '../core/xml.ts';
import type { Box } from '../map/geometry.ts';
import { symbolTransform, type MapModel } from '../map/map-model.ts';
import { MEASURES, type Measure } from '../core/measures.ts';
import { FIELD_COLOURS, INK } from '../core/palette.ts';
import { wedges } from '../map/symbol-shape.ts';

const MUTED = CHART_COLOURS.inkMuted;
/** Room right of the size legend's circles for their labels, and the labels' size, in map units (as SizeLegend.astro). */
const LEGEND_LABEL_SPACE = 46;
const LEGEND_FONT = 8;
/** Legends under the map, in pixels. */
const FONT = 12;
const LINE = 17;
const SWATCH = 6;

export interface StaticMapOptions {
  lang: Lang;
  /** Width in pixels; the map keeps its aspect ratio. */
  width: number;
  /** Which figure the circles' area stands for; the page's default. */
  measure?: Measure;
}

export interface StaticMap {
  /** Elements drawn from 0,0: the map, then its legends. */
  body: string;
  height: number;
}

export interface SizeLegendItem {
  value: number;
  cx: number;
  cy: number;
  r: number;
  /** The leader from the circle's top to its label. */
  leader: { x1: number; x2: number; y: number };
  label: { x: number; y: number };
}

/**
 * The size legend's circles, nested and standing on one baseline in the map's bottom-right
 * corner (over the sea), largest first, each with a leader to its value: as SizeLegend.astro.
 */
export function sizeLegendLayout(legend: { value: number; r: number }[], viewBox: Box): SizeLegendItem[] {
  const items = [...legend].sort((a, b) => b.r - a.r);
  const rMax = items[0]?.r ?? 0;
  const cx = viewBox.x1 - LEGEND_LABEL_SPACE - rMax;
  const bottom = viewBox.y1 - 3;
  return items.map(({ value, r }) => {
    const cy = bottom - r;
    const top = cy - r;
    return { value, cx, cy, r, leader: { x1: cx, x2: cx + rMax + 4, y: top }, label: { x: cx + rMax + 6, y: top + LEGEND_FONT * 0.35 } };
  });
}

function mapLayer(model: MapModel, measure: Measure, lang: Lang, scale: number, withSizeLegend = true): string {
  const px = (pixels: number) => pixels / scale;
  const f = model.insetFrame;
  const number = new Intl.NumberFormat(LOCALE_TAGS[lang]);
  const areas = model.bureaus.flatMap((b) =>
    b.prefectures.map((p) =>
      element('path', { d: p.d, fill: b.fill, stroke: '#ffffff', 'stroke-width': px(0.6), 'stroke-linejoin': 'round' }),
    ),
  );
  const frame = element('rect', {
    x: f.x0,
    y: f.y0,
    width: f.x1 - f.x0,
    height: f.y1 - f.y0,
    fill: 'none',
    stroke: MUTED,
    'stroke-width': px(1),
    'stroke-dasharray': `${num(px(4))} ${num(px(3))}`,
  });
  const outlines = model.bureaus.map((b) =>
    element('path', { d: b.outline, fill: 'none', stroke: INK, 'stroke-width': px(1.5), 'stroke-linejoin': 'round' }),
  );
  const symbols = model.symbols.map((s) => {
    const at = s.placement[measure];
    return element('g', {}, [
      element(
        'g',
        { transform: symbolTransform(at) },
        s.wedges.map((w) => element('path', { d: w.d, fill: w.fill })),
      ),
      element('circle', { cx: at.x, cy: at.y, r: at.r, fill: 'none', stroke: INK, 'stroke-width': px(1) }),
    ]);
  });
  const legend = (withSizeLegend ? sizeLegendLayout(model.sizeLegend[measure], model.viewBox) : []).map((it) =>
    element('g', {}, [
      element('circle', { cx: it.cx, cy: it.cy, r: it.r, fill: '#ffffff', 'fill-opacity': 0.6, stroke: INK, 'stroke-width': 0.5 }),
      element('line', {
        x1: it.leader.x1,
        x2: it.leader.x2,
        y1: it.leader.y,
        y2: it.leader.y,
        stroke: MUTED,
        'stroke-width': 0.4,
        'stroke-dasharray': '1.5 1',
      }),
      textElement('text', { x: it.label.x, y: it.label.y, 'font-size': LEGEND_FONT, fill: INK }, number.format(it.value)),
    ]),
  );
  const vb = model.viewBox;
  return element('g', { transform: `scale(${scale}) translate(${num(-vb.x0)} ${num(-vb.y0)})` }, [
    element('g', {}, areas),
    frame,
    element('g', {}, outlines),
    element('g', {}, symbols),
    element('g', {}, legend),
  ]);
}

/** Words of the legends in lines no wider than `width`, from `y`; returns the elements and the y below them. */
function paragraph(text: string, x: number, y: number, width: number, bold = false): { svg: string; bottom: number } {
  const wrapped = wrapText(text, width, FONT, bold ? 'bold' : 'regular');
  const svg = wrapped
    .map((line, i) =>
      textElement('text', { x, y: y + i * LINE + FONT, 'font-size': FONT, 'font-weight': bold ? 'bold' : undefined, fill: INK }, line),
    )
    .join('');
  return { svg, bottom: y + wrapped.length * LINE };
}

function legendsLayer(model: MapModel, measure: Measure, lang: Lang, width: number, top: number): { svg: string; bottom: number } {
  const ui = t(lang);
  const parts: string[] = [];
  let y = top;
  const add = (block: { svg: string; bottom: number }, gap = 4) => {
    parts.push(block.svg);
    y = block.bottom + gap;
  };

  // Fields: a swatch and the name of each field on the map, flowed in rows.
  const present = FieldId.options.filter((field) => model.symbols.some((s) => s.project.fields.includes(field)));
  add(paragraph(ui.legendFields, 0, y, width, true));
  let x = 0;
  for (const field of present) {
    const name = FIELD_LABELS[field][lang];
    const itemWidth = 2 * SWATCH + 6 + textWidth(name, FONT);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += LINE + 2;
    }
    parts.push(
      element('circle', { cx: x + SWATCH, cy: y + LINE / 2, r: SWATCH, fill: FIELD_COLOURS[field], stroke: INK, 'stroke-width': 1 }),
    );
    parts.push(textElement('text', { x: x + 2 * SWATCH + 6, y: y + FONT, 'font-size': FONT, fill: INK }, name));
    x += itemWidth + 18;
  }
  y += LINE + 10;

  // How a split circle reads, beside an example split into three.
  const r = 10;
  const example = wedges(3).map((w) => element('path', { d: w.d, fill: FIELD_COLOURS[present[w.index % present.length]!] }));
  parts.push(element('g', { transform: `translate(${r} ${num(y + r)}) scale(${r})` }, example));
  parts.push(element('circle', { cx: r, cy: y + r, r, fill: 'none', stroke: INK, 'stroke-width': 1 }));
  add(paragraph(ui.legendMultiField, 2 * r + 10, y + 1, width - 2 * r - 10), 12);

  // What the circles' size means, with the legend's values from the data.
  const measureName = measure === 'companies' ? ui.measureCompanies : ui.measureUniversities;
  const unit = measure === 'companies' ? ui.unitCompanies : ui.unitUniversities;
  const number = new Intl.NumberFormat(LOCALE_TAGS[lang]);
  const values = model.sizeLegend[measure].map((it) => number.format(it.value)).join(lang === 'ja' ? '・' : ', ');
  add(paragraph(ui.legendSize(measureName), 0, y, width, true), 2);
  add(paragraph(ui.legendSizeText(values, unit), 0, y, width), 12);
  add(paragraph(ui.mapInset, 0, y, width), 0);
  return { svg: parts.join(''), bottom: y };
}

export function staticMapSvg(model: MapModel, { lang, width, measure = MEASURES[0] }: StaticMapOptions): StaticMap {
  const vb = model.viewBox;
  const scale = width / (vb.x1 - vb.x0);
  const mapHeight = (vb.y1 - vb.y0) * scale;
  const legends = legendsLayer(model, measure, lang, width - 8, mapHeight + 16);
  return { body: mapLayer(model, measure, lang, scale) + legends.svg, height: Math.ceil(legends.bottom) };
}

/**
 * The map alone, `width` pixels wide, with no text (no size legend): a miniature for a share card
 * (src/raster/card-drawing.ts), where a legend could not be read. A whole SVG document.
 */
export function mapMiniatureSvg(
  model: MapModel,
  width: number,
  measure: Measure = MEASURES[0],
): { svg: string; width: number; height: number } {
  const vb = model.viewBox;
  const scale = width / (vb.x1 - vb.x0);
  const height = Math.round((vb.y1 - vb.y0) * scale);
  const body = mapLayer(model, measure, 'en', scale, false);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
  return { svg, width, height };
}
