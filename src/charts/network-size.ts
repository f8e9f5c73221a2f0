/**
 * network-size — the Phase II projects by participating companies and universities (page 2),
 * two bar panels side by side in one order (most companies first), the national totals beside.
 * Per-project university counts add up to more than the national total, presumably because
 * universities join several projects; the chart says so, and that the source does not explain it.
 * With more projects than a bar chart can show legibly (DRAWN_AT_MOST), it draws the largest, its
 * page table shows the same ones, and its words say how many are left out, their range, and that
 * the projects index and the downloads (which keep every row) list them all.
 */
import type { Lang } from '../core/locales.ts';
import { catalogueOf } from '../derived/catalogue.ts';
import type { DerivedFigure } from '../derived/derived-figure.ts';
import { formatFigure, formatValue } from '../i18n/figure-format.ts';
import type { Figure } from '../schemas/figure.ts';
import { row } from '../collections/read-collections.ts';
import { CHART_COLOURS } from '../core/palette.ts';
import { renderPlot, Plot } from './lib/render.ts';
import { READER_FILL, READER_SPREAD, textWidth } from '../text/text-width.ts';
import { wrapText } from '../text/wrap-text.ts';
import { figureCell, figureKeys, projectKeys, tableCells } from './lib/table.ts';
import type { ChartModule, ChartText, RenderOptions } from './lib/types.ts';
import type { ChartData } from '../schemas/datasets.ts';
import { listJoin } from './lib/words.ts';
import { MEASURES, type Measure } from '../core/measures.ts';

/**
 * The most projects drawn as bars, and shown in the table on the page: the real 17 and a few more.
 * Past a screen or two of bars a reader cannot compare them, and every page that shows the chart
 * (its own, the outcomes story, a briefing, the embed) grows with them: each project costs about
 * 1.5 KB per drawing, and an embed holds five drawings, so 20 keep the embed's drawings near 160 KB
 * and its page within 200 KB (test/unit/chart-network-size.test.ts checks at 100× the real data).
 */
export const DRAWN_AT_MOST = 20;

/** The most projects tied at an extreme that the words name; more are counted (`8 projects`). */
export const NAMED_TIES_AT_MOST = 3;

export interface NetworkSizeProject {
  id: string;
  name_ja: string;
  name_en: string;
  /** Short name of the bureau the project is listed under (関東, Kanto). */
  bureau_ja: string;
  bureau_en: string;
  companies: Figure;
  universities: Figure;
}

export interface NetworkSizeRows {
  /** Most companies first; equal counts keep the order printed (north to south). */
  projects: NetworkSizeProject[];
  /** Nationwide totals printed on page 2. */
  national: { companies: Figure; universities: Figure };
  /** Sums of the per-project figures: computed (src/derived/), never printed. */
  sums: { companies: DerivedFigure; universities: DerivedFigure };
}

export function transform(data: ChartData): NetworkSizeRows {
  const projects = data.projects
    .map((p) => {
      const bureau = data.bureaus.find((b) => b.id === p.bureau);
      if (!bureau) throw new Error(`network-size: project ${p.id} names bureau ${p.bureau}, which is not in bureaus`);
      return {
        id: p.id,
        name_ja: p.name_ja,
        name_en: p.name_en,
        bureau_ja: bureau.short_ja,
        bureau_en: bureau.short_en,
        companies: p.companies,
        universities: p.universities,
      };
    })
    .sort((a, b) => b.companies.value - a.companies.value);
  const national = (id: string) => {
    const figure = row(data['phase1-outcomes'], id).figure;
    if (!figure) throw new Error(`network-size: phase1-outcomes ${id} has no figure`);
    return figure;
  };
  const derived = catalogueOf(data);
  return {
    projects,
    national: { companies: national('current-companies'), universities: national('current-universities') },
    sums: { companies: derived.get('projects-companies-sum'), universities: derived.get('projects-universities-sum') },
  };
}

const name = (p: NetworkSizeProject, lang: Lang) => (lang === 'ja' ? p.name_ja : p.name_en);
const bureau = (p: NetworkSizeProject, lang: Lang) => (lang === 'ja' ? p.bureau_ja : p.bureau_en);
/** The project with its bureau: `地域産業活性化プロジェクト（関東）`. */
const projectLabel = (p: NetworkSizeProject, lang: Lang) =>
  lang === 'ja' ? `${p.name_ja}（${p.bureau_ja}）` : `${p.name_en} (${p.bureau_en})`;

/** Projects with the largest (or smallest) value of a measure, every one of a tie. */
function extreme(projects: NetworkSizeProject[], m: Measure, pick: 'max' | 'min'): NetworkSizeProject[] {
  const values = projects.map((p) => p[m].value);
  const target = pick === 'max' ? Math.max(...values) : Math.min(...values);
  return projects.filter((p) => p[m].value === target);
}

export function text(rows: NetworkSizeRows, lang: Lang): ChartText {
  const figures = [
    ...projectKeys(rows.projects),
    ...figureKeys('phase1-outcomes', [{ id: 'current-companies' }, { id: 'current-universities' }]),
  ];
  const n = rows.projects.length;
  const drawn = Math.min(n, DRAWN_AT_MOST);
  const capped = drawn < n;
  // The projects left out of the drawing and the page's table: they have at most the companies of the last one drawn.
  const rest = rows.projects.slice(drawn);
  const f = (figure: Figure) => formatFigure(figure, lang);
  /** The companies of the projects left out: `5社から120社まで`, `from 5 companies to 120 companies`, or one figure when all equal. */
  const restSpan = () => {
    const [most, least] = [rest[0]!.companies, rest[rest.length - 1]!.companies];
    if (most.value === least.value) return lang === 'ja' ? `いずれも${f(most)}` : `${f(most)} each`;
    return lang === 'ja' ? `${f(least)}から${f(most)}まで` : `from ${f(least)} to ${f(most)}`;
  };
  /**
   * Projects tied at an extreme: named when few, counted when many (at 100× the data dozens tie,
   * and their names made the headline and every drawing's label tens of kilobytes).
   */
  const names = (ps: NetworkSizeProject[]) =>
    ps.length > NAMED_TIES_AT_MOST
      ? lang === 'ja'
        ? `${ps.length}プロジェクト`
        : `${ps.length} projects`
      : listJoin(
          ps.map((p) => projectLabel(p, lang)),
          lang,
        );
  const [maxC, minC, maxU, minU] = [
    extreme(rows.projects, 'companies', 'max'),
    extreme(rows.projects, 'companies', 'min'),
    extreme(rows.projects, 'universities', 'max'),
    extreme(rows.projects, 'universities', 'min'),
  ] as [NetworkSizeProject[], NetworkSizeProject[], NetworkSizeProject[], NetworkSizeProject[]];
  const topC = maxC[0]!;
  const topU = maxU[0]!;
  const sameLeader = maxC.length === 1 && maxU.length === 1 && topC.id === topU.id;
  const { national } = rows;
  const sums = { companies: rows.sums.companies.figure, universities: rows.sums.universities.figure };
  const universitiesExceed = sums.universities.value > national.universities.value;
  const table = (head: string[], caption: string) => ({
    caption,
    head,
    numeric: [false, false, true, true],
    computed: [false, false, false, false],
    ...(capped ? { projectsShown: drawn } : {}),
    ...tableCells(
      rows.projects.map((p) => [name(p, lang), bureau(p, lang), figureCell(p.companies, lang), figureCell(p.universities, lang)]),
    ),
  });
  const common = {
    figures,
    source: { id: 'meti-2007', pages: [2] },
    datasets: ['cluster-projects', 'phase1-outcomes', 'bureaus'],
    computed: [rows.sums.companies, rows.sums.universities],
  };

  if (lang === 'ja') {
    const universitiesNote = universitiesExceed
      ? `プロジェクト別の大学数を合計すると${f(sums.universities)}で、全国の${f(national.universities)}を上回る。同じ大学が複数のプロジェクトに参加しているためとみられるが、資料はこの点を説明していない。`
      : `プロジェクト別の大学数の合計は${f(sums.universities)}、全国の大学数は${f(national.universities)}。`;
    return {
      title: sameLeader
        ? `${projectLabel(topC, lang)}が参加企業・大学とも最多`
        : `参加企業は${names(maxC)}、参加大学は${names(maxU)}が最多`,
      subtitle: `${
        capped ? `第Ⅱ期${n}プロジェクトのうち参加企業数の多い${drawn}プロジェクト` : `第Ⅱ期${n}プロジェクト`
      }の参加企業数と参加大学数（企業数の多い順、（　）内は経済産業局の地域）。最多は${
        sameLeader ? `${f(topC.companies)}・${f(topC.universities)}` : `${f(topC.companies)}と${f(topU.universities)}`
      }、全国計は企業${f(national.companies)}、大学${f(national.universities)}`,
      description:
        (capped
          ? `2列の横棒グラフ。${n}プロジェクトのうち企業数の多い${drawn}プロジェクトについて、参加企業数（左）と参加大学数（右）を企業数の多い順に並べている。表も同じ${drawn}プロジェクトを掲げ、全${n}プロジェクトはプロジェクト一覧とデータのダウンロードにある。`
          : `2列の横棒グラフ。${n}プロジェクトの参加企業数（左）と参加大学数（右）を、企業数の多い順に並べている。`) +
        `企業数は${names(minC)}の${f(minC[0]!.companies)}から${names(maxC)}の${f(topC.companies)}まで、` +
        `大学数は${names(minU)}の${f(minU[0]!.universities)}から${names(maxU)}の${f(topU.universities)}まで。` +
        universitiesNote,
      table: table(['プロジェクト', '経済産業局', '参加企業', '参加大学'], 'プロジェクト別の参加企業数と参加大学数'),
      transcription: [],
      notes: [
        universitiesNote,
        `プロジェクト別の企業数を合計すると${f(sums.companies)}。資料はこのページの全国計を${f(national.companies)}としている。`,
        `全国の大学数${f(national.universities)}は高等専門学校を含む。`,
        '（　）内は、資料でそのプロジェクトが掲げられている経済産業局の地域。',
        ...(capped
          ? [
              `グラフと表には参加企業数の多い${drawn}プロジェクトを掲げている。残る${n - drawn}プロジェクトの参加企業は${restSpan()}。全${n}プロジェクトはプロジェクト一覧とデータのダウンロードにある。`,
            ]
          : []),
      ],
      ...common,
    };
  }
  const universitiesNote = universitiesExceed
    ? `The per-project university counts add up to ${f(sums.universities)}, more than the nationwide total of ${f(national.universities)}. This is presumably because a university takes part in several projects, but the source does not explain it.`
    : `The per-project university counts add up to ${f(sums.universities)}; nationwide there are ${f(national.universities)}.`;
  return {
    title: sameLeader
      ? `${projectLabel(topC, lang)} is largest by both measures`
      : `${names(maxC)} ${maxC.length > 1 ? 'have' : 'has'} the most companies; ${names(maxU)} the most universities`,
    subtitle: `${
      capped
        ? `Participating companies and universities in the ${drawn} of the ${n} Phase II projects with the most companies`
        : `Participating companies and universities in each of the ${n} Phase II projects`
    }, most companies first (in brackets, the region of the regional bureau). The most: ${f(topC.companies)}${
      sameLeader ? ' and ' : '; '
    }${f(topU.universities)}. Nationwide: ${f(national.companies)} and ${f(national.universities)}`,
    description:
      (capped
        ? `Bar chart in two panels: participating companies (left) and universities (right) for the ${drawn} of the ${n} projects with the most companies, most companies first; the table shows the same ${drawn}, and the projects index and the data downloads list all ${n}. `
        : `Bar chart in two panels: participating companies (left) and universities (right) for each of the ${n} projects, most companies first. `) +
      `Companies range from ${f(minC[0]!.companies)} (${names(minC)}) to ${f(topC.companies)} (${names(maxC)}); ` +
      `universities from ${f(minU[0]!.universities)} (${names(minU)}) to ${f(topU.universities)} (${names(maxU)}). ` +
      universitiesNote,
    table: table(['Project', 'Regional bureau', 'Companies', 'Universities'], 'Participating companies and universities by project'),
    transcription: [],
    notes: [
      universitiesNote,
      `The per-project company counts add up to ${f(sums.companies)}; the source gives the nationwide total on this page as ${f(national.companies)}.`,
      `The nationwide total of ${f(national.universities)} includes colleges of technology.`,
      'In brackets: the region of the regional bureau under which the source lists the project.',
      ...(capped
        ? [
            `The chart and its table show the ${drawn} projects with the most companies. The other ${n - drawn} have ${restSpan()}; the projects index and the data downloads list all ${n}.`,
          ]
        : []),
    ],
    ...common,
  };
}

/** Layout of the drawing, in px: each project is its label, then its two bars, with no band wider than it needs. */
const LAYOUT = {
  fontSize: 12,
  /** Leading of a wrapped label; a one-line label takes a line less the gap below it. */
  lineHeight: 14,
  /** From a label's last line to its bars. */
  labelGap: 0,
  bar: 10,
  /** From a project's bars to the next project's label. */
  rowGap: 4,
  /** The panel headings and the space under them. */
  head: 20,
} as const;

export function render(rows: NetworkSizeRows, { lang, width }: RenderOptions): string {
  const { fontSize, lineHeight, labelGap, bar, rowGap, head } = LAYOUT;
  const gap = width < 480 ? 14 : 24;
  const panel = (width - gap) / 2;
  const colour: Record<Measure, string> = { companies: CHART_COLOURS.primary, universities: CHART_COLOURS.tertiary };
  const heading: Record<Measure, string> =
    lang === 'ja'
      ? { companies: '参加企業数（社）', universities: '参加大学数' }
      : { companies: 'Companies', universities: 'Universities' };

  // Each project takes its own band: its name (wrapped to the full width) just above its two bars,
  // the band as tall as its name needs, so the drawing's height follows its rows.
  let y = head;
  const projects = rows.projects.slice(0, DRAWN_AT_MOST).map((p) => {
    const lines = wrapText(projectLabel(p, lang), (width - 4) * READER_FILL, fontSize);
    const top = y;
    const barY = top + lines.length * lineHeight - 1 + labelGap;
    y = barY + bar + rowGap;
    return { ...p, lines, top, barY };
  });
  const height = Math.ceil(y - rowGap + 2);
  const bars = projects.flatMap((p) =>
    MEASURES.map((m) => ({
      id: p.id,
      measure: m,
      figure: p[m],
      value: formatValue(p[m], lang),
      tip: `${projectLabel(p, lang)}${lang === 'ja' ? '：' : ': '}${formatFigure(p[m], lang)}`,
      y1: p.barY,
      y2: p.barY + bar,
      mid: p.barY + bar / 2,
    })),
  );
  // Bars leave room at the end of each panel for the widest value label.
  const room = Math.max(...bars.map((b) => textWidth(b.value, fontSize))) * READER_SPREAD + 8;
  const start: Record<Measure, number> = { companies: 0, universities: panel + gap };
  const max: Record<Measure, number> = {
    companies: Math.max(...projects.map((p) => p.companies.value)),
    universities: Math.max(...projects.map((p) => p.universities.value)),
  };
  const x2 = (b: (typeof bars)[0]) => start[b.measure] + (max[b.measure] > 0 ? (b.figure.value / max[b.measure]) * (panel - room) : 0);
  const drawn = bars.map((b) => ({ ...b, x1: start[b.measure], x2: x2(b) }));
  const t = text(rows, lang);

  return renderPlot(
    {
      width,
      height,
      margin: 0,
      style: { fontSize: `${fontSize}px` },
      x: { domain: [0, width], range: [0, width], axis: null },
      y: { domain: [0, height], range: [0, height], axis: null },
      marks: [
        Plot.text(MEASURES, {
          x: (m: Measure) => start[m],
          y: () => 1,
          text: (m: Measure) => heading[m],
          textAnchor: 'start',
          lineAnchor: 'top',
          fontWeight: 'bold',
        }),
        Plot.text(projects, {
          x: () => 0,
          y: 'top',
          text: (p: (typeof projects)[0]) => p.lines.join('\n'),
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: lineHeight / fontSize,
          fill: CHART_COLOURS.ink,
        }),
        Plot.rect(drawn, {
          x1: 'x1',
          x2: 'x2',
          y1: 'y1',
          y2: 'y2',
          fill: (b: (typeof drawn)[0]) => colour[b.measure],
          title: 'tip',
        }),
        Plot.text(drawn, {
          x: 'x2',
          y: 'mid',
          text: 'value',
          dx: 4,
          textAnchor: 'start',
          fill: CHART_COLOURS.ink,
        }),
      ],
    },
    `${t.title}${lang === 'ja' ? '。' : '. '}${t.description}`,
  );
}

export const chart: ChartModule<NetworkSizeRows> = { id: 'network-size', transform, text, render };
