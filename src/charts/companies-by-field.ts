/**
 * companies-by-field — participating companies by field, summed over the projects (page 2).
 * A project in several fields counts in each of them: the source gives no split, so none is
 * invented; the bars then add up to more than the companies, and the words say so.
 */
import type { Lang } from '../core/locales.ts';
import { catalogueOf } from '../derived/catalogue.ts';
import type { DerivedFigure } from '../derived/derived-figure.ts';
import { formatFigure, formatValue } from '../i18n/figure-format.ts';
import type { Figure } from '../schemas/figure.ts';
import { FIELD_LABELS, type FieldId } from '../core/field-labels.ts';
import { CHART_COLOURS, FIELD_COLOURS } from '../core/palette.ts';
import { renderPlot, Plot } from './lib/render.ts';
import { labelMargin, textWidth } from '../text/text-width.ts';
import { computedCell, computedHead, tableCells } from './lib/table.ts';
import type { ChartModule, ChartText, RenderOptions } from './lib/types.ts';
import type { ChartData } from '../schemas/datasets.ts';
import { listJoin } from './lib/words.ts';

interface ProjectRef {
  id: string;
  name_ja: string;
  name_en: string;
}

export interface CompaniesByFieldRows {
  /** Fields that have at least one project, most companies first. */
  fields: { id: FieldId; companies: Figure; projects: ProjectRef[] }[];
  /** Companies of all projects, each project counted once. */
  total: Figure;
  projectCount: number;
  /** Projects listed under more than one field, in the order printed. */
  multiField: (ProjectRef & { fields: FieldId[] })[];
  /** Sum of the bars: more than `total` whenever a project has several fields. */
  barsSum: Figure;
  /** The computed figures above (src/derived/), for the chart's note. */
  computed: DerivedFigure[];
  /** Each field's project count, computed. */
  projectCounts: Record<string, DerivedFigure>;
}

const FIELD_ORDER = Object.keys(FIELD_LABELS) as FieldId[];

export function transform(data: ChartData): CompaniesByFieldRows {
  const ref = (p: ChartData['projects'][0]): ProjectRef => ({ id: p.id, name_ja: p.name_ja, name_en: p.name_en });
  const derived = catalogueOf(data);
  const fields = FIELD_ORDER.map((id) => {
    const own = data.projects.filter((p) => p.fields.includes(id));
    const companies = own.length ? derived.get(`field.${id}.companies`).figure : null;
    return { id, companies: companies!, projects: own.map(ref) };
  })
    .filter((f) => f.projects.length > 0)
    // Most companies first; then more projects; then the vocabulary's order.
    .sort(
      (a, b) =>
        b.companies.value - a.companies.value ||
        b.projects.length - a.projects.length ||
        FIELD_ORDER.indexOf(a.id) - FIELD_ORDER.indexOf(b.id),
    );
  const total = derived.get('projects-companies-sum').figure;
  const barsSum = derived.get('fields-companies-sum').figure;
  const multiField = data.projects.filter((p) => new Set(p.fields).size > 1).map((p) => ({ ...ref(p), fields: [...new Set(p.fields)] }));
  const projectCounts = Object.fromEntries(fields.map((f) => [f.id, derived.get(`field.${f.id}.project-count`)]));
  const computed = [
    ...fields.flatMap((f) => [projectCounts[f.id]!, derived.get(`field.${f.id}.companies`)]),
    derived.get('projects-companies-sum'),
    derived.get('fields-companies-sum'),
    derived.get('multi-field-project-count'),
  ];
  return { fields, total, projectCount: data.projects.length, multiField, barsSum, computed, projectCounts };
}

const fieldName = (id: FieldId, lang: Lang) => FIELD_LABELS[id][lang];
const projectsWord = (n: number, lang: Lang) => (lang === 'ja' ? `${n}プロジェクト` : `${n} ${n === 1 ? 'project' : 'projects'}`);

export function text(rows: CompaniesByFieldRows, lang: Lang): ChartText {
  const figures = rows.computed.find((d) => d.id === 'projects-companies-sum')!.inputs;
  const f = (figure: Figure) => formatFigure(figure, lang);
  const { fields, total, barsSum, multiField, projectCount } = rows;
  const top = fields.filter((x) => x.companies.value === fields[0]!.companies.value);
  const bottomValue = fields[fields.length - 1]!.companies.value;
  const bottom = fields.filter((x) => x.companies.value === bottomValue);
  const lead = top[0]!;
  const names = (fs: typeof fields) =>
    listJoin(
      fs.map((x) => fieldName(x.id, lang)),
      lang,
    );
  const projectNames = listJoin(
    multiField.map((p) => (lang === 'ja' ? p.name_ja : p.name_en)),
    lang,
  );
  const common = { figures, source: { id: 'meti-2007', pages: [2] }, datasets: ['cluster-projects'], computed: rows.computed };
  const computedColumns = [false, true, true, false];
  const heads = (h: string[]) => h.map((x, i) => (computedColumns[i] ? computedHead(x, lang) : x));
  const tableRows = tableCells(
    fields.map((x) => [
      fieldName(x.id, lang),
      computedCell(rows.projectCounts[x.id]!, lang),
      { text: formatFigure(x.companies, lang), value: x.companies.value },
      listJoin(
        x.projects.map((p) => (lang === 'ja' ? p.name_ja : p.name_en)),
        lang,
      ),
    ]),
  );

  if (lang === 'ja') {
    const overlap = multiField.length
      ? `複数の分野にまたがる${multiField.length}プロジェクトはその各分野に数えるため、棒の合計（${f(barsSum)}）は${projectCount}プロジェクトの参加企業の合計（${f(total)}）を上回る。`
      : `どのプロジェクトも一つの分野に属し、棒の合計は${projectCount}プロジェクトの参加企業の合計（${f(total)}）に等しい。`;
    return {
      title:
        top.length === 1
          ? `${fieldName(lead.id, lang)}分野が最多、${projectsWord(lead.projects.length, lang)}に${f(lead.companies)}`
          : `${names(top)}の各分野が最多、それぞれ${f(lead.companies)}`,
      subtitle: `分野別の参加企業数（社）と、その分野を掲げるプロジェクトの数。複数の分野にまたがるプロジェクトは各分野に数える`,
      description:
        `横棒グラフ。${fields.length}分野の参加企業数を多い順に示す。` +
        `最多は${names(top)}（${projectsWord(lead.projects.length, lang)}、${f(lead.companies)}）、` +
        `最少は${names(bottom)}（${projectsWord(bottom[0]!.projects.length, lang)}、${f(bottom[0]!.companies)}）。` +
        overlap,
      table: {
        caption: '分野別の参加企業数とプロジェクト',
        head: heads(['分野', 'プロジェクト数', '参加企業', 'プロジェクト']),
        numeric: [false, true, true, false],
        computed: computedColumns,
        ...tableRows,
      },
      transcription: [],
      notes: [
        multiField.length
          ? `複数の分野を掲げる${multiField.length}プロジェクト（${projectNames}）は、参加企業数をその各分野に数えた。資料に分野別の内訳がないため、按分はしていない。このため各分野の棒を合計すると${f(barsSum)}となり、${projectCount}プロジェクトの参加企業の合計${f(total)}を上回る。`
          : overlap,
        '分野は、資料の記載（「健康・バイオ」など）を本サイトの分類に対応させたもの。',
        'プロジェクト別の企業数は概数（約）で、その合計も概数。',
      ],
      ...common,
    };
  }
  const overlap = multiField.length
    ? `The ${multiField.length} projects in several fields count in each of them, so the bars add up to ${f(barsSum)}, more than the ${projectCount} projects’ total of ${f(total)}.`
    : `Every project is in one field, so the bars add up to the ${projectCount} projects’ total of ${f(total)}.`;
  return {
    title:
      top.length === 1
        ? `${fieldName(lead.id, lang)} leads with ${f(lead.companies)} in ${projectsWord(lead.projects.length, lang)}`
        : `${names(top)} lead with ${f(lead.companies)} each`,
    subtitle:
      'Participating companies by field, and the number of projects in each field. Projects in several fields count in each of them',
    description:
      `Bar chart of the ${fields.length} fields, most companies first. ` +
      `${names(top)} leads with ${f(lead.companies)} in ${projectsWord(lead.projects.length, lang)}; ` +
      `${names(bottom)} has the fewest, ${f(bottom[0]!.companies)} in ${projectsWord(bottom[0]!.projects.length, lang)}. ` +
      overlap,
    table: {
      caption: 'Participating companies and projects by field',
      head: heads(['Field', 'Projects', 'Companies', 'Which projects']),
      numeric: [false, true, true, false],
      computed: computedColumns,
      ...tableRows,
    },
    transcription: [],
    notes: [
      multiField.length
        ? `The ${multiField.length} projects that list several fields (${projectNames}) have their companies counted in each of those fields. The source gives no split by field, so none is made. The bars therefore add up to ${f(barsSum)}, more than the ${projectCount} projects’ total of ${f(total)}.`
        : overlap,
      'Fields map the source’s wording (such as 健康・バイオ, health and biotechnology) onto the site’s list of fields.',
      'The per-project company counts are approximate (約, about), and so are their sums.',
    ],
    ...common,
  };
}

export function render(rows: CompaniesByFieldRows, { lang, width }: RenderOptions): string {
  const fontSize = 12;
  const bars = rows.fields.map((x) => ({
    id: x.id,
    value: x.companies.value,
    label: formatValue(x.companies, lang),
    lines: [fieldName(x.id, lang), projectsWord(x.projects.length, lang)],
    tip:
      lang === 'ja'
        ? `${fieldName(x.id, lang)}（${projectsWord(x.projects.length, lang)}）：${formatFigure(x.companies, lang)}`
        : `${fieldName(x.id, lang)} (${projectsWord(x.projects.length, lang)}): ${formatFigure(x.companies, lang)}`,
  }));
  const t = text(rows, lang);
  const marginLeft = labelMargin(
    bars.flatMap((b) => b.lines),
    fontSize,
  );
  // Room at the right for the widest value label, so no label runs off the plot.
  const marginRight = Math.ceil(Math.max(...bars.map((b) => textWidth(b.label, fontSize)))) + 10;
  const unit = lang === 'ja' ? '参加企業数（社）' : 'Participating companies';
  return renderPlot(
    {
      width,
      height: 26 + bars.length * 34,
      marginTop: 22,
      marginBottom: 4,
      marginLeft,
      marginRight,
      style: { fontSize: `${fontSize}px` },
      x: { domain: [0, Math.max(...bars.map((b) => b.value))], axis: null },
      y: {
        domain: bars.map((b) => b.id),
        tickFormat: (id: FieldId) => bars.find((b) => b.id === id)!.lines.join('\n'),
        tickSize: 0,
        label: null,
        padding: 0.2,
      },
      marks: [
        Plot.text([unit], {
          frameAnchor: 'top-left',
          textAnchor: 'start',
          lineAnchor: 'top',
          dx: -marginLeft,
          dy: -22,
          fontWeight: 'bold',
        }),
        Plot.barX(bars, {
          x: 'value',
          y: 'id',
          fill: (b: (typeof bars)[0]) => FIELD_COLOURS[b.id],
          stroke: CHART_COLOURS.ink,
          strokeWidth: 0.5,
          title: 'tip',
        }),
        Plot.text(bars, { x: 'value', y: 'id', text: 'label', textAnchor: 'start', dx: 5, fill: CHART_COLOURS.ink }),
        Plot.ruleX([0], { stroke: CHART_COLOURS.ink }),
      ],
    },
    `${t.title}${lang === 'ja' ? '。' : '. '}${t.description}`,
  );
}

export const chart: ChartModule<CompaniesByFieldRows> = { id: 'companies-by-field', transform, text, render };
