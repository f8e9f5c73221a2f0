/**
 * A project among all the projects: one bar per project, most first, the page's own project
 * highlighted and the others of its bureau named. Pure layout in CSS pixels, drawn by
 * components/ProjectContext.astro as an SVG whose bars are sized in percent of its width, so the
 * text keeps its size at every width (a viewBox would shrink it on a phone).
 */
import { wrapText } from '../../text/wrap-text.ts';

export interface RankBarInput {
  id: string;
  name: string;
  value: number;
  /** The value as the page prints it (a printed figure, as formatValue writes it). */
  label: string;
  /** 'current': the page's project; 'group': another project of its bureau; 'other': the rest. */
  role: 'current' | 'group' | 'other';
}

export interface RankBarRow extends RankBarInput {
  /** Top of the name's first line (named rows) or of the bar (the rest), in px. */
  y: number;
  /** Name, broken into lines no wider than the narrowest column the chart is drawn in; empty for unnamed rows. */
  lines: string[];
  barY: number;
  barHeight: number;
  /** Bar length in percent of the chart's width. */
  percent: number;
  /** Whether the value is printed at the bar's end. */
  showValue: boolean;
}

export interface RankBarsLayout {
  rows: RankBarRow[];
  /** Lines saying where rows of the ranking were left out, with their baseline in px. */
  gaps: { y: number; label: string }[];
  height: number;
}

/** Rows left out of the ranking before `items[before]` (or after the last), said by `label`. */
export interface RankBarGap {
  before: number;
  label: string;
}

export const RANK_BARS = {
  fontSize: 13,
  lineHeight: 17,
  /** The narrowest column the chart appears in (a 320 px phone, less the page's margins). */
  nameWidth: 280,
  /** The longest bar, in percent: the rest of the width is kept for its value. */
  maxPercent: 72,
  namedBar: 14,
  plainBar: 7,
  gap: 4,
  namedGap: 10,
} as const;

/**
 * Most first (equal values keep the given order); every named row gets its name above its bar.
 * `gaps` (for items given most first) take a line of their own where the ranking skips rows, so a
 * reader sees the break between the largest and a project far down the ranking.
 */
export function rankBars(items: RankBarInput[], gaps: readonly RankBarGap[] = []): RankBarsLayout {
  const c = RANK_BARS;
  const sorted = items.map((item, i) => ({ item, i })).sort((a, b) => b.item.value - a.item.value || a.i - b.i);
  if (gaps.length && sorted.some(({ i }, index) => i !== index)) throw new Error('rankBars: gaps need the items most first');
  const max = Math.max(...items.map((i) => i.value), 0);
  let y = 0;
  const gapLines: RankBarsLayout['gaps'] = [];
  const gapAt = (index: number) => {
    for (const gap of gaps.filter((g) => g.before === index)) {
      y += c.gap;
      gapLines.push({ y: y + c.lineHeight - 4, label: gap.label });
      y += c.lineHeight + c.gap;
    }
  };
  const rows = sorted.map(({ item }, index) => {
    gapAt(index);
    const named = item.role !== 'other';
    if (named && index > 0) y += c.namedGap - c.gap;
    const lines = named ? wrapText(item.name, c.nameWidth, c.fontSize, item.role === 'current' ? 'bold' : 'regular') : [];
    const top = y;
    const barY = top + lines.length * c.lineHeight + (named ? 2 : 0);
    const barHeight = named ? c.namedBar : c.plainBar;
    y = barY + barHeight + (named ? c.namedGap : c.gap);
    return {
      ...item,
      y: top,
      lines,
      barY,
      barHeight,
      percent: max > 0 ? (item.value / max) * c.maxPercent : 0,
      // The longest bar carries its value too, so the others' lengths can be read against it.
      showValue: named || index === 0,
    };
  });
  const last = rows.at(-1);
  const barsEnd = last ? Math.ceil(last.barY + last.barHeight) + 1 : 0;
  const before = gapLines.length;
  gapAt(rows.length);
  return { rows, gaps: gapLines, height: gapLines.length > before ? Math.ceil(y) : barsEnd };
}
