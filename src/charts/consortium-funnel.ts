/**
 * consortium-funnel — the regional consortium R&D programme, 平成9–18年 (page 4): proposals
 * → projects carried out, then the shares of completed projects that reached practical use and
 * commercialisation, with the participants beside them.
 *
 * The shares are drawn as shares, not as counts: the slide's own chart puts them against the
 * number of completed projects (プロジェクト終了件数), which it does not print, so no count can
 * be derived from them honestly.
 */
import type { Lang } from '../core/locales.ts';
import { formatFigure, formatPeriod } from '../i18n/figure-format.ts';
import { toHalfWidth } from '../core/japanese-number.ts';
import { Period, type Figure } from '../schemas/figure.ts';
import { row } from '../collections/read-collections.ts';
import { CHART_COLOURS } from '../core/palette.ts';
import { chartLabel, Plot, renderPlot, wordLines } from './lib/render.ts';
import { READER_FILL, READER_SPREAD, textWidth } from '../text/text-width.ts';
import { wrapText } from '../text/wrap-text.ts';
import { figureCell, figureKeys, tableCells } from './lib/table.ts';
import type { ChartModule, ChartText, RenderOptions } from './lib/types.ts';
import type { ChartData, FigureRow } from '../schemas/datasets.ts';
import { label, listJoin, note } from './lib/words.ts';

interface Item {
  id: string;
  label_ja: string;
  label_en: string;
  figure: Figure;
  note_ja?: string | undefined;
  note_en?: string | undefined;
}

export interface ConsortiumFunnelRows {
  /** The period the cumulative figures cover (H9-H18). */
  period: Period;
  /** Proposals received, then projects carried out: counts on one scale. */
  stages: [Item, Item];
  /** The competition ratio, and the total amount (総額) of the projects carried out. */
  ratio: Item;
  budget: Item;
  /** Shares of completed projects (fractions), in file order. */
  outcomes: Item[];
  /** Years after a project's end the outcomes were counted, read from the outcome notes; null if they do not say. */
  yearsAfter: number | null;
  /** Participating companies, their share of SMEs, participating universities. */
  participants: { companies: Item; smeShare: Item; universities: Item };
  /** What the slide shows without values. */
  notInSource: Pick<FigureRow, 'id' | 'label_ja' | 'label_en' | 'note_ja' | 'note_en'>[];
  /** Every printed row of the programme's figures (not the success cases), for the table. */
  table: Item[];
}

const GROUPS = ['calls', 'participants', 'outcomes'];

function item(r: FigureRow): Item {
  if (!r.figure) throw new Error(`consortium-results ${r.id} has no figure`);
  return { id: r.id, label_ja: r.label_ja, label_en: r.label_en, figure: r.figure, note_ja: r.note_ja, note_en: r.note_en };
}

/** `プロジェクト終了後３年以上経過した後…` → 3. */
function yearsAfterFrom(notes: (string | undefined)[]): number | null {
  const years = new Set(notes.map((n) => toHalfWidth(n ?? '').match(/(\d+)年以上/)?.[1]).filter((y): y is string => y !== undefined));
  return years.size === 1 ? Number([...years][0]) : null;
}

export function transform(data: ChartData): ConsortiumFunnelRows {
  const rows = data['consortium-results'];
  const proposals = row(rows, 'proposals');
  const period = Period.parse(proposals.period);
  const outcomes = rows.filter((r) => r.group === 'outcomes' && r.figure?.unit === 'fraction').map(item);
  return {
    period,
    stages: [item(proposals), item(row(rows, 'projects'))],
    ratio: item(row(rows, 'competition-ratio')),
    budget: item(row(rows, 'budget-total')),
    outcomes,
    yearsAfter: yearsAfterFrom(outcomes.map((o) => o.note_ja)),
    participants: {
      companies: item(row(rows, 'companies')),
      smeShare: item(row(rows, 'sme-share')),
      universities: item(row(rows, 'universities')),
    },
    notInSource: rows
      .filter((r) => r.status === 'not-in-source' && GROUPS.includes(r.group ?? ''))
      .map(({ id, label_ja, label_en, note_ja, note_en }) => ({ id, label_ja, label_en, note_ja, note_en })),
    table: rows.filter((r) => r.figure && GROUPS.includes(r.group ?? '')).map(item),
  };
}

export function text(rows: ConsortiumFunnelRows, lang: Lang): ChartText {
  const figures = figureKeys('consortium-results', [...new Map([...rows.table, ...rows.outcomes].map((i) => [i.id, i])).values()]);
  const f = (i: Item) => formatFigure(i.figure, lang);
  const [proposals, projects] = rows.stages;
  const { companies, smeShare, universities } = rows.participants;
  const period = formatPeriod(rows.period, lang);
  const find = (id: string) => rows.outcomes.find((o) => o.id === id);
  const practical = find('practical-use-rate');
  const commercial = find('commercialisation-rate');
  const notInSourceNotes = rows.notInSource.map((r) => `${label(r, lang)}${lang === 'ja' ? '：' : ': '}${note(r, lang) ?? ''}`);
  // One note per distinct wording: in English both outcome rows carry the same sentence.
  const byNote = new Map<string, string[]>();
  for (const o of rows.outcomes) {
    const n = note(o, lang);
    if (n) byNote.set(n, [...(byNote.get(n) ?? []), label(o, lang)]);
  }
  const outcomeNotes = [...byNote].map(([n, labels]) => `${listJoin(labels, lang)}${lang === 'ja' ? '：' : ': '}${n}`);
  const table = {
    head: lang === 'ja' ? ['項目', '値'] : ['Item', 'Value'],
    numeric: [false, true],

    computed: [false, false],
    ...tableCells([
      ...rows.table.map((i) => [label(i, lang), figureCell(i.figure, lang)]),
      ...rows.notInSource.map((r) => [label(r, lang), lang === 'ja' ? '資料に記載なし' : 'not given in the source']),
    ]),
  };
  const source = { id: 'meti-2007', pages: [4] };
  if (lang === 'ja') {
    const after = rows.yearsAfter === null ? '' : `（プロジェクト終了後${rows.yearsAfter}年以上経過した後に集計）`;
    const outcomesText = rows.outcomes.map((o) => `${o.label_ja}は${f(o)}`).join('、');
    return {
      title:
        practical && commercial
          ? `終了したプロジェクトの${f(practical)}が実用化、${f(commercial)}が事業化`
          : `${f(proposals)}の公募から${f(projects)}を実施`,
      subtitle: `地域新生コンソーシアム研究開発事業の実績（${period}の累積）：${f(proposals)}の公募から${f(projects)}のプロジェクトを実施。件数と、終了したプロジェクトに占める割合${after}`,
      description: `ファネル状の横棒グラフ。${period}の累積で、${proposals.label_ja}は${f(proposals)}（${rows.ratio.label_ja}${f(rows.ratio)}）、${projects.label_ja}は${f(projects)}（${rows.budget.label_ja}${f(rows.budget)}）。終了したプロジェクトのうち、${outcomesText}${after}。${companies.label_ja}は${f(companies)}（うち中小企業${f(smeShare)}）、${universities.label_ja}は${f(universities)}。`,
      table: { caption: `地域新生コンソーシアム研究開発事業の実績（${period}）`, ...table },
      transcription: [],
      notes: [
        ...outcomeNotes,
        '実用化・事業化の割合は、資料の図では「プロジェクト終了件数」に対して示されている。終了件数は記載がないため、実用化・事業化の件数は算出できず、図では割合のまま示した。',
        ...notInSourceNotes,
        '件数・金額・参加者数は資料の表記どおり概数（約）。',
      ],
      source,
      datasets: ['consortium-results'],
      computed: [],
      figures,
    };
  }
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const after = rows.yearsAfter === null ? '' : `, counted at least ${rows.yearsAfter} years after each project ended`;
  // `Share commercialised (product level)` → `about 1/3 commercialised (product level)`.
  const outcomesText = listJoin(
    rows.outcomes.map((o) => `${f(o)} ${o.label_en.replace(/^Share (of )?/, '')}`),
    lang,
  );
  return {
    title:
      practical && commercial
        ? `Completed projects: ${f(practical)} reached practical use, ${f(commercial)} commercialised`
        : `${cap(f(proposals))} proposals led to ${f(projects)} projects`,
    subtitle: `Regional Consortium R&D Programme, cumulative ${period}: ${f(projects)} projects carried out from ${f(proposals)} proposals. Counts, and shares of completed projects${after}`,
    description: `Funnel of horizontal bars. Cumulative ${period}: ${f(proposals)} proposals received (competition ratio ${f(rows.ratio)}), ${f(projects)} projects carried out (total ${f(rows.budget)}). Of the completed projects: ${outcomesText}${after}. Participants: ${f(companies)} (${f(smeShare)} of them small and medium-sized) and ${f(universities)}.`,
    table: { caption: `Regional Consortium R&D Programme: results, ${period}`, ...table },
    transcription: [],
    notes: [
      ...outcomeNotes,
      'The slide’s chart sets the practical-use and commercialisation shares against the number of completed projects, which it does not give; so no counts can be derived from the shares, and the chart shows them as shares.',
      ...notInSourceNotes,
      'Counts, amounts and participants are approximate (約, “about”), as printed.',
    ],
    source,
    datasets: ['consortium-results'],
    computed: [],
    figures,
  };
}

const FONT = 12;
const LINE = 15;
const BAR = 13;

export function render(rows: ConsortiumFunnelRows, { lang, width }: RenderOptions): string {
  const f = (i: Item) => formatFigure(i.figure, lang);
  const period = formatPeriod(rows.period, lang);
  const values = [...rows.stages, ...rows.outcomes].map(f);
  const marginLeft = 2;
  const marginRight = Math.ceil(Math.max(...values.map((v) => textWidth(v, FONT))) * READER_SPREAD) + 12;
  const inner = width - marginLeft - marginRight;
  const full = (width - marginLeft - 4) * READER_FILL;

  const texts: { x: number; y: number; text: string; bold: boolean; muted: boolean }[] = [];
  const tracks: { x1: number; x2: number; y1: number; y2: number }[] = [];
  const bars: { x1: number; x2: number; y1: number; y2: number; fill: string; tip: string; value: string }[] = [];
  let y = 4;
  const lines = (s: string, bold = false, muted = false, maxWidth = full) => {
    const wrapped = wrapText(s, maxWidth, FONT, bold ? 'bold' : 'regular');
    texts.push({ x: 0, y, text: wrapped.join('\n'), bold, muted });
    y += wrapped.length * LINE;
  };
  const bar = (i: Item, share: number, fill: string, track: boolean) => {
    lines(label(i, lang), false, false, inner);
    y += 1;
    if (track) tracks.push({ x1: 0, x2: 1, y1: y, y2: y + BAR });
    bars.push({ x1: 0, x2: share, y1: y, y2: y + BAR, fill, tip: `${label(i, lang)}: ${f(i)}`, value: f(i) });
    y += BAR + 7;
  };

  const [proposals, projects] = rows.stages;
  lines(lang === 'ja' ? `公募と実施（${period}の累積、件数）` : `Calls and projects (cumulative ${period}, counts)`, true);
  y += 4;
  const max = Math.max(...rows.stages.map((s) => s.figure.value));
  bar(proposals, proposals.figure.value / max, CHART_COLOURS.muted, false);
  bar(projects, projects.figure.value / max, CHART_COLOURS.primary, false);
  lines(
    lang === 'ja'
      ? `${rows.ratio.label_ja} ${f(rows.ratio)}　${rows.budget.label_ja} ${f(rows.budget)}`
      : `Competition ratio ${f(rows.ratio)} · total ${f(rows.budget)}`,
    false,
    true,
  );
  y += 10;

  lines(lang === 'ja' ? '終了したプロジェクトに占める割合' : 'Share of completed projects', true);
  if (rows.yearsAfter !== null) {
    lines(
      lang === 'ja'
        ? `プロジェクト終了後${rows.yearsAfter}年以上経過した後に集計`
        : `Counted at least ${rows.yearsAfter} years after each project ended`,
      false,
      true,
    );
  }
  y += 4;
  const outcomeFills = [CHART_COLOURS.tertiary, CHART_COLOURS.secondary, CHART_COLOURS.accent];
  rows.outcomes.forEach((o, k) => {
    bar(o, o.figure.value, outcomeFills[k % outcomeFills.length]!, true);
  });
  y += 4;

  const { companies, smeShare, universities } = rows.participants;
  lines(lang === 'ja' ? `参加者（${period}の累積）` : `Participants (cumulative ${period})`, true);
  y += 2;
  lines(
    lang === 'ja'
      ? `${companies.label_ja}：${f(companies)}（うち中小企業${f(smeShare)}）`
      : `Companies: ${f(companies)} (${f(smeShare)} small and medium-sized)`,
  );
  lines(lang === 'ja' ? `${universities.label_ja}：${f(universities)}` : `Universities: ${f(universities)}`);
  const height = y + 4;

  const t = text(rows, lang);
  const xRange = [marginLeft, marginLeft + inner];
  const textOptions = { x: 'x', ...wordLines(LINE, FONT), dx: 0 } as const;
  return renderPlot(
    {
      width,
      height,
      margin: 0,
      x: { domain: [0, 1], range: xRange, axis: null },
      y: { domain: [0, height], range: [0, height], axis: null },
      marks: [
        Plot.rect(tracks, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: CHART_COLOURS.remainder }),
        Plot.rect(bars, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: 'fill', title: 'tip' }),
        Plot.text(bars, {
          x: 'x2',
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
          { ...textOptions, fontWeight: 'bold', fill: CHART_COLOURS.ink },
        ),
        Plot.text(
          texts.filter((d) => !d.bold && !d.muted),
          { ...textOptions, fill: CHART_COLOURS.ink },
        ),
        Plot.text(
          texts.filter((d) => d.muted),
          { ...textOptions, fill: CHART_COLOURS.ink, fillOpacity: 0.8 },
        ),
      ],
    },
    chartLabel(t, lang),
  );
}

export const chart: ChartModule<ConsortiumFunnelRows> = { id: 'consortium-funnel', transform, text, render };
