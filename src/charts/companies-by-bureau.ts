/**
 * companies-by-bureau — participating companies and university participations by regional
 * bureau, summed over each bureau's projects (page 2), north to south. Sums and shares are
 * computed (src/derived/catalogue.ts): a bureau's share is of the 17 projects added up, so the
 * shares add up to 100%. University counts are participations (a university in several projects
 * counts in each), so their share is of all participations, never of the nationwide number of
 * universities.
 */
import { catalogueOf } from '../derived/catalogue.ts';
import type { DerivedFigure } from '../derived/derived-figure.ts';
import { COMPUTED_WORDS } from '../derived/computed-words.ts';
import type { Lang } from '../core/locales.ts';
import { formatFigure, formatValue } from '../i18n/figure-format.ts';
import type { Figure } from '../schemas/figure.ts';
import { row } from '../collections/read-collections.ts';
import { CHART_COLOURS } from '../core/palette.ts';
import { renderPlot, Plot } from './lib/render.ts';
import { labelMargin, READER_SPREAD, textWidth } from '../text/text-width.ts';
import { wrapText } from '../text/wrap-text.ts';
import { computedCell, computedHead, figureKeys, tableCells } from './lib/table.ts';
import type { ChartModule, ChartText, RenderOptions } from './lib/types.ts';
import type { ChartData } from '../schemas/datasets.ts';
import { listJoin } from './lib/words.ts';
import { MEASURES, type Measure } from '../core/measures.ts';

export interface BureauSize {
  id: string;
  name_ja: string;
  name_en: string;
  short_ja: string;
  short_en: string;
  projectCount: DerivedFigure;
  /** Sum of the bureau's project figures (approximate when any part is). */
  companies: DerivedFigure;
  /** University participations: a university in two of the bureau's projects counts twice. */
  universities: DerivedFigure;
  /** Share of the companies of all the projects, added up. */
  companiesShare: DerivedFigure;
  /** Share of the university participations of all the projects. */
  universitiesShare: DerivedFigure;
}

export interface CompaniesByBureauRows {
  /** North to south, as the source lists the bureaus. */
  bureaus: BureauSize[];
  /** Nationwide totals printed on page 2. */
  national: { companies: Figure; universities: Figure };
  /** The projects' figures added up: the base of the shares. */
  sums: { companies: DerivedFigure; universities: DerivedFigure };
  projectCount: DerivedFigure;
}

export function transform(data: ChartData): CompaniesByBureauRows {
  const national = (id: string) => {
    const figure = row(data['phase1-outcomes'], id).figure;
    if (!figure) throw new Error(`companies-by-bureau: phase1-outcomes ${id} has no figure`);
    return figure;
  };
  const derived = catalogueOf(data);
  const bureaus = data.bureaus
    .slice()
    .sort((a, b) => a.derived.order - b.derived.order)
    .map((b) => ({
      id: b.id,
      name_ja: b.name_ja,
      name_en: b.name_en,
      short_ja: b.short_ja,
      short_en: b.short_en,
      projectCount: derived.get(`bureau.${b.id}.project-count`),
      companies: derived.get(`bureau.${b.id}.companies`),
      universities: derived.get(`bureau.${b.id}.universities`),
      companiesShare: derived.get(`bureau.${b.id}.companies-share`),
      universitiesShare: derived.get(`bureau.${b.id}.universities-share`),
    }));
  return {
    bureaus,
    national: { companies: national('current-companies'), universities: national('current-universities') },
    sums: { companies: derived.get('projects-companies-sum'), universities: derived.get('projects-universities-sum') },
    projectCount: derived.get('project-count'),
  };
}

const short = (b: BureauSize, lang: Lang) => (lang === 'ja' ? b.short_ja : b.short_en);
const projectsWord = (n: number, lang: Lang) => (lang === 'ja' ? `${n}プロジェクト` : `${n} ${n === 1 ? 'project' : 'projects'}`);

function extreme(bureaus: BureauSize[], m: Measure, pick: 'max' | 'min'): BureauSize[] {
  const values = bureaus.map((b) => b[m].exact);
  const target = pick === 'max' ? Math.max(...values) : Math.min(...values);
  return bureaus.filter((b) => b[m].exact === target);
}

export function text(rows: CompaniesByBureauRows, lang: Lang): ChartText {
  const figures = [
    ...rows.sums.companies.inputs,
    ...rows.sums.universities.inputs,
    ...figureKeys('phase1-outcomes', [{ id: 'current-companies' }, { id: 'current-universities' }]),
  ];
  const f = (figure: Figure | DerivedFigure) => formatFigure('figure' in figure ? figure.figure : figure, lang);
  const names = (bs: BureauSize[]) =>
    listJoin(
      bs.map((b) => short(b, lang)),
      lang,
    );
  const { bureaus, national, sums } = rows;
  const n = bureaus.length;
  const total = rows.projectCount.figure.value;
  const [maxC, minC, maxU, minU] = [
    extreme(bureaus, 'companies', 'max'),
    extreme(bureaus, 'companies', 'min'),
    extreme(bureaus, 'universities', 'max'),
    extreme(bureaus, 'universities', 'min'),
  ] as [BureauSize[], BureauSize[], BureauSize[], BureauSize[]];
  const topC = maxC[0]!;
  const topU = maxU[0]!;
  const sameLeader = maxC.length === 1 && maxU.length === 1 && topC.id === topU.id;
  const computed = [
    ...bureaus.flatMap((b) => [b.projectCount, b.companies, b.companiesShare, b.universities, b.universitiesShare]),
    sums.companies,
    sums.universities,
  ];
  const common = {
    figures,
    source: { id: 'meti-2007', pages: [2] },
    datasets: ['bureaus', 'cluster-projects', 'phase1-outcomes'],
    computed,
  };
  const tableRows = tableCells(
    bureaus.map((b) => [
      lang === 'ja' ? b.name_ja : b.name_en,
      computedCell(b.projectCount, lang),
      computedCell(b.companies, lang),
      computedCell(b.companiesShare, lang),
      computedCell(b.universities, lang),
      computedCell(b.universitiesShare, lang),
    ]),
  );
  const computedColumns = [false, true, true, true, true, true];

  if (lang === 'ja') {
    const head = [
      '経済産業局',
      'プロジェクト数',
      '参加企業',
      `${total}プロジェクトの参加企業に占める割合`,
      '参加大学（延べ）',
      `${total}プロジェクトの参加大学の延べ数に占める割合`,
    ];
    return {
      title: sameLeader
        ? `参加企業、大学の延べ数とも${short(topC, lang)}が最多`
        : `参加企業は${names(maxC)}、大学の延べ数は${names(maxU)}が最多`,
      subtitle: `経済産業局別（北から南の順）の、資料でその局の下に掲げられたプロジェクトの参加企業数と参加大学の延べ数。割合は${total}プロジェクトの合計に対するもの。最多は${
        sameLeader
          ? `${f(topC.companies)}（${f(topC.companiesShare)}）と${f(topC.universities)}`
          : `${names(maxC)}の${f(topC.companies)}（${f(topC.companiesShare)}）と${names(maxU)}の${f(topU.universities)}`
      }`,
      description:
        `2段の横棒グラフ。経済産業局（沖縄は沖縄総合事務局経済産業部）${n}局を北から南の順に並べ、上段に各局の下に掲げられたプロジェクトの参加企業数の合計、下段に参加大学の延べ数を示す。` +
        `企業数の最多は${names(maxC)}の${f(topC.companies)}（${f(topC.companiesShare)}）、最少は${names(minC)}の${f(minC[0]!.companies)}（${f(minC[0]!.companiesShare)}）。` +
        `大学の延べ数の最多は${names(maxU)}の${f(topU.universities)}（${f(topU.universitiesShare)}）、最少は${names(minU)}の${f(minU[0]!.universities)}（${f(minU[0]!.universitiesShare)}）。`,
      table: {
        caption: '経済産業局別の参加企業数と参加大学の延べ数（北から南の順）',
        head: head.map((h, i) => (computedColumns[i] ? computedHead(h, lang) : h)),
        numeric: [false, true, true, true, true, true],
        computed: computedColumns,
        ...tableRows,
      },
      transcription: [],
      notes: [
        '資料に局別の数値はない。各局の数値は、資料でその局の下に掲げられたプロジェクトの数値を本サイトが合計したもの。プロジェクト別の企業数が概数（約）のため、合計も概数。',
        `企業の割合は、${total}プロジェクトの参加企業数の合計（${f(sums.companies)}）に対するもの。資料が示す全国計（${f(national.companies)}）に対する割合ではない。`,
        `大学数は延べ数で、一つの大学が複数のプロジェクトに参加していればそれぞれに数える。割合は${total}プロジェクトの延べ数の合計（${f(sums.universities)}）に対するもので、全国の大学数（${f(national.universities)}、重複なし）に対する割合ではない。`,
        '表の局名の英語表記は、各局の英語の公式名称（資料外）。',
      ],
      ...common,
    };
  }
  // “101 universities” would read as 101 distinct universities: participations are given as a number.
  const u = (b: BureauSize) => formatValue(b.universities.figure, lang);
  const head = [
    'Regional bureau',
    'Projects',
    'Companies',
    `Share of the ${total} projects’ companies`,
    'University participations',
    `Share of the ${total} projects’ university participations`,
  ];
  return {
    title: sameLeader
      ? `${short(topC, lang)} leads in both participating companies and university participations`
      : `${names(maxC)} leads in participating companies, ${names(maxU)} in university participations`,
    subtitle: `Participating companies and university participations in the projects the source lists under each regional bureau, north to south; shares are of the ${total} projects added up. The most: ${
      sameLeader
        ? `${f(topC.companies)} (${f(topC.companiesShare)}) and ${u(topC)} participations`
        : `${names(maxC)}, ${f(topC.companies)} (${f(topC.companiesShare)}); ${names(maxU)}, ${u(topU)} participations`
    }`,
    description:
      `Bar chart in two parts, the ${n} regional bureaus (in Okinawa, the Okinawa General Bureau’s Economy, Trade and Industry Department) from north to south: companies taking part in the projects listed under each bureau above, university participations below. ` +
      `${names(maxC)} has the most companies, ${f(topC.companies)} (${f(topC.companiesShare)}); ${names(minC)} the fewest, ${f(minC[0]!.companies)} (${f(minC[0]!.companiesShare)}). ` +
      `${names(maxU)} has the most university participations, ${u(topU)} (${f(topU.universitiesShare)}); ${names(minU)} the fewest, ${u(minU[0]!)} (${f(minU[0]!.universitiesShare)}).`,
    table: {
      caption: 'Participating companies and university participations by regional bureau, north to south',
      head: head.map((h, i) => (computedColumns[i] ? computedHead(h, lang) : h)),
      numeric: [false, true, true, true, true, true],
      computed: computedColumns,
      ...tableRows,
    },
    transcription: [],
    notes: [
      'The source gives no figures by bureau. Each bureau’s figures are the projects the source lists under it, added up by this site. The per-project company counts are approximate (約, about), and so are their sums.',
      `Company shares are of the ${total} projects’ companies added up (${f(sums.companies)}), not of the nationwide total the source prints (${f(national.companies)}).`,
      `University counts are participations: a university in several projects counts in each. Their shares are of the ${total} projects’ participations added up (${f(sums.universities)}), not of the nationwide number of universities (${f(national.universities)}, each counted once).`,
      'In English, the table names each bureau by its official English name (outside the document).',
    ],
    ...common,
  };
}

export function render(rows: CompaniesByBureauRows, { lang, width }: RenderOptions): string {
  const fontSize = 12;
  /** One bureau's band, its bar, the leading of a heading and the space between the parts stacked. */
  const rowHeight = 22;
  const bar = 14;
  const lineHeight = 15;
  const partGap = 10;
  const heading: Record<Measure, string> =
    lang === 'ja'
      ? { companies: '参加企業数（社）と割合', universities: '参加大学の延べ数と割合' }
      : { companies: 'Companies (share)', universities: 'University participations (share)' };
  const colour: Record<Measure, string> = { companies: CHART_COLOURS.primary, universities: CHART_COLOURS.tertiary };
  const measures = MEASURES;
  const bars = measures.flatMap((m) =>
    rows.bureaus.map((b) => {
      const share = m === 'companies' ? b.companiesShare : b.universitiesShare;
      const value = `${formatValue(b[m].figure, lang)}${lang === 'ja' ? `（${formatFigure(share.figure, lang)}）` : ` (${formatFigure(share.figure, lang)})`}`;
      const tipValue = `${formatFigure(b[m].figure, lang)}${lang === 'ja' ? `（${formatFigure(share.figure, lang)}）` : ` (${formatFigure(share.figure, lang)})`}${COMPUTED_WORDS[lang].suffix}`;
      const who =
        lang === 'ja'
          ? `${b.short_ja}（${projectsWord(b.projectCount.figure.value, lang)}）`
          : `${b.short_en} (${projectsWord(b.projectCount.figure.value, lang)})`;
      return {
        key: `${m}:${b.id}`,
        measure: m,
        bureau: short(b, lang),
        amount: b[m].exact,
        value,
        tip: `${who}${lang === 'ja' ? '：' : ': '}${tipValue}`,
      };
    }),
  );
  const marginLeft = labelMargin(
    bars.map((b) => b.bureau),
    fontSize,
    8,
  );
  const max: Record<Measure, number> = {
    companies: Math.max(...rows.bureaus.map((b) => b.companies.exact)),
    universities: Math.max(...rows.bureaus.map((b) => b.universities.exact)),
  };
  // Room at the end of each part for its widest value label, in a reader's font.
  const widest = (m: Measure) => Math.max(...bars.filter((b) => b.measure === m).map((b) => textWidth(b.value, fontSize)));
  const room: Record<Measure, number> = {
    companies: Math.ceil(widest('companies') * READER_SPREAD) + 8,
    universities: Math.ceil(widest('universities') * READER_SPREAD) + 8,
  };

  // Wide: the two parts side by side, sharing the bureau names, each as wide as its bars (the same
  // length for both) and its value labels. Narrow: one part above the other, at the full width.
  const gap = 16;
  const sideBar = (width - marginLeft - gap - room.companies - room.universities) / 2;
  const sideBySide = sideBar >= 64;
  const barSpace = sideBySide ? sideBar : width - marginLeft - Math.max(room.companies, room.universities);
  const panel = (m: Measure) => (sideBySide ? barSpace + room[m] : width - marginLeft);
  const headingLines = measures.map((m) => wrapText(heading[m], sideBySide ? panel(m) : width, fontSize, 'bold'));
  const headingHeight = (lines: string[][]) => Math.max(...lines.map((l) => l.length)) * lineHeight + 4;
  const n = rows.bureaus.length;
  const parts = measures.map((m, i) => {
    const x0 = sideBySide && i > 0 ? marginLeft + panel(measures[0]) + gap : marginLeft;
    const head = sideBySide ? 0 : i * (headingHeight([headingLines[0]!]) + n * rowHeight + partGap);
    const top = head + (sideBySide ? headingHeight(headingLines) : headingHeight([headingLines[i]!]));
    return { measure: m, x0, head, top, lines: headingLines[i]! };
  });
  const height = Math.ceil(Math.max(...parts.map((p) => p.top)) + n * rowHeight + 2);
  const drawn = bars.map((b) => {
    const part = parts.find((p) => p.measure === b.measure)!;
    const i = rows.bureaus.findIndex((r) => short(r, lang) === b.bureau);
    const y = part.top + i * rowHeight;
    const length = max[b.measure] > 0 ? (b.amount / max[b.measure]) * barSpace : 0;
    return {
      ...b,
      x1: part.x0,
      x2: part.x0 + length,
      y1: y + (rowHeight - bar) / 2,
      y2: y + (rowHeight + bar) / 2,
      mid: y + rowHeight / 2,
    };
  });
  // Bureau names: once per row side by side, before every bar one above the other.
  const names = sideBySide ? drawn.filter((b) => b.measure === measures[0]) : drawn;
  const headings = parts.map((p) => ({ x: sideBySide ? p.x0 : 0, y: p.head, text: p.lines.join('\n') }));
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
        Plot.text(headings, {
          x: 'x',
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: lineHeight / fontSize,
          fontWeight: 'bold',
        }),
        Plot.text(names, { x: () => marginLeft - 6, y: 'mid', text: 'bureau', textAnchor: 'end', fill: CHART_COLOURS.ink }),
        Plot.rect(drawn, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: (b: (typeof drawn)[0]) => colour[b.measure], title: 'tip' }),
        Plot.text(drawn, { x: 'x2', y: 'mid', text: 'value', textAnchor: 'start', dx: 5, fill: CHART_COLOURS.ink }),
        Plot.ruleX(drawn, {
          x: 'x1',
          y1: (b: (typeof drawn)[0]) => b.mid - rowHeight / 2 + 2,
          y2: (b: (typeof drawn)[0]) => b.mid + rowHeight / 2 - 2,
          stroke: CHART_COLOURS.ink,
        }),
      ],
    },
    `${t.title}${lang === 'ja' ? '。' : '. '}${t.description}`,
  );
}

export const chart: ChartModule<CompaniesByBureauRows> = { id: 'companies-by-bureau', transform, text, render };
