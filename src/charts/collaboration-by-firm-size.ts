/**
 * collaboration-by-firm-size — share of firms in development collaboration with universities and
 * research bodies, and of firms not collaborating, by number of employees (page 1, survey of 2004).
 * The two printed series add up to less than 100%; the rest, which the slide does not label, is
 * computed (100 − both) and drawn in a neutral grey as "not shown in the source".
 */
import type { Lang } from '../core/locales.ts';
import { catalogueOf } from '../derived/catalogue.ts';
import type { DerivedFigure } from '../derived/derived-figure.ts';
import { formatFigure, formatValue } from '../i18n/figure-format.ts';
import type { Figure } from '../schemas/figure.ts';
import { CHART_COLOURS } from '../core/palette.ts';
import { chartLabel, renderPlot, Plot } from './lib/render.ts';
import { labelMargin, textWidth } from '../text/text-width.ts';
import { wrapText } from '../text/wrap-text.ts';
import { computedCell, figureCell, tableCells } from './lib/table.ts';
import type { ChartModule, ChartText, RenderOptions } from './lib/types.ts';
import type { ChartData, FigureRow } from '../schemas/datasets.ts';
import { label } from './lib/words.ts';

export const SERIES = ['collaborating', 'not-collaborating'] as const;
export type Series = (typeof SERIES)[number] | 'not-shown';

type Bilingual = Pick<FigureRow, 'label_ja' | 'label_en'>;
/** A row of the survey table: a band of employees and a series. */
type BandRow = ChartData['collaboration-by-firm-size'][number];

export interface Band {
  /** The band as printed (`21～50`), which is also its key. */
  employees: { printed: string; min: number; max?: number | undefined };
  collaborating: Figure;
  notCollaborating: Figure;
  /** 100 − both printed shares: computed (src/derived/), never printed. */
  notShown: DerivedFigure;
}

export interface CollaborationRows {
  /** Smallest firms first. */
  bands: Band[];
  /** The printed series names. */
  series: Record<(typeof SERIES)[number], Bilingual>;
  /** Whether the share collaborating never falls from one band to the next and ends higher than it starts. */
  risesWithSize: boolean;
  /** Source pages of the rows. */
  pages: number[];
}

const NOT_SHOWN: Bilingual = { label_ja: '資料に内訳なし', label_en: 'Not shown in the source' };

export function transform(data: ChartData): CollaborationRows {
  const rows = data['collaboration-by-firm-size'];
  const byBand = new Map<string, { employees: BandRow['employees']; rows: Partial<Record<(typeof SERIES)[number], BandRow>> }>();
  for (const r of rows) {
    if (!r.employees) throw new Error(`collaboration-by-firm-size: ${r.id} has no employees band`);
    if (!SERIES.includes(r.series as (typeof SERIES)[number]))
      throw new Error(`collaboration-by-firm-size: ${r.id} has unknown series ${r.series}`);
    const band = byBand.get(r.employees.printed) ?? { employees: r.employees, rows: {} };
    const series = r.series as (typeof SERIES)[number];
    if (band.rows[series]) throw new Error(`collaboration-by-firm-size: two ${series} rows for ${r.employees.printed}`);
    band.rows[series] = r;
    byBand.set(r.employees.printed, band);
  }
  const figure = (r: FigureRow | undefined, band: string, series: string): Figure => {
    if (!r) throw new Error(`collaboration-by-firm-size: no ${series} row for ${band} employees`);
    if (r.figure?.unit !== 'percent') throw new Error(`collaboration-by-firm-size: ${r.id} has no percent figure`);
    return r.figure;
  };
  const derived = catalogueOf(data);
  const bands = [...byBand.values()]
    .sort((a, b) => a.employees.min - b.employees.min)
    .map(({ employees, rows: s }): Band => {
      const collaborating = figure(s.collaborating, employees.printed, 'collaborating');
      const notCollaborating = figure(s['not-collaborating'], employees.printed, 'not-collaborating');
      const notShown = derived.get(`collaboration-by-firm-size.${s.collaborating!.id.replace(/-collaborating$/, '')}.rest`);
      if (notShown.exact < 0) throw new Error(`collaboration-by-firm-size: ${employees.printed} adds up to more than 100%`);
      return { employees, collaborating, notCollaborating, notShown };
    });
  if (bands.length < 2) throw new Error('collaboration-by-firm-size: needs at least two bands');
  const first = (series: (typeof SERIES)[number]): Bilingual => {
    const r = rows.find((x) => x.series === series)!;
    return { label_ja: r.label_ja, label_en: r.label_en };
  };
  const values = bands.map((b) => b.collaborating.value);
  const risesWithSize = values.every((v, i) => i === 0 || v >= values[i - 1]!) && values[values.length - 1]! > values[0]!;
  return {
    bands,
    series: { collaborating: first('collaborating'), 'not-collaborating': first('not-collaborating') },
    risesWithSize,
    pages: [...new Set(rows.map((r) => r.page))].sort((a, b) => a - b),
  };
}

/** `21～50` → 21～50人 / 21–50; `301～` → 301人以上 / 301 or more. */
export function bandLabel(e: Band['employees'], lang: Lang): string {
  if (lang === 'ja') return e.max === undefined ? `${e.min}人以上` : `${e.min}～${e.max}人`;
  return e.max === undefined ? `${e.min} or more` : `${e.min}–${e.max}`;
}

export function text(rows: CollaborationRows, lang: Lang): ChartText {
  const figures = rows.bands.flatMap((b) => b.notShown.inputs);
  const f = (x: Figure) => formatFigure(x, lang);
  const small = rows.bands[0]!;
  const large = rows.bands[rows.bands.length - 1]!;
  const rests = rows.bands.map((b) => b.notShown.figure);
  const restMin = rests.reduce((a, b) => (b.value < a.value ? b : a));
  const restMax = rests.reduce((a, b) => (b.value > a.value ? b : a));
  const notMax = rows.bands.reduce((a, b) => (b.notCollaborating.value > a.notCollaborating.value ? b : a));
  const notMin = rows.bands.reduce((a, b) => (b.notCollaborating.value < a.notCollaborating.value ? b : a));
  const s = rows.series;
  if (lang === 'ja') {
    const band = (b: Band) => bandLabel(b.employees, 'ja');
    return {
      title: rows.risesWithSize
        ? `規模が大きいほど産学官連携が多く、${f(small.collaborating)}から${f(large.collaborating)}へ`
        : `産学官連携の割合、${band(small)}で${f(small.collaborating)}、${band(large)}で${f(large.collaborating)}`,
      subtitle: `従業員数別（${band(small)}から${band(large)}まで）の企業の割合（％）：開発型連携（産学官連携）に取り組む企業、取り組んでいない企業、資料に内訳のない残り`,
      description: `100%積み上げ横棒グラフ、従業員数${rows.bands.length}区分。${s.collaborating.label_ja}の割合は${rows.bands.map((b) => `${band(b)}${f(b.collaborating)}`).join('、')}。${s['not-collaborating'].label_ja}企業の割合は${band(notMax)}の${f(notMax.notCollaborating)}が最も高く、${band(notMin)}の${f(notMin.notCollaborating)}が最も低い。残り（資料に内訳なし、100%から2つの値を引いた計算値）は${f(restMin)}～${f(restMax)}。`,
      table: {
        caption: '従業員数別の産学官連携の状況',
        head: ['従業員数', s.collaborating.label_ja, s['not-collaborating'].label_ja, `${NOT_SHOWN.label_ja}（計算値）`],
        numeric: [false, true, true, true],
        computed: [false, false, false, true],
        ...tableCells(
          rows.bands.map((b) => [
            band(b),
            figureCell(b.collaborating, lang),
            figureCell(b.notCollaborating, lang),
            computedCell(b.notShown, lang),
          ]),
        ),
      },
      notes: [
        '中小企業研究所「製造業販売活動実態調査」を経済産業省資料が引用したもの。',
        `2つの系列の合計は、どの区分でも100%に満たない。残り（${f(restMin)}～${f(restMax)}）が何を表すかは資料に示されていないため、100%から2つの値を引いた計算値を「${NOT_SHOWN.label_ja}」として灰色で示した。`,
      ],
      transcription: ['資料から抽出したテキストでは、棒の値がラベルから離れて並んでいるため、読み順に従って各区分に割り当てた。'],
      source: { id: 'meti-2007', pages: rows.pages },
      datasets: ['collaboration-by-firm-size'],
      computed: rows.bands.map((b) => b.notShown),
      figures,
    };
  }
  const band = (b: Band) => bandLabel(b.employees, 'en');
  const lower = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);
  return {
    title: rows.risesWithSize
      ? `Larger firms collaborate more: ${f(small.collaborating)} of the smallest, ${f(large.collaborating)} of the largest`
      : `Firms collaborating: ${f(small.collaborating)} at ${band(small)} employees, ${f(large.collaborating)} at ${band(large)}`,
    subtitle: `Share of firms (%) by number of employees, from ${band(small)} to ${band(large)}: in development (industry–academia–government) collaboration, not collaborating, and the rest the source does not break down`,
    description: `100% stacked bar chart of ${rows.bands.length} bands of employees. ${s.collaborating.label_en}: ${rows.bands.map((b) => `${band(b)} employees ${f(b.collaborating)}`).join(', ')}. The share of firms ${lower(s['not-collaborating'].label_en)} is highest at ${band(notMax)} employees (${f(notMax.notCollaborating)}) and lowest at ${band(notMin)} (${f(notMin.notCollaborating)}). The rest, not shown in the source and computed as 100% minus both, is ${f(restMin)} to ${f(restMax)}.`,
    table: {
      caption: 'Industry–academia–government collaboration by number of employees',
      head: ['Employees', s.collaborating.label_en, s['not-collaborating'].label_en, `${NOT_SHOWN.label_en} (computed)`],
      numeric: [false, true, true, true],
      computed: [false, false, false, true],
      ...tableCells(
        rows.bands.map((b) => [
          band(b),
          figureCell(b.collaborating, lang),
          figureCell(b.notCollaborating, lang),
          computedCell(b.notShown, lang),
        ]),
      ),
    },
    notes: [
      'From the Small Business Research Institute survey of sales activities in manufacturing, as quoted in the METI document.',
      `In every band the two series add up to less than 100%. The source does not say what the rest (${f(restMin)} to ${f(restMax)}) is; it is computed as 100% minus both and drawn in grey as “${lower(NOT_SHOWN.label_en)}”.`,
    ],
    transcription: [
      'In the text extracted from the slide the bar values are printed away from their labels; they were assigned to the bands in reading order.',
    ],
    source: { id: 'meti-2007', pages: rows.pages },
    datasets: ['collaboration-by-firm-size'],
    computed: rows.bands.map((b) => b.notShown),
    figures,
  };
}

interface Segment {
  band: string;
  series: Series;
  x1: number;
  x2: number;
  value: string;
  tip: string;
  fill: string;
  ink: string;
}

const FILLS: Record<Series, { fill: string; ink: string }> = {
  collaborating: { fill: CHART_COLOURS.primary, ink: '#fff' },
  'not-collaborating': { fill: CHART_COLOURS.secondary, ink: CHART_COLOURS.ink },
  'not-shown': { fill: CHART_COLOURS.remainder, ink: CHART_COLOURS.ink },
};

/** Legend entries flowed left to right, wrapping to new rows within `width`. */
function legendLayout(items: { series: Series; text: string }[], width: number, fontSize: number) {
  const swatch = 14;
  const gap = 16;
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  const placed = items.map((item) => {
    const lines = wrapText(item.text, width - swatch, fontSize);
    // The page's font can set a little wider than the font the widths are measured in: leave room.
    const w = swatch + 1.1 * Math.max(...lines.map((l) => textWidth(l, fontSize)));
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowHeight + 6;
      rowHeight = 0;
    }
    const at = { ...item, x, y, lines };
    x += w + gap;
    rowHeight = Math.max(rowHeight, lines.length * 16);
    return at;
  });
  return { placed, height: y + rowHeight };
}

export function render(rows: CollaborationRows, { lang, width }: RenderOptions): string {
  const fontSize = 12;
  const t = text(rows, lang);
  const names: Record<Series, string> = {
    collaborating: label(rows.series.collaborating, lang),
    'not-collaborating': label(rows.series['not-collaborating'], lang),
    'not-shown': label(NOT_SHOWN, lang),
  };
  const bandIds = rows.bands.map((b) => b.employees.printed);
  const ticks = new Map(rows.bands.map((b) => [b.employees.printed, bandLabel(b.employees, lang)]));
  const marginLeft = labelMargin([...ticks.values()], fontSize);
  const marginRight = 16;
  const plotWidth = width - marginLeft - marginRight;
  const segments: Segment[] = rows.bands.flatMap((b) => {
    let x = 0;
    return (
      [
        ['collaborating', b.collaborating],
        ['not-collaborating', b.notCollaborating],
        ['not-shown', b.notShown.figure],
      ] as const
    ).map(([series, figure]) => {
      const x1 = x;
      x += figure.value;
      const computed = series === 'not-shown' ? (lang === 'ja' ? '（100%から2つの値を引いた計算値）' : ' (computed: 100% minus both)') : '';
      return {
        band: b.employees.printed,
        series,
        x1,
        x2: x,
        value: formatValue(figure, lang),
        tip: `${ticks.get(b.employees.printed)}${lang === 'ja' ? '' : ' employees'}, ${names[series]}${computed}: ${formatFigure(figure, lang)}`,
        ...FILLS[series],
      };
    });
  });
  // A value goes inside its segment where it fits; where it does not, it goes just under the bar,
  // centred on its segment (kept inside the plot), so no value is ever left out of the drawing.
  const fits = (s: Segment) => ((s.x2 - s.x1) / 100) * plotWidth >= textWidth(s.value, fontSize) + 6;
  const outside = segments.filter((s) => !fits(s));
  const barHeight = 30;
  const step = outside.length ? barHeight + 26 : 40;
  const underX = (s: Segment) => {
    const half = textWidth(s.value, fontSize) / 2 + 1;
    const centre = (((s.x1 + s.x2) / 2) * plotWidth) / 100;
    return (Math.min(Math.max(centre, half), plotWidth - half) / plotWidth) * 100;
  };
  const legend = legendLayout(
    (['collaborating', 'not-collaborating', 'not-shown'] as const).map((series) => ({ series, text: names[series] })),
    width - 4,
    fontSize,
  );
  const marginTop = legend.height + 10;
  return renderPlot(
    {
      width,
      height: marginTop + rows.bands.length * step + 44,
      marginTop,
      marginBottom: 44,
      marginLeft,
      marginRight,
      style: { fontSize: `${fontSize}px` },
      x: {
        domain: [0, 100],
        label: lang === 'ja' ? '企業の割合（％）' : 'Share of firms (%)',
        labelAnchor: 'right',
        labelArrow: 'none',
        labelOffset: 36,
        ticks: 5,
      },
      y: { domain: bandIds, tickFormat: (id: string) => ticks.get(id)!, label: null, padding: 1 - barHeight / step },
      marks: [
        Plot.barX(segments, { x1: 'x1', x2: 'x2', y: 'band', fill: 'fill', stroke: '#fff', strokeWidth: 1, title: 'tip' }),
        Plot.text(segments.filter(fits), { x: (s: Segment) => (s.x1 + s.x2) / 2, y: 'band', text: 'value', fill: 'ink' }),
        Plot.text(outside, {
          x: underX,
          y: 'band',
          dy: barHeight / 2 + 2,
          lineAnchor: 'top',
          text: 'value',
          fill: CHART_COLOURS.ink,
        }),
        // Legend, in the top margin: frame-anchored marks shifted left to the SVG's edge and up.
        ...legend.placed.flatMap((item) => [
          Plot.dot([item], {
            frameAnchor: 'top-left',
            dx: item.x - marginLeft + 5,
            dy: item.y - marginTop + 8,
            symbol: 'square',
            r: 5,
            fill: FILLS[item.series].fill,
            stroke: item.series === 'not-shown' ? CHART_COLOURS.muted : 'none',
          }),
          Plot.text([item], {
            frameAnchor: 'top-left',
            dx: item.x - marginLeft + 14,
            dy: item.y - marginTop + 1,
            text: (d: typeof item) => d.lines.join('\n'),
            textAnchor: 'start',
            lineAnchor: 'top',
            lineHeight: 16 / fontSize,
            fill: CHART_COLOURS.ink,
          }),
        ]),
      ],
    },
    chartLabel(t, lang),
  );
}

export const chart: ChartModule<CollaborationRows> = { id: 'collaboration-by-firm-size', transform, text, render };
