/**
 * innovation-source — innovative new products from solo R&D vs. collaboration with
 * universities and research institutes (page 1, survey of 2004), with the gap the slide marks.
 */
import type { Lang } from '../core/locales.ts';
import { formatFigure } from '../i18n/figure-format.ts';
import type { Figure } from '../schemas/figure.ts';
import { row } from '../collections/read-collections.ts';
import { renderPercentBars } from './lib/percent-bars.ts';
import { chartLabel } from './lib/render.ts';
import { figureCell, figureKeys, tableCells } from './lib/table.ts';
import type { ChartModule, ChartText, RenderOptions } from './lib/types.ts';
import type { ChartData } from '../schemas/datasets.ts';
import { label } from './lib/words.ts';
import { CHART_COLOURS } from '../core/palette.ts';

export interface InnovationSourceRows {
  bars: { id: string; label_ja: string; label_en: string; figure: Figure }[];
  gap: Figure;
}

export function transform(data: ChartData): InnovationSourceRows {
  const rows = data['innovation-source'];
  const bars = ['solo-rd', 'university-collaboration'].map((id) => {
    const r = row(rows, id);
    if (!r.figure) throw new Error(`innovation-source ${id} has no figure`);
    return { id, label_ja: r.label_ja, label_en: r.label_en, figure: r.figure };
  });
  const gap = row(rows, 'gap').figure;
  if (!gap) throw new Error('innovation-source gap has no figure');
  return { bars, gap };
}

export function text(rows: InnovationSourceRows, lang: Lang): ChartText {
  const figures = figureKeys('innovation-source', [...rows.bars, { id: 'gap' }]);
  const [solo, collab] = rows.bars as [InnovationSourceRows['bars'][0], InnovationSourceRows['bars'][0]];
  const gap = formatFigure(rows.gap, lang);
  const pct = (f: Figure) => formatFigure(f, lang);
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  return lang === 'ja'
    ? {
        title:
          collab.figure.value > solo.figure.value
            ? `革新的な新製品の割合は連携が高い：${pct(collab.figure)}対${pct(solo.figure)}`
            : `革新的な新製品の割合：連携${pct(collab.figure)}、単独${pct(solo.figure)}`,
        subtitle: `革新的な新製品が産み出される割合（％）、研究開発の形態別：${collab.label_ja}と${solo.label_ja}`,
        description: `横棒グラフ。革新的な新製品が産み出される割合は、${solo.label_ja}で${pct(solo.figure)}、${collab.label_ja}で${pct(collab.figure)}。資料は差を${gap}と注記している。`,
        table: {
          caption: '研究開発の形態別の、革新的な新製品が産み出される割合',
          head: ['研究開発の形態', '割合'],
          numeric: [false, true],

          computed: [false, false],
          ...tableCells(rows.bars.map((b) => [b.label_ja, figureCell(b.figure, lang)])),
        },
        transcription: [],
        notes: [
          '中小企業研究所「製造業販売活動実態調査」を経済産業省資料が引用したもの。',
          '割合が何に対するものか（母数）は、資料に示されていない。',
          `差（${gap}）は資料の図中の注記。`,
        ],
        source: { id: 'meti-2007', pages: [1] },
        datasets: ['innovation-source'],
        computed: [],
        figures,
      }
    : {
        title:
          collab.figure.value > solo.figure.value
            ? `Collaboration shows a higher rate of innovative new products: ${pct(collab.figure)} vs ${pct(solo.figure)}`
            : `Innovative new products: ${pct(collab.figure)} from collaboration, ${pct(solo.figure)} from solo R&D`,
        subtitle: `Rate at which innovative new products arise (%), by kind of R&D: ${lower(collab.label_en)}, and ${lower(solo.label_en)}`,
        description: `Bar chart with two bars. Rate at which innovative new products arise: ${solo.label_en} ${pct(solo.figure)}, ${collab.label_en} ${pct(collab.figure)}. The source marks the gap as ${gap}.`,
        table: {
          caption: 'Rate at which innovative new products arise, by kind of R&D',
          head: ['Kind of R&D', 'Rate'],
          numeric: [false, true],

          computed: [false, false],
          ...tableCells(rows.bars.map((b) => [b.label_en, figureCell(b.figure, lang)])),
        },
        transcription: [],
        notes: [
          'From the Small Business Research Institute survey of sales activities in manufacturing, as quoted in the METI document.',
          'The source does not say what the rate is of (its base).',
          `The gap (${gap}) is the source’s own annotation on the chart.`,
        ],
        source: { id: 'meti-2007', pages: [1] },
        datasets: ['innovation-source'],
        computed: [],
        figures,
      };
}

export function render(rows: InnovationSourceRows, { lang, width }: RenderOptions): string {
  return renderPercentBars(
    rows.bars.map((b) => ({ id: b.id, label: label(b, lang), figure: b.figure })),
    {
      lang,
      width,
      ariaLabel: chartLabel(text(rows, lang), lang),
      axisLabel: lang === 'ja' ? '割合（％）' : 'Rate (%)',
      fill: (b) => (b.id === 'solo-rd' ? CHART_COLOURS.muted : CHART_COLOURS.primary),
    },
  );
}

export const chart: ChartModule<InnovationSourceRows> = { id: 'innovation-source', transform, text, render };
