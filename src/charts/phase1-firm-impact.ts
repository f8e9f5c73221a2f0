/**
 * phase1-firm-impact — what Phase I of the Industrial Cluster Plan did for the firms taking part
 * (page 3): shares of firms that began new collaborations, started a new business or made a
 * "second founding". The slide's sales and net-profit trends have no values in the source; they
 * are named in the notes and the table, never drawn or estimated.
 */
import type { Lang } from '../core/locales.ts';
import { formatFigure } from '../i18n/figure-format.ts';
import type { Figure } from '../schemas/figure.ts';
import { row } from '../collections/read-collections.ts';
import { CHART_COLOURS } from '../core/palette.ts';
import { renderPercentBars } from './lib/percent-bars.ts';
import { chartLabel } from './lib/render.ts';
import { balancedWrapText } from '../text/wrap-text.ts';
import { figureCell, figureKeys, tableCells } from './lib/table.ts';
import type { ChartModule, ChartText, RenderOptions } from './lib/types.ts';
import type { ChartData, FigureRow } from '../schemas/datasets.ts';
import { label } from './lib/words.ts';

/** The bars, in the slide's order. */
export const BAR_IDS = ['new-collaboration-share', 'new-business-share', 'second-founding-share'] as const;
/** The slide's charts that print no values. */
export const NOT_IN_SOURCE_IDS = ['sales-trend', 'net-profit-trend'] as const;

type Bilingual = Pick<FigureRow, 'label_ja' | 'label_en'>;

export interface FirmImpactRows {
  bars: (Bilingual & { id: string; figure: Figure })[];
  /** Charts the slide shows without values: named, never estimated. */
  notInSource: (Bilingual & { id: string; note_ja: string; note_en: string })[];
  /** Source pages of the rows used. */
  pages: number[];
}

export function transform(data: ChartData): FirmImpactRows {
  const rows = data['phase1-outcomes'];
  const bars = BAR_IDS.map((id) => {
    const r = row(rows, id);
    if (!r.figure) throw new Error(`phase1-firm-impact: ${id} has no figure`);
    if (r.figure.unit !== 'percent') throw new Error(`phase1-firm-impact: ${id} is in ${r.figure.unit}, expected percent`);
    return { id, label_ja: r.label_ja, label_en: r.label_en, figure: r.figure };
  });
  const notInSource = NOT_IN_SOURCE_IDS.map((id) => {
    const r = row(rows, id);
    // A value here would be new data the chart does not draw: fail rather than hide it.
    if (r.status !== 'not-in-source' || r.figure)
      throw new Error(`phase1-firm-impact: ${id} now has a value; chart it instead of the not-in-source note`);
    return { id, label_ja: r.label_ja, label_en: r.label_en, note_ja: r.note_ja ?? '', note_en: r.note_en ?? '' };
  });
  const pages = [...new Set([...BAR_IDS, ...NOT_IN_SOURCE_IDS].map((id) => row(rows, id).page))].sort((a, b) => a - b);
  return { bars, notInSource, pages };
}

export function text(rows: FirmImpactRows, lang: Lang): ChartText {
  const figures = figureKeys('phase1-outcomes', rows.bars);
  const pct = (f: Figure) => formatFigure(f, lang);
  const byId = (id: (typeof BAR_IDS)[number]) => rows.bars.find((b) => b.id === id)!.figure;
  const ranked = [...rows.bars].sort((a, b) => b.figure.value - a.figure.value);
  const highest = ranked[0]!;
  const lowest = ranked[ranked.length - 1]!;
  const missing = rows.notInSource;
  if (lang === 'ja') {
    return {
      title: `参画企業の${pct(byId('new-business-share'))}が新事業、${pct(byId('new-collaboration-share'))}が新たな連携を開始`,
      subtitle: '第Ⅰ期計画が参画企業に与えた影響：各項目に当てはまる企業の割合（％）',
      description: `横棒グラフ。第Ⅰ期計画が参画企業に与えた影響を${rows.bars.length}項目で示す。最も多いのは${highest.label_ja}で${pct(highest.figure)}、最も少ないのは${lowest.label_ja}で${pct(lowest.figure)}。多い順に${ranked.map((b) => `${b.label_ja}${pct(b.figure)}`).join('、')}。資料にある${missing.map((m) => m.label_ja).join('と')}は数値が記載されていないため示していない。`,
      table: {
        caption: '第Ⅰ期計画が参画企業に与えた影響',
        head: ['項目', '割合'],
        numeric: [false, true],

        computed: [false, false],
        ...tableCells([
          ...rows.bars.map((b) => [b.label_ja, figureCell(b.figure, lang)]),
          ...missing.map((m) => [m.label_ja, '資料に数値なし']),
        ]),
      },
      transcription: [],
      notes: [
        '割合は経済産業省資料の「参画企業に与えた影響」に印刷された値。資料は、割合の母数（対象企業数）と調査の時期を示していない。',
        `資料には${missing.map((m) => `「${m.label_ja}」`).join('と')}の図もあるが、数値が記載されていないため、本サイトでは図にせず、値の推計もしない。`,
        ...missing.map((m) => `${m.label_ja}：${m.note_ja}`),
      ],
      source: { id: 'meti-2007', pages: rows.pages },
      datasets: ['phase1-outcomes'],
      computed: [],
      figures,
    };
  }
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  return {
    title: `${pct(byId('new-business-share'))} of firms started new businesses; ${pct(byId('new-collaboration-share'))} began new collaborations`,
    subtitle: 'Phase I’s effects on participating firms: share of firms with each effect (%)',
    description: `Bar chart of ${rows.bars.length} effects of Phase I on participating firms. The largest is ${lower(highest.label_en)}, ${pct(highest.figure)}; the smallest is ${lower(lowest.label_en)}, ${pct(lowest.figure)}. From largest to smallest: ${ranked.map((b) => `${lower(b.label_en)} ${pct(b.figure)}`).join('; ')}. The ${missing.map((m) => lower(m.label_en)).join(' and the ')} are not shown: the source gives no values for them.`,
    table: {
      caption: 'Effects of Phase I on participating firms',
      head: ['Effect', 'Share'],
      numeric: [false, true],

      computed: [false, false],
      ...tableCells([
        ...rows.bars.map((b) => [b.label_en, figureCell(b.figure, lang)]),
        ...missing.map((m) => [m.label_en, 'Not given in the source']),
      ]),
    },
    transcription: [],
    notes: [
      'The shares are the values printed under “effects on participating firms” in the METI document. The document does not say how many firms they are shares of, or when they were counted.',
      `The document also shows charts of ${missing.map((m) => lower(m.label_en)).join(' and of ')}, but prints no values for them, so this site does not draw them and does not estimate them.`,
      ...missing.map((m) => `${m.label_en}: ${m.note_en}`),
    ],
    source: { id: 'meti-2007', pages: rows.pages },
    datasets: ['phase1-outcomes'],
    computed: [],
    figures,
  };
}

export function render(rows: FirmImpactRows, { lang, width }: RenderOptions): string {
  return renderPercentBars(
    rows.bars.map((b) => ({ id: b.id, label: label(b, lang), figure: b.figure })),
    {
      lang,
      width,
      ariaLabel: chartLabel(text(rows, lang), lang),
      axisLabel: lang === 'ja' ? '企業の割合（％）' : 'Share of firms (%)',
      fill: CHART_COLOURS.primary,
      wrap: balancedWrapText,
      tickSpacing: 50,
    },
  );
}

export const chart: ChartModule<FirmImpactRows> = { id: 'phase1-firm-impact', transform, text, render };
