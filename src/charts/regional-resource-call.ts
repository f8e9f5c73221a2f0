/**
 * regional-resource-call — the FY2007 call of the regional-resource R&D programme (page 5):
 * proposals and adoptions as bars, the competition ratio as printed, and the programme's budget
 * and funding limits as labelled facts beside them.
 */
import type { Lang } from '../core/locales.ts';
import { formatFigure, formatPeriod } from '../i18n/figure-format.ts';
import { Period, type Figure } from '../schemas/figure.ts';
import { CHART_COLOURS } from '../core/palette.ts';
import { chartLabel, Plot, renderPlot, wordLines } from './lib/render.ts';
import { READER_FILL, textWidth } from '../text/text-width.ts';
import { wrapText } from '../text/wrap-text.ts';
import { figureCell, figureKeys, tableCells } from './lib/table.ts';
import type { ChartModule, ChartText, RenderOptions } from './lib/types.ts';
import type { ChartData } from '../schemas/datasets.ts';
import { label, listJoin } from './lib/words.ts';

interface Item {
  id: string;
  label_ja: string;
  label_en: string;
  figure: Figure;
  period: Period | null;
}

export interface RegionalResourceCallRows {
  /** The call's fiscal year. */
  period: Period;
  /** Counts of the call (proposals, adopted), in file order. */
  bars: Item[];
  /** Proposals per adoption, as printed. */
  ratio: Item;
  /** The programme's budget and limits, in file order. */
  facts: Item[];
}

const CALL = 'call-results';

function item(r: ChartData['regional-resource-program'][number]): Item {
  if (!r.figure) throw new Error(`regional-resource-program ${r.id} has no figure`);
  return { id: r.id, label_ja: r.label_ja, label_en: r.label_en, figure: r.figure, period: r.period ? Period.parse(r.period) : null };
}

export function transform(data: ChartData): RegionalResourceCallRows {
  const rows = data['regional-resource-program'].filter((r) => r.figure);
  const call = rows.filter((r) => r.group === CALL);
  const ratios = call.filter((r) => r.figure!.unit === 'times');
  if (ratios.length !== 1) throw new Error(`regional-resource-program: expected one competition ratio in ${CALL}, found ${ratios.length}`);
  const ratio = item(ratios[0]!);
  if (!ratio.period) throw new Error('regional-resource-program: the competition ratio has no period');
  return {
    period: ratio.period,
    bars: call.filter((r) => r.figure!.unit === 'cases').map(item),
    ratio,
    facts: rows.filter((r) => r.group !== CALL).map(item),
  };
}

function byId(items: Item[], id: string): Item {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`regional-resource-call needs the ${id} row`);
  return found;
}

/** `研究開発期間（上限）` → `研究開発期間`: the value already says 以内 / up to. */
const factLabel = (i: Item, lang: Lang) =>
  i.figure.bound === 'max' ? label(i, lang).replace(/（上限）$|\s*\(maximum\)$/, '') : label(i, lang);

/** `予算（平成19年度）：19.6億円`; `sep` replaces the colon in running text. */
function factText(i: Item, lang: Lang, sep = lang === 'ja' ? '：' : ': '): string {
  const when = i.period ? formatPeriod(i.period, lang) : '';
  if (lang === 'ja') return `${factLabel(i, lang)}${when ? `（${when}）` : ''}${sep}${formatFigure(i.figure, lang)}`;
  return `${factLabel(i, lang)}${when ? ` (${when})` : ''}${sep}${formatFigure(i.figure, lang)}`;
}

export function text(rows: RegionalResourceCallRows, lang: Lang): ChartText {
  const figures = figureKeys('regional-resource-program', [...rows.bars, rows.ratio, ...rows.facts]);
  const f = (i: Item) => formatFigure(i.figure, lang);
  const period = formatPeriod(rows.period, lang);
  const proposals = byId(rows.bars, 'proposals');
  const adopted = byId(rows.bars, 'adopted');
  const table = {
    head: lang === 'ja' ? ['項目', '値'] : ['Item', 'Value'],
    numeric: [false, true],

    computed: [false, false],
    ...tableCells([...rows.bars, rows.ratio, ...rows.facts].map((i) => [label(i, lang), figureCell(i.figure, lang)])),
  };
  const source = { id: 'meti-2007', pages: [5] };
  if (lang === 'ja') {
    return {
      title: `${period}公募は${f(proposals)}中${f(adopted)}を採択、倍率${f(rows.ratio)}`,
      subtitle: `地域資源活用型研究開発事業、${period}公募の結果（件）と事業の予算・上限`,
      description: `横棒グラフ。${period}公募の${listJoin(
        rows.bars.map((b) => `${b.label_ja}は${f(b)}`),
        lang,
      )}で、${rows.ratio.label_ja}は${f(rows.ratio)}。事業の予算と上限は、${listJoin(
        rows.facts.map((i) => factText(i, lang, '')),
        lang,
      )}。`,
      table: { caption: `地域資源活用型研究開発事業：${period}公募の結果と事業の予算・上限`, ...table },
      transcription: [],
      notes: [
        `${rows.ratio.label_ja}（${f(rows.ratio)}）は資料の表記どおり。`,
        `予算と研究開発期間・研究開発費の上限は、資料の「制度の概要」「実施体制等」による。`,
      ],
      source,
      datasets: ['regional-resource-program'],
      computed: [],
      figures,
    };
  }
  return {
    title: `The ${period} call adopted ${f(adopted)} of ${f(proposals)} proposals (competition ratio ${f(rows.ratio)})`,
    subtitle: `Regional-resource R&D programme: results of the ${period} call (number of proposals), with the programme’s budget and limits`,
    description: `Bar chart with ${rows.bars.length} bars. In the ${period} call: ${listJoin(
      rows.bars.map((b) => `${b.label_en.toLowerCase()} ${f(b)}`),
      lang,
    )}; competition ratio ${f(rows.ratio)}. The programme’s budget and limits: ${rows.facts.map((i) => factText(i, lang, ' ')).join('; ')}.`,
    table: { caption: `Regional-resource R&D programme: results of the ${period} call, and the programme’s budget and limits`, ...table },
    transcription: [],
    notes: [
      `The competition ratio (${f(rows.ratio)}) is as printed in the source.`,
      'The budget and the limits on the R&D period and funding are from the parts of the slide headed “Outline of the scheme” (制度の概要) and “Implementation arrangements, etc.” (実施体制等).',
    ],
    source,
    datasets: ['regional-resource-program'],
    computed: [],
    figures,
  };
}

const FONT = 12;
const LINE = 16;
const BAR = 20;

export function render(rows: RegionalResourceCallRows, { lang, width }: RenderOptions): string {
  const f = (i: Item) => formatFigure(i.figure, lang);
  const marginLeft = 2;
  const marginRight = Math.ceil(Math.max(...rows.bars.map((b) => textWidth(f(b), FONT)))) + 12;
  const inner = width - marginLeft - marginRight;
  const full = (width - marginLeft - 4) * READER_FILL;
  const fills = [CHART_COLOURS.muted, CHART_COLOURS.primary];

  const texts: { y: number; text: string; bold: boolean }[] = [];
  const bars: { x: number; y1: number; y2: number; fill: string; tip: string; value: string }[] = [];
  let y = 4;
  const lines = (s: string, bold = false, maxWidth = full) => {
    const wrapped = wrapText(s, maxWidth, FONT, bold ? 'bold' : 'regular');
    texts.push({ y, text: wrapped.join('\n'), bold });
    y += wrapped.length * LINE;
  };

  const period = formatPeriod(rows.period, lang);
  lines(lang === 'ja' ? `${period}公募の結果（件）` : `The ${period} call (number of proposals)`, true);
  y += 6;
  rows.bars.forEach((b, k) => {
    lines(label(b, lang), false, inner);
    y += 2;
    bars.push({ x: b.figure.value, y1: y, y2: y + BAR, fill: fills[k % fills.length]!, tip: `${label(b, lang)}: ${f(b)}`, value: f(b) });
    y += BAR + 10;
  });
  lines(lang === 'ja' ? `${rows.ratio.label_ja}：${f(rows.ratio)}` : `${rows.ratio.label_en}: ${f(rows.ratio)}`, true);
  y += 16;
  lines(lang === 'ja' ? '事業の予算と上限' : 'The programme’s budget and limits', true);
  y += 2;
  for (const fact of rows.facts) lines(factText(fact, lang, lang === 'ja' ? '\u3000' : ': '));
  const height = y + 4;

  const t = text(rows, lang);
  const max = Math.max(...rows.bars.map((b) => b.figure.value));
  const textOptions = { x: 0, ...wordLines(LINE, FONT), fill: CHART_COLOURS.ink } as const;
  return renderPlot(
    {
      width,
      height,
      margin: 0,
      x: { domain: [0, max], range: [marginLeft, marginLeft + inner], axis: null },
      y: { domain: [0, height], range: [0, height], axis: null },
      marks: [
        Plot.rect(bars, { x1: 0, x2: 'x', y1: 'y1', y2: 'y2', fill: 'fill', title: 'tip' }),
        Plot.text(bars, {
          x: 'x',
          y: (d: (typeof bars)[0]) => (d.y1 + d.y2) / 2,
          text: 'value',
          textAnchor: 'start',
          dx: 6,
          fontSize: FONT,
          fontWeight: 'bold',
          fill: CHART_COLOURS.ink,
        }),
        Plot.text(
          texts.filter((d) => d.bold),
          { ...textOptions, fontWeight: 'bold' },
        ),
        Plot.text(
          texts.filter((d) => !d.bold),
          textOptions,
        ),
      ],
    },
    chartLabel(t, lang),
  );
}

export const chart: ChartModule<RegionalResourceCallRows> = { id: 'regional-resource-call', transform, text, render };
