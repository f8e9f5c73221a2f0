/**
 * cocreation-budget — the FY2008 request for the regional innovation co-creation programme
 * (page 6) and its parts, as an unrolled icicle: one row per item, in hierarchy order, each bar
 * placed inside its parent's span on one yen scale. The hierarchy comes from the `parent` links;
 * an item the source gives no amount for is listed without a bar.
 */
import type { Lang } from '../core/locales.ts';
import { catalogueOf } from '../derived/catalogue.ts';
import type { DerivedFigure } from '../derived/derived-figure.ts';
import { formatFigure, formatPeriod } from '../i18n/figure-format.ts';
import { Period, type Figure } from '../schemas/figure.ts';
import { CHART_COLOURS } from '../core/palette.ts';
import { chartLabel, Plot, renderPlot, wordLines } from './lib/render.ts';
import { READER_FILL, textWidth } from '../text/text-width.ts';
import { wrapText } from '../text/wrap-text.ts';
import { computedCell, computedHead, figureCell, figureKeys, tableCells } from './lib/table.ts';
import type { ChartModule, ChartText, RenderOptions } from './lib/types.ts';
import type { ChartData, FigureRow } from '../schemas/datasets.ts';
import { label, listJoin, note } from './lib/words.ts';

export interface BudgetNode {
  id: string;
  parent: string | null;
  /** 0 for the programme, 1 for its parts, 2 for theirs. */
  depth: number;
  label_ja: string;
  label_en: string;
  /** The amount as printed; null where the source gives none. */
  figure: Figure | null;
  note_ja?: string | undefined;
  note_en?: string | undefined;
  /** Where the bar starts and ends on the yen scale (inside the parent's span); null without an amount. */
  start: number | null;
  end: number | null;
  /** The parent's span, drawn behind the bar; null for the root. */
  parentStart: number | null;
  parentEnd: number | null;
  /** Share of the parent's amount, computed (src/derived/); null for the root or without amounts. */
  share: DerivedFigure | null;
  /** Index of the top-level part the item belongs to (its colour); -1 for the root. */
  branch: number;
}

export interface CocreationBudgetRows {
  period: Period;
  /** The items, depth first in file order: each parent before its parts. */
  nodes: BudgetNode[];
  /** For each item with amounted parts: whether the parts add up to it (to the printed precision). */
  sums: { id: string; adds: boolean }[];
  /** The largest value on the scale (the total, or more if parts exceed it). */
  max: number;
}

export function transform(data: ChartData): CocreationBudgetRows {
  const rows = data['cocreation-budget'];
  const ids = new Set(rows.map((r) => r.id));
  for (const r of rows) if (r.parent && !ids.has(r.parent)) throw new Error(`cocreation-budget ${r.id}: parent ${r.parent} is not a row`);
  const children = (id: string | null) => rows.filter((r) => (r.parent || null) === id);
  const roots = children(null);
  if (roots.length !== 1) throw new Error(`cocreation-budget needs one total (a row without parent), found ${roots.length}`);

  const derived = catalogueOf(data);
  const nodes: BudgetNode[] = [];
  const sums: CocreationBudgetRows['sums'] = [];
  const visit = (r: FigureRow, depth: number, start: number | null, parent: BudgetNode | null, branch: number) => {
    const value = r.figure?.value ?? null;
    const node: BudgetNode = {
      id: r.id,
      parent: parent?.id ?? null,
      depth,
      label_ja: r.label_ja,
      label_en: r.label_en,
      figure: r.figure,
      note_ja: r.note_ja,
      note_en: r.note_en,
      start: value === null ? null : start,
      end: value === null || start === null ? null : start + value,
      parentStart: parent?.start ?? null,
      parentEnd: parent?.end ?? null,
      share: value !== null && parent?.figure ? derived.get(`cocreation-budget.${r.id}.share-of-parent`) : null,
      branch,
    };
    nodes.push(node);
    const parts = children(r.id);
    const amounted = parts.filter((p) => p.figure);
    if (r.figure && amounted.length > 0) {
      const sum = amounted.reduce((s, p) => s + p.figure!.value, 0);
      // Amounts are printed to 0.1億円 at best: equal within half of that.
      sums.push({ id: r.id, adds: Math.abs(sum - r.figure.value) < 0.05e8 });
    }
    let cursor = node.start ?? 0;
    parts.forEach((p, k) => {
      visit(p, depth + 1, cursor, node, depth === 0 ? k : branch);
      cursor += p.figure?.value ?? 0;
    });
  };
  visit(roots[0]!, 0, 0, null, -1);
  if (nodes.length !== rows.length) throw new Error('cocreation-budget: some rows are not reachable from the total (a parent cycle?)');
  const period = roots[0]!.period;
  if (!period) throw new Error('cocreation-budget: the total has no period');
  return { period: Period.parse(period), nodes, sums, max: Math.max(...nodes.map((n) => n.end ?? 0)) };
}

export function text(rows: CocreationBudgetRows, lang: Lang): ChartText {
  const figures = figureKeys(
    'cocreation-budget',
    rows.nodes.filter((n) => n.figure),
  );
  const ja = lang === 'ja';
  const f = (n: BudgetNode) => (n.figure ? formatFigure(n.figure, lang) : ja ? '資料に記載なし' : 'not given in the source');
  const period = formatPeriod(rows.period, lang);
  const root = rows.nodes[0]!;
  const parts = (n: BudgetNode) => rows.nodes.filter((c) => c.parent === n.id);
  const top = parts(root);
  const largest = top.filter((n) => n.figure).sort((a, b) => b.figure!.value - a.figure!.value)[0];
  const unpriced = rows.nodes.filter((n) => !n.figure);

  // `①…17.7億円（うち…12.2億円、…5.5億円）`, recursively, for the amounted items.
  const describe = (n: BudgetNode): string => {
    const inner = parts(n).filter((c) => c.figure);
    const sub = inner.length
      ? ja
        ? `（うち${listJoin(inner.map(describe), lang)}）`
        : ` (of which ${listJoin(inner.map(describe), lang)})`
      : '';
    return ja ? `${n.label_ja}${f(n)}${sub}` : `${n.label_en} ${f(n)}${sub}`;
  };
  const sumSentence = (id: string, adds: boolean) => {
    const n = rows.nodes.find((x) => x.id === id)!;
    const names = and(
      parts(n)
        .filter((c) => c.figure)
        .map((c) => label(c, lang)),
      lang,
    );
    if (ja)
      return adds
        ? `本サイトの計算では、${names}の合計は${label(n, lang)}の${f(n)}に等しい。`
        : `本サイトの計算では、${names}の合計は${label(n, lang)}の${f(n)}と一致しない。`;
    return adds
      ? `Added up by this site, ${names} come to the ${f(n)} of ${theLabel(n)}.`
      : `Added up by this site, ${names} do not come to the ${f(n)} of ${theLabel(n)}.`;
  };
  const unpricedSentence = unpriced.map((n) =>
    ja ? `${n.label_ja}は資料に金額の記載がないため、棒を描いていない。` : `${n.label_en} has no amount in the source, so it has no bar.`,
  );
  const nodeNotes = rows.nodes.filter((n) => n.figure && note(n, lang)).map((n) => `${label(n, lang)}${ja ? '：' : ': '}${note(n, lang)}`);
  // The same values as the tooltips: amount and share of the item it is part of.
  const table = {
    head: ja
      ? ['項目', '内訳元', '金額', computedHead('内訳元に占める割合', lang)]
      : ['Item', 'Part of', 'Amount', computedHead('Share of the whole it is part of', lang)],
    numeric: [false, false, true, true],
    computed: [false, false, false, true],
    ...tableCells(
      rows.nodes.map((n) => {
        const parent = rows.nodes.find((p) => p.id === n.parent);
        return [
          label(n, lang),
          parent ? label(parent, lang) : '—',
          n.figure ? figureCell(n.figure, lang) : f(n),
          n.share === null ? '—' : computedCell(n.share, lang),
        ];
      }),
    ),
  };
  const source = { id: 'meti-2007', pages: [6] };
  const datasets = ['cocreation-budget'];
  const computed = rows.nodes.flatMap((n) => (n.share ? [n.share] : []));
  const description = ja
    ? `階層を示す横棒グラフ（アイシクル図）。総額は${root.label_ja}${f(root)}。${top
        .filter((n) => n.figure)
        .map((n) => `${describe(n)}。`)
        .join('')}${unpricedSentence.join('')}`
    : `Hierarchical bar chart (an icicle, one row per item). The total is ${f(root)} for the ${root.label_en}. ${top
        .filter((n) => n.figure)
        .map((n) => `${describe(n)}.`)
        .join(' ')}${unpricedSentence.length ? ` ${unpricedSentence.join(' ')}` : ''}`;

  if (ja) {
    return {
      title: largest
        ? `要求額${f(root)}の${formatFigure(largest.share!.figure, lang)}が${largest.label_ja}`
        : `${period}新規要求の${root.label_ja}は${f(root)}`,
      subtitle: `${root.label_ja}、${period}新規要求額とその内訳（億円）${largest ? `。${largest.label_ja}は${f(largest)}` : ''}`,
      description,
      table: { caption: `${root.label_ja}の${period}新規要求額と内訳`, ...table },
      transcription: [],
      notes: [
        ...nodeNotes,
        ...rows.sums.map((s) => sumSentence(s.id, s.adds)),
        ...unpricedSentence,
        '割合（%）は本サイトが資料の金額から計算した値。',
      ],
      source,
      datasets,
      computed,
      figures,
    };
  }
  return {
    title: largest
      ? `${largest.label_en} takes ${formatFigure(largest.share!.figure, lang)} of the ${f(root)} request`
      : `${f(root)} requested for the ${root.label_en} in ${period}`,
    subtitle: `${root.label_en}: new budget request for ${period} and its parts${largest ? `; ${largest.label_en}, ${f(largest)}` : ''}`,
    description,
    table: { caption: `${root.label_en}: new budget request for ${period} and its parts`, ...table },
    transcription: [],
    notes: [
      ...nodeNotes,
      ...rows.sums.map((s) => sumSentence(s.id, s.adds)),
      ...unpricedSentence,
      'Shares (%) are computed by this site from the amounts in the source.',
    ],
    source,
    datasets,
    computed,
    figures,
  };
}

/** `A、B、C` → `A、BとC`; `A, B and C`. */
function and(items: string[], lang: Lang): string {
  if (items.length < 2) return items.join('');
  return `${listJoin(items.slice(0, -1), lang)}${lang === 'ja' ? 'と' : ' and '}${items.at(-1)}`;
}

/** `Regional Innovation Co-creation Programme` reads with an article; numbered parts `(1) …` without. */
const theLabel = (n: BudgetNode) => (/^\(/.test(n.label_en) ? n.label_en : `the ${n.label_en}`);

const FONT = 12;
const LINE = 15;
const BAR = 12;
const INDENT = 14;
const BRANCH_COLOURS = [CHART_COLOURS.primary, CHART_COLOURS.secondary, CHART_COLOURS.tertiary, CHART_COLOURS.accent];

export function render(rows: CocreationBudgetRows, { lang, width }: RenderOptions): string {
  const ja = lang === 'ja';
  const marginLeft = 2;
  const marginRight = 4;
  const inner = width - marginLeft - marginRight;
  const texts: { y: number; dx: number; text: string; bold: boolean }[] = [];
  const tracks: { x1: number; x2: number; y1: number; y2: number }[] = [];
  const bars: { x1: number; x2: number; y1: number; y2: number; fill: string; tip: string }[] = [];
  let y = 4;
  for (const n of rows.nodes) {
    const value = n.figure ? formatFigure(n.figure, lang) : ja ? '金額の記載なし' : 'no amount in the source';
    // The amount is never broken across lines: it ends the label's last line, or gets its own.
    const room = (inner - n.depth * INDENT) * READER_FILL;
    const weight = n.depth === 0 ? 'bold' : 'regular';
    const wrapped = wrapText(label(n, lang), room, FONT, weight);
    const amount = n.figure ? value : ja ? `（${value}）` : `(${value})`;
    const last = `${wrapped.at(-1)}${ja ? '　' : ': '}${amount}`;
    if (textWidth(last, FONT, weight) <= room) wrapped[wrapped.length - 1] = last;
    else wrapped.push(amount);
    texts.push({ y, dx: n.depth * INDENT, text: wrapped.join('\n'), bold: n.depth === 0 });
    y += wrapped.length * LINE + 2;
    if (n.start !== null && n.end !== null) {
      if (n.parentStart !== null && n.parentEnd !== null) tracks.push({ x1: n.parentStart, x2: n.parentEnd, y1: y, y2: y + BAR });
      const share =
        n.share === null
          ? ''
          : ja
            ? `（${formatFigure(n.share.figure, lang)}、計算値）`
            : ` (${formatFigure(n.share.figure, lang)}, computed)`;
      bars.push({
        x1: n.start,
        x2: n.end,
        y1: y,
        y2: y + BAR,
        fill: n.branch < 0 ? CHART_COLOURS.muted : BRANCH_COLOURS[n.branch % BRANCH_COLOURS.length]!,
        tip: `${label(n, lang)}: ${value}${share}`,
      });
      y += BAR + 8;
    } else y += 6;
  }
  const height = y;
  const t = text(rows, lang);
  const textOptions = { x: 0, ...wordLines(LINE, FONT), fill: CHART_COLOURS.ink } as const;
  return renderPlot(
    {
      width,
      height,
      margin: 0,
      x: { domain: [0, rows.max], range: [marginLeft, marginLeft + inner], axis: null },
      y: { domain: [0, height], range: [0, height], axis: null },
      marks: [
        Plot.rect(tracks, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: CHART_COLOURS.remainder }),
        Plot.rect(bars, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: 'fill', title: 'tip', insetLeft: 0.5, insetRight: 0.5 }),
        ...texts.map((d) => Plot.text([d], { ...textOptions, dx: d.dx, fontWeight: d.bold ? 'bold' : 'normal' })),
      ],
    },
    chartLabel(t, lang),
  );
}

export const chart: ChartModule<CocreationBudgetRows> = { id: 'cocreation-budget', transform, text, render };
