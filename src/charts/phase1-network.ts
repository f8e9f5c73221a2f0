/**
 * phase1-network — the size of the cluster networks and what came out of them (page 3): the
 * companies and universities taking part (as of July 2007), the cumulative university start-ups,
 * and the share of the "300 monozukuri SMEs" that are cluster firms. The units differ, so the
 * counts are big-number labels and only the share is drawn, as a part-to-whole bar.
 */
import type { Lang } from '../core/locales.ts';
import { formatFigure, formatPeriod, formatValue } from '../i18n/figure-format.ts';
import { Period, type Figure } from '../schemas/figure.ts';
import { row } from '../collections/read-collections.ts';
import { CHART_COLOURS } from '../core/palette.ts';
import { chartLabel, renderPlot, Plot } from './lib/render.ts';
import { textWidth } from '../text/text-width.ts';
import { balancedWrapText } from '../text/wrap-text.ts';
import { figureCell, figureKeys, tableCells } from './lib/table.ts';
import type { ChartModule, ChartText, RenderOptions } from './lib/types.ts';
import type { ChartData, FigureRow } from '../schemas/datasets.ts';

export const COUNT_IDS = ['network-companies-2007-07', 'network-universities-2007-07', 'university-startups'] as const;

type Bilingual = Pick<FigureRow, 'label_ja' | 'label_en'>;
type Part = Bilingual & { id: string; figure: Figure };

export interface NetworkRows {
  /** Counts in different units, each shown as a number. */
  counts: (Part & { short_ja: string; short_en: string; period: Period | null })[];
  monozukuri: {
    /** The name of the group as printed, quoted: 「モノ作り中小企業300社」, “300 monozukuri SMEs”. */
    name_ja: string;
    name_en: string;
    cluster: Part;
    other: Part;
    /** The text's own rounded wording (約４割), beside the pie's value. */
    approx: Figure;
  };
  /** Source pages of the rows used. */
  pages: number[];
}

/** `ネットワーク形成：参加企業` → `参加企業`; `Network: participating companies` → `Participating companies`. */
const afterColon = (text: string) => {
  const rest = text.split(/：|: /).pop()!.trim();
  return rest.charAt(0).toUpperCase() + rest.slice(1);
};

function part(rows: FigureRow[], id: string): Part {
  const r = row(rows, id);
  if (!r.figure) throw new Error(`phase1-network: ${id} has no figure`);
  return { id, label_ja: r.label_ja, label_en: r.label_en, figure: r.figure };
}

export function transform(data: ChartData): NetworkRows {
  const rows = data['phase1-outcomes'];
  const counts = COUNT_IDS.map((id) => {
    const r = row(rows, id);
    return {
      ...part(rows, id),
      short_ja: afterColon(r.label_ja),
      short_en: afterColon(r.label_en),
      period: r.period ? Period.parse(r.period) : null,
    };
  });
  const cluster = part(rows, 'monozukuri-300-cluster');
  const other = part(rows, 'monozukuri-300-other');
  const approx = part(rows, 'monozukuri-300-share-approx').figure;
  for (const p of [cluster, other])
    if (p.figure.unit !== 'percent') throw new Error(`phase1-network: ${p.id} is in ${p.figure.unit}, expected percent`);
  const total = cluster.figure.value + other.figure.value;
  // A part-to-whole bar must add up to the whole.
  if (Math.abs(total - 100) > 0.05) throw new Error(`phase1-network: monozukuri-300 parts add up to ${total}%, not 100%`);
  const name_ja = halfWidthDigits(/「[^」]+」/.exec(cluster.label_ja)?.[0] ?? cluster.label_ja);
  const quoted = /"([^"]+)"/.exec(cluster.label_en)?.[1];
  const used = [...COUNT_IDS, 'monozukuri-300-cluster', 'monozukuri-300-other', 'monozukuri-300-share-approx'];
  const pages = [...new Set(used.map((id) => row(rows, id).page))].sort((a, b) => a - b);
  return { counts, monozukuri: { name_ja, name_en: quoted ? `“${quoted}”` : cluster.label_en, cluster, other, approx }, pages };
}

/** Digits as the site prints them (３００ → 300); the rest of a Japanese label stays as printed. */
const halfWidthDigits = (text: string) => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** A row's label for display: half-width digits in Japanese, typographic quotes in English. */
const shown = (r: Bilingual, lang: Lang) => (lang === 'ja' ? halfWidthDigits(r.label_ja) : r.label_en.replace(/"([^"]*)"/g, '“$1”'));

const PART_NAMES = { cluster: { ja: '産業クラスター企業', en: 'Cluster firms' }, other: { ja: 'その他', en: 'Other firms' } };

const countLabel = (c: NetworkRows['counts'][0], lang: Lang) =>
  `${lang === 'ja' ? c.short_ja : c.short_en}${c.period ? (lang === 'ja' ? `（${formatPeriod(c.period, 'ja')}）` : ` (${formatPeriod(c.period, 'en')})`) : ''}`;

export function text(rows: NetworkRows, lang: Lang): ChartText {
  const figures = figureKeys('phase1-outcomes', [
    ...rows.counts,
    rows.monozukuri.cluster,
    rows.monozukuri.other,
    { id: 'monozukuri-300-share-approx' },
  ]);
  const [companies, universities, startups] = rows.counts as [NetworkRows['counts'][0], NetworkRows['counts'][0], NetworkRows['counts'][0]];
  const m = rows.monozukuri;
  const f = (x: Figure) => formatFigure(x, lang);
  const period = companies.period ? formatPeriod(companies.period, lang) : '';
  const anyApprox = rows.counts.some((c) => c.figure.approx);
  if (lang === 'ja') {
    return {
      title: `産業クラスターに${f(companies.figure)}・${f(universities.figure)}が参加`,
      subtitle: `ネットワークの規模（${period}）、大学発ベンチャーの累計、${m.name_ja}に占める産業クラスター企業の割合（${f(m.cluster.figure)}）`,
      description: `数値と100%帯グラフの組み合わせ。${period}のネットワークは${companies.short_ja}${f(companies.figure)}、${universities.short_ja}${f(universities.figure)}。${startups.short_ja}は${f(startups.figure)}。帯グラフは${m.name_ja}の内訳で、${PART_NAMES.cluster.ja}が${f(m.cluster.figure)}、${PART_NAMES.other.ja}が${f(m.other.figure)}。`,
      table: {
        caption: 'ネットワークの規模と第Ⅰ期計画の成果',
        head: ['項目', '数値', '時点'],
        numeric: [false, true, false],

        computed: [false, false, false],
        ...tableCells([
          ...rows.counts.map((c) => [
            shown(c, 'ja'),
            figureCell(c.figure, lang),
            c.period ? formatPeriod(c.period, 'ja') : '資料に記載なし',
          ]),
          ...[m.cluster, m.other].map((p) => [shown(p, 'ja'), figureCell(p.figure, lang), '資料に記載なし']),
        ]),
      },
      transcription: [],
      notes: [
        ...(anyApprox ? ['「約」の付いた数値は、資料の表記どおりの概数。'] : []),
        `${m.name_ja}のうち産業クラスター企業の割合を、資料の本文は「${m.approx.printed}」、円グラフは${f(m.cluster.figure)}としている。残りの${f(m.other.figure)}には資料に名称がなく、本サイトでは「${PART_NAMES.other.ja}」と表記した。`,
        `${startups.short_ja}（${f(startups.figure)}）について、資料はいつからいつまでの累計かを示していない。`,
      ],
      source: { id: 'meti-2007', pages: rows.pages },
      datasets: ['phase1-outcomes'],
      computed: [],
      figures,
    };
  }
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  return {
    title: `${cap(f(companies.figure))} and ${f(universities.figure)} joined the cluster networks`,
    subtitle: `Size of the networks (${period}), cumulative university start-ups, and the share of the ${m.name_en} that were cluster firms (${f(m.cluster.figure)})`,
    description: `Big numbers and a 100% bar. ${cap(period)}, the networks had ${f(companies.figure)} and ${f(universities.figure)}. ${startups.short_en}: ${f(startups.figure)}. The bar splits the ${m.name_en}: ${lower(PART_NAMES.cluster.en)} ${f(m.cluster.figure)}, ${lower(PART_NAMES.other.en)} ${f(m.other.figure)}.`,
    table: {
      caption: 'Size of the cluster networks and outcomes of Phase I',
      head: ['Item', 'Figure', 'Date'],
      numeric: [false, true, false],

      computed: [false, false, false],
      ...tableCells([
        ...rows.counts.map((c) => [
          shown(c, 'en'),
          figureCell(c.figure, lang),
          c.period ? cap(formatPeriod(c.period, 'en')) : 'Not given in the source',
        ]),
        ...[m.cluster, m.other].map((p) => [shown(p, 'en'), figureCell(p.figure, lang), 'Not given in the source']),
      ]),
    },
    transcription: [],
    notes: [
      ...(anyApprox ? ['Figures with “about” are approximate, as printed in the source.'] : []),
      `For the share of cluster firms among the ${m.name_en}, the text of the document says “${m.approx.printed}” (${f(m.approx)}) and its pie chart shows ${f(m.cluster.figure)}. The document does not name the other ${f(m.other.figure)}; this site calls them “${lower(PART_NAMES.other.en)}”.`,
      `The document does not say over which period the ${lower(startups.short_en.replace(/\s*\(cumulative\)$/, ''))} (${f(startups.figure)}) were counted.`,
    ],
    source: { id: 'meti-2007', pages: rows.pages },
    datasets: ['phase1-outcomes'],
    computed: [],
    figures,
  };
}

/** The number as a big label: Japanese keeps the unit (約10,700社); English puts the noun in the label below. */
const bigNumber = (f: Figure, lang: Lang) => (lang === 'ja' ? formatFigure(f, 'ja') : formatValue(f, 'en'));

interface Layout {
  height: number;
  numbers: { id: string; x: number; y: number; text: string; tip: string }[];
  labels: { x: number; y: number; text: string }[];
  heading: { y: number; text: string };
  segments: {
    id: string;
    x1: number;
    x2: number;
    y1: number;
    y2: number;
    fill: string;
    ink: string;
    anchor: 'start' | 'end';
    value: string;
    name: string;
    tip: string;
  }[];
  names: { x: number; y: number; text: string; anchor: 'start' | 'end' }[];
}

const BIG = 26;
const SMALL = 12;
const LINE = 16;
const GAP = 16;
/** Keeps text that ends at the edge off the SVG's border. */
const PAD = 4;

/** Pixel layout: three tiles side by side when the widest number fits a third of the width, else one per line. */
function layout(rows: NetworkRows, lang: Lang, width: number): Layout {
  const inner = width - 2 * PAD;
  const bold = (s: string, size: number) => textWidth(s, size, 'bold');
  const tiles = rows.counts.map((c) => ({ c, big: bigNumber(c.figure, lang), name: countLabel(c, lang) }));
  // Measured in the images' font; a reader's bold font can set the big numbers up to a sixth wider,
  // and the label beside them must never run under them: room is left for it.
  const widest = Math.max(...tiles.map((t) => bold(t.big, BIG))) * 1.15;
  const cellWidth = (inner - 2 * GAP) / 3;
  const numbers: Layout['numbers'] = [];
  const labels: Layout['labels'] = [];
  let y = 4;
  if (widest <= cellWidth) {
    let bottom = y;
    tiles.forEach((t, i) => {
      const x = PAD + i * (cellWidth + GAP);
      const lines = balancedWrapText(t.name, cellWidth, SMALL);
      numbers.push({ id: t.c.id, x, y, text: t.big, tip: `${shown(t.c, lang)}: ${formatFigure(t.c.figure, lang)}` });
      labels.push({ x, y: y + BIG + 6, text: lines.join('\n') });
      bottom = Math.max(bottom, y + BIG + 6 + lines.length * LINE);
    });
    y = bottom;
  } else {
    const labelX = PAD + widest + GAP;
    for (const t of tiles) {
      const lines = balancedWrapText(t.name, width - PAD - labelX, SMALL);
      const h = Math.max(BIG + 4, lines.length * LINE);
      numbers.push({ id: t.c.id, x: PAD, y, text: t.big, tip: `${shown(t.c, lang)}: ${formatFigure(t.c.figure, lang)}` });
      labels.push({ x: labelX, y: y + Math.max(0, (BIG - lines.length * LINE) / 2), text: lines.join('\n') });
      y += h + 10;
    }
  }
  const m = rows.monozukuri;
  const headingText = lang === 'ja' ? `${m.name_ja}のうち産業クラスター企業の割合` : `Share of cluster firms among the ${m.name_en}`;
  const headingLines = balancedWrapText(headingText, inner, 13, 'bold');
  const heading = { y: y + 28, text: headingLines.join('\n') };
  const barTop = heading.y + headingLines.length * 18 + 6;
  const barBottom = barTop + 36;
  const split = PAD + (m.cluster.figure.value / 100) * inner;
  const segments: Layout['segments'] = [
    {
      part: m.cluster,
      x1: PAD,
      x2: split,
      fill: CHART_COLOURS.primary,
      ink: '#fff',
      anchor: 'start' as const,
      name: PART_NAMES.cluster[lang],
    },
    {
      part: m.other,
      x1: split,
      x2: width - PAD,
      fill: CHART_COLOURS.remainder,
      ink: CHART_COLOURS.ink,
      anchor: 'end' as const,
      name: PART_NAMES.other[lang],
    },
  ].map(({ part: p, ...s }) => ({
    ...s,
    id: p.id,
    y1: barTop,
    y2: barBottom,
    value: formatFigure(p.figure, lang),
    tip: `${shown(p, lang)}: ${formatFigure(p.figure, lang)}`,
  }));
  const names = segments.map((s) => ({ x: s.anchor === 'start' ? s.x1 : s.x2, y: barBottom + 6, text: s.name, anchor: s.anchor }));
  return { height: barBottom + 6 + LINE + 4, numbers, labels, heading, segments, names };
}

export function render(rows: NetworkRows, { lang, width }: RenderOptions): string {
  const l = layout(rows, lang, width);
  const t = text(rows, lang);
  const inside = (s: Layout['segments'][0]) => (s.anchor === 'start' ? s.x1 + 10 : s.x2 - 10);
  return renderPlot(
    {
      width,
      height: l.height,
      margin: 0,
      style: { fontSize: `${SMALL}px` },
      x: { type: 'identity', axis: null },
      y: { type: 'identity', axis: null },
      marks: [
        Plot.text(l.numbers, {
          x: 'x',
          y: 'y',
          text: 'text',
          title: 'tip',
          textAnchor: 'start',
          lineAnchor: 'top',
          fontSize: BIG,
          fontWeight: 'bold',
          fill: CHART_COLOURS.ink,
        }),
        Plot.text(l.labels, { x: 'x', y: 'y', text: 'text', textAnchor: 'start', lineAnchor: 'top', lineHeight: LINE / SMALL }),
        Plot.text([l.heading], {
          x: PAD,
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          lineAnchor: 'top',
          fontSize: 13,
          fontWeight: 'bold',
          lineHeight: 18 / 13,
        }),
        Plot.rect(l.segments, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: 'fill', title: 'tip', stroke: '#fff', strokeWidth: 1 }),
        // textAnchor is a constant, not a channel: one text mark per side.
        ...(['start', 'end'] as const).flatMap((anchor) => [
          Plot.text(
            l.segments.filter((s) => s.anchor === anchor),
            {
              x: inside,
              y: (s: Layout['segments'][0]) => (s.y1 + s.y2) / 2,
              text: 'value',
              fill: 'ink',
              textAnchor: anchor,
              fontSize: 16,
              fontWeight: 'bold',
            },
          ),
          Plot.text(
            l.names.filter((n) => n.anchor === anchor),
            { x: 'x', y: 'y', text: 'text', textAnchor: anchor, lineAnchor: 'top', fill: CHART_COLOURS.ink },
          ),
        ]),
      ],
    },
    chartLabel(t, lang),
  );
}

export const chart: ChartModule<NetworkRows> = { id: 'phase1-network', transform, text, render };
