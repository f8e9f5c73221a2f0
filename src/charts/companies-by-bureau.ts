/**
 * companies-by-bureau — participating companies and university participations by regional
 * bureau, summed over each bureau's projects (page 2), north to south, companies with their
 * share of the nationwide total. University counts are participations: a university in several
 * projects counts in each, so they get no share of the national number of universities.
 */
import type { Lang } from '../i18n/locales.ts';
import { formatFigure, formatShare, formatValue, sumFigure } from '../lib/format.ts';
import type { Figure } from '../schemas/figure.ts';
import { row } from './lib/chart-data.ts';
import { CHART_COLOURS } from './lib/palette.ts';
import { renderPlot, Plot } from './lib/render.ts';
import { labelMargin, textWidth } from './lib/text-width.ts';
import { figureCell, numberCell, shareCell, tableCells } from './lib/table.ts';
import type { ChartData, ChartModule, ChartText, RenderOptions } from './lib/types.ts';
import { listJoin } from './lib/words.ts';
import { MEASURES, type Measure } from '../map/measures.ts';

export interface BureauSize {
  id: string;
  name_ja: string;
  name_en: string;
  short_ja: string;
  short_en: string;
  projectCount: number;
  /** Sum of the bureau's project figures (approximate when any part is). */
  companies: Figure;
  /** University participations: a university in two of the bureau's projects counts twice. */
  universities: Figure;
  /** Companies as a share (0–1) of the nationwide total printed on page 2. */
  companiesShare: number;
}

export interface CompaniesByBureauRows {
  /** North to south, as the source lists the bureaus. */
  bureaus: BureauSize[];
  /** Nationwide totals printed on page 2. */
  national: { companies: Figure; universities: Figure };
  /** Sums over the bureaus (never printed). */
  sums: { companies: Figure; universities: Figure };
}


export function transform(data: ChartData): CompaniesByBureauRows {
  const national = (id: string) => {
    const figure = row(data['phase1-outcomes'], id).figure;
    if (!figure) throw new Error(`companies-by-bureau: phase1-outcomes ${id} has no figure`);
    return figure;
  };
  const nationalCompanies = national('current-companies');
  const bureaus = data.bureaus
    .slice()
    .sort((a, b) => a.derived.order - b.derived.order)
    .map((b) => ({
      id: b.id,
      name_ja: b.name_ja,
      name_en: b.name_en,
      short_ja: b.short_ja,
      short_en: b.short_en,
      projectCount: b.derived.projectCount,
      companies: sumFigure(b.derived.companies, 'companies'),
      universities: sumFigure(b.derived.universities, 'universities'),
      companiesShare: b.derived.companies.value / nationalCompanies.value,
    }));
  const sum = (m: Measure) => sumFigure({ value: bureaus.reduce((s, b) => s + b[m].value, 0), approx: bureaus.some((b) => b[m].approx) }, m);
  return {
    bureaus,
    national: { companies: nationalCompanies, universities: national('current-universities') },
    sums: { companies: sum('companies'), universities: sum('universities') },
  };
}

const short = (b: BureauSize, lang: Lang) => (lang === 'ja' ? b.short_ja : b.short_en);
const projectsWord = (n: number, lang: Lang) => (lang === 'ja' ? `${n}プロジェクト` : `${n} ${n === 1 ? 'project' : 'projects'}`);

function extreme(bureaus: BureauSize[], m: Measure, pick: 'max' | 'min'): BureauSize[] {
  const values = bureaus.map((b) => b[m].value);
  const target = pick === 'max' ? Math.max(...values) : Math.min(...values);
  return bureaus.filter((b) => b[m].value === target);
}

export function text(rows: CompaniesByBureauRows, lang: Lang): ChartText {
  const f = (figure: Figure) => formatFigure(figure, lang);
  const share = (b: BureauSize) => formatShare(b.companiesShare, lang);
  const names = (bs: BureauSize[]) => listJoin(bs.map((b) => short(b, lang)), lang);
  const { bureaus, national, sums } = rows;
  const n = bureaus.length;
  const [maxC, minC, maxU, minU] = [extreme(bureaus, 'companies', 'max'), extreme(bureaus, 'companies', 'min'), extreme(bureaus, 'universities', 'max'), extreme(bureaus, 'universities', 'min')] as [
    BureauSize[],
    BureauSize[],
    BureauSize[],
    BureauSize[],
  ];
  const topC = maxC[0]!;
  const topU = maxU[0]!;
  const sameLeader = maxC.length === 1 && maxU.length === 1 && topC.id === topU.id;
  const sharesSum = formatShare(bureaus.reduce((s, b) => s + b.companiesShare, 0), lang);
  const projectCount = bureaus.reduce((s, b) => s + b.projectCount, 0);
  const common = { source: { id: 'meti-2007', pages: [2] }, datasets: ['bureaus', 'cluster-projects', 'phase1-outcomes'] };
  const tableRows = tableCells(
    bureaus.map((b) => [lang === 'ja' ? b.name_ja : b.name_en, numberCell(String(b.projectCount), b.projectCount), figureCell(b.companies, lang), shareCell(b.companiesShare, lang), figureCell(b.universities, lang)]),
  );

  if (lang === 'ja') {
    const companiesNote = `割合は、資料が示す全国計${f(national.companies)}に対するもの。プロジェクト別の概数を合計すると${f(sums.companies)}になるため、割合を足すと${sharesSum}になる。`;
    const universitiesNote = `大学数は延べ数で、一つの大学が複数のプロジェクトに参加していればそれぞれに数える。${n}局の合計は${f(sums.universities)}で、全国の${f(national.universities)}とは比べられないため、割合は示さない。`;
    return {
      title: sameLeader
        ? `参加企業（${f(topC.companies)}、全国計の${share(topC)}）、参加大学の延べ数（${f(topC.universities)}）とも${short(topC, lang)}が最多`
        : `参加企業は${names(maxC)}（${f(topC.companies)}、全国計の${share(topC)}）、参加大学の延べ数は${names(maxU)}（${f(topU.universities)}）が最多`,
      subtitle: `経済産業局別（北から南の順）の、管内プロジェクトの参加企業数と全国計${f(national.companies)}に占める割合、参加大学の延べ数`,
      description:
        `2段の横棒グラフ。${n}の経済産業局を北から南の順に並べ、上段に管内${projectCount}プロジェクトの参加企業数の合計、下段に参加大学の延べ数を示す。` +
        `企業数の最多は${names(maxC)}の${f(topC.companies)}（全国計の${share(topC)}）、最少は${names(minC)}の${f(minC[0]!.companies)}（${share(minC[0]!)}）。` +
        `大学の延べ数の最多は${names(maxU)}の${f(topU.universities)}、最少は${names(minU)}の${f(minU[0]!.universities)}。` +
        `大学の延べ数を合計すると${f(sums.universities)}となり、全国の${f(national.universities)}を上回る。`,
      table: {
        caption: '経済産業局別の参加企業数と参加大学の延べ数（北から南の順）',
        head: ['経済産業局', 'プロジェクト数', '参加企業', '全国計に占める割合', '参加大学（延べ）'],
        numeric: [false, true, true, true, true],
        ...tableRows,
      },
      notes: [
        '各局の数は、その局の下に掲げられたプロジェクトの数値の合計（資料に局別の数値はない）。プロジェクト別の企業数が概数（約）のため、合計も概数。',
        companiesNote,
        universitiesNote,
      ],
      ...common,
    };
  }
  const companiesNote = `Shares are of the nationwide total the source gives, ${f(national.companies)}. The approximate per-project figures add up to ${f(sums.companies)}, so the shares add up to ${sharesSum}.`;
  const universitiesNote = `University counts are participations: a university in several projects counts in each. The ${n} bureaus add up to ${f(sums.universities)}, which cannot be compared with the nationwide total of ${f(national.universities)}, so no share is given.`;
  return {
    title: sameLeader
      ? `${short(topC, lang)} has the most participating companies (${f(topC.companies)}, ${share(topC)} of the nationwide total) and university participations (${f(topC.universities)})`
      : `${names(maxC)} has the most participating companies (${f(topC.companies)}, ${share(topC)} of the nationwide total); ${names(maxU)} the most university participations (${f(topU.universities)})`,
    subtitle: `Participating companies in each regional bureau’s projects, north to south, with their share of the nationwide ${f(national.companies)}; and university participations`,
    description:
      `Bar chart in two parts, the ${n} METI regional bureaus from north to south: companies taking part in the bureau’s projects (${projectCount} projects in all) above, university participations below. ` +
      `${names(maxC)} has the most companies, ${f(topC.companies)} (${share(topC)} of the nationwide total); ${names(minC)} the fewest, ${f(minC[0]!.companies)} (${share(minC[0]!)}). ` +
      `${names(maxU)} has the most university participations, ${f(topU.universities)}; ${names(minU)} the fewest, ${f(minU[0]!.universities)}. ` +
      `University participations add up to ${f(sums.universities)}, more than the nationwide total of ${f(national.universities)}.`,
    table: {
      caption: 'Participating companies and university participations by regional bureau, north to south',
      head: ['Regional bureau', 'Projects', 'Companies', 'Share of nationwide total', 'University participations'],
      numeric: [false, true, true, true, true],
      ...tableRows,
    },
    notes: [
      'Each bureau’s figures are the sums of the projects the source lists under it (the source gives no figures by bureau). The per-project company counts are approximate (約, about), and so are their sums.',
      companiesNote,
      universitiesNote,
    ],
    ...common,
  };
}

export function render(rows: CompaniesByBureauRows, { lang, width }: RenderOptions): string {
  const fontSize = width < 480 ? 11 : 12;
  const rowHeight = fontSize + 14;
  const heading: Record<Measure, string> =
    lang === 'ja' ? { companies: '参加企業数（社）と全国計に占める割合', universities: '参加大学数（延べ）' } : { companies: 'Companies (share of nationwide total)', universities: 'University participations' };
  const colour: Record<Measure, string> = { companies: CHART_COLOURS.primary, universities: CHART_COLOURS.tertiary };
  const measures = MEASURES;
  const bars = measures.flatMap((m) =>
    rows.bureaus.map((b) => {
      const value = m === 'companies' ? `${formatValue(b.companies, lang)}${lang === 'ja' ? `（${formatShare(b.companiesShare, lang)}）` : ` (${formatShare(b.companiesShare, lang)})`}` : formatValue(b.universities, lang);
      const tipValue = m === 'companies' ? `${formatFigure(b.companies, lang)}${lang === 'ja' ? `（全国計の${formatShare(b.companiesShare, lang)}）` : ` (${formatShare(b.companiesShare, lang)} of the nationwide total)`}` : formatFigure(b.universities, lang);
      const who = lang === 'ja' ? `${b.short_ja}（${projectsWord(b.projectCount, lang)}）` : `${b.short_en} (${projectsWord(b.projectCount, lang)})`;
      return { key: `${m}:${b.id}`, measure: m, bureau: short(b, lang), amount: b[m].value, value, tip: `${who}${lang === 'ja' ? '：' : ': '}${tipValue}` };
    }),
  );
  // One band per bar, one above each part for its heading, and an empty one between the parts.
  const domain = measures.flatMap((m, i) => [...(i > 0 ? [`gap:${m}`] : []), `heading:${m}`, ...bars.filter((b) => b.measure === m).map((b) => b.key)]);
  const marginLeft = labelMargin(bars.map((b) => b.bureau), fontSize);
  const marginRight = Math.ceil(Math.max(...bars.map((b) => textWidth(b.value, fontSize)))) + 10;
  const max: Record<Measure, number> = { companies: Math.max(...rows.bureaus.map((b) => b.companies.value)), universities: Math.max(...rows.bureaus.map((b) => b.universities.value)) };
  // Each part has its own scale; the bars are drawn in fractions of the part's largest value.
  const drawn = bars.map((b) => ({ ...b, x: max[b.measure] > 0 ? b.amount / max[b.measure] : 0 }));
  const headings = measures.map((m) => ({ key: `heading:${m}`, text: heading[m] }));
  const t = text(rows, lang);
  return renderPlot(
    {
      width,
      height: domain.length * rowHeight + 8,
      marginTop: 4,
      marginBottom: 4,
      marginLeft,
      marginRight,
      style: { fontSize: `${fontSize}px` },
      x: { domain: [0, 1], axis: null },
      y: { domain, tickFormat: (key: string) => drawn.find((b) => b.key === key)?.bureau ?? '', tickSize: 0, label: null, padding: 0.2 },
      marks: [
        Plot.text(headings, { y: 'key', text: 'text', frameAnchor: 'left', textAnchor: 'start', dx: -marginLeft, dy: 3, fontWeight: 'bold' }),
        Plot.barX(drawn, { x: 'x', y: 'key', fill: (b: (typeof drawn)[0]) => colour[b.measure], title: 'tip' }),
        Plot.text(drawn, { x: 'x', y: 'key', text: 'value', textAnchor: 'start', dx: 5, fill: CHART_COLOURS.ink }),
        Plot.tickX(drawn, { x: () => 0, y: 'key', stroke: CHART_COLOURS.ink }),
      ],
    },
    `${t.title}${lang === 'ja' ? '。' : '. '}${t.description}`,
  );
}

export const chart: ChartModule<CompaniesByBureauRows> = { id: 'companies-by-bureau', transform, text, render };
