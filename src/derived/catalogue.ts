/**
 * Every figure the site computes, declared once: what it is, its formula in words, the printed
 * figures it comes from, and the figure as shown (precision.ts). Pages, charts, tooltips, tables,
 * briefings, downloads and the source pages read computed figures from here and nowhere else,
 * so each is computed once and shown with its note ("computed from page N: formula").
 */
import type { ChartData, FigureRow } from '../schemas/datasets.ts';
import type { Figure } from '../schemas/figure.ts';
import { FIELD_LABELS, type FieldId } from '../core/field-labels.ts';
import type { Bilingual, DerivedFigure, DerivedKind } from './derived-figure.ts';
import { countFigure, differenceOf, ratioShare, shareOfWhole, sumOf } from './precision.ts';
import { intervalOf } from './rounding.ts';
import { formatCount } from '../i18n/figure-format.ts';
import { everyProjectKey, projectKey } from './input-keys.ts';

/** The collections the computed figures read: the charts' input, less what no computed figure needs. */
export type DerivedInputs = Omit<ChartData, 'phase1-outcomes'>;

export interface DerivedCatalogue {
  /** Every computed figure, in declaration order. */
  all: DerivedFigure[];
  /** A computed figure by id; an unknown id is a build error, never a blank. */
  get(id: string): DerivedFigure;
  has(id: string): boolean;
}

const rowKey = (dataset: string, id: string) => `${dataset}.${id}`;
const uniq = (pages: number[]) => [...new Set(pages)].sort((a, b) => a - b);

/** Competition ranking of printed values: 1 = largest; equal values share a rank. */
export const rankOf = (value: number, values: number[]) => values.filter((v) => v > value).length + 1;

function figureOfRow(rows: FigureRow[], dataset: string, id: string): { row: FigureRow; figure: Figure } {
  const row = rows.find((r) => r.id === id);
  if (!row?.figure) throw new Error(`computed figures need ${dataset}.${id} with a printed figure`);
  return { row, figure: row.figure };
}

const ranged = (f: Figure) => ({ value: f.value, range: intervalOf(f), approx: f.approx });

export function deriveCatalogue(data: DerivedInputs): DerivedCatalogue {
  const all: DerivedFigure[] = [];
  const add = (
    id: string,
    kind: DerivedKind,
    computed: { figure: Figure; exact: number; range: { lo: number; hi: number } },
    what: Bilingual,
    formula: Bilingual,
    inputs: string[],
    pages: number[],
  ) => {
    all.push({ id, kind, ...computed, what, formula, inputs, pages: uniq(pages) });
  };
  const count = (n: number) => ({ figure: countFigure(n), exact: n, range: { lo: n, hi: n } });
  const { projects, bureaus } = data;
  const projectPages = uniq(projects.map((p) => p.page));
  const n = projects.length;
  // The number of projects as the sentences write it (1,700 at scale).
  const counted = { ja: formatCount(n, 'ja'), en: formatCount(n, 'en') };

  // The projects of page 2 as a whole.
  add(
    'project-count',
    'count',
    count(n),
    { ja: '現行プロジェクトの数', en: 'Number of current projects' },
    { ja: '資料に記載されたプロジェクトを数えた数', en: 'the projects listed in the source, counted' },
    [],
    projectPages,
  );
  add(
    'bureau-count',
    'count',
    count(bureaus.length),
    { ja: '経済産業局の数', en: 'Number of regional bureaus' },
    { ja: 'プロジェクトが記載された経済産業局を数えた数', en: 'the regional bureaus the projects are listed under, counted' },
    [],
    uniq(bureaus.map((b) => b.page)),
  );
  const companiesSum = sumOf(
    projects.map((p) => p.companies),
    'companies',
  );
  const universitiesSum = sumOf(
    projects.map((p) => p.universities),
    'universities',
  );
  add(
    'projects-companies-sum',
    'sum',
    companiesSum,
    { ja: `${counted.ja}プロジェクトの参加企業数の合計`, en: `Participating companies of the ${counted.en} projects, added up` },
    {
      ja: `${counted.ja}プロジェクトの参加企業数（概数）を足し合わせた値`,
      en: `the ${counted.en} projects’ (approximate) company counts added together`,
    },
    projects.map((p) => projectKey(p.id, 'companies')),
    projectPages,
  );
  add(
    'projects-universities-sum',
    'sum',
    universitiesSum,
    {
      ja: `${counted.ja}プロジェクトの参加大学数の合計（延べ数）`,
      en: `University participations in the ${counted.en} projects, added up`,
    },
    {
      ja: `${counted.ja}プロジェクトの参加大学数を足し合わせた延べ数（複数のプロジェクトに参加する大学はそれぞれに数える）`,
      en: `the ${counted.en} projects’ university counts added together; a university in several projects counts once in each`,
    },
    projects.map((p) => projectKey(p.id, 'universities')),
    projectPages,
  );

  // Each project.
  const companyValues = projects.map((p) => p.companies.value);
  const universityValues = projects.map((p) => p.universities.value);
  // The rest of a whole is the whole less the part, so a share costs no second pass over the projects.
  const totals = { companies: companiesSum, universities: universitiesSum };
  const approxCount = (m: 'companies' | 'universities') => projects.filter((p) => p[m].approx).length;
  const approxes = { companies: approxCount('companies'), universities: approxCount('universities') };
  const restOf = (
    m: 'companies' | 'universities',
    part: { value: number; range: { lo: number; hi: number }; approx: boolean },
    partApprox: number,
  ) => ({
    value: totals[m].exact - part.value,
    range: { lo: totals[m].range.lo - part.range.lo, hi: totals[m].range.hi - part.range.hi },
    approx: approxes[m] - partApprox > 0,
  });
  const RANK_WORDS = {
    companies: {
      ja: '参加企業数',
      en: 'participating companies',
      printed: { ja: '資料の参加企業数', en: 'the printed company counts' },
      values: companyValues,
    },
    universities: {
      ja: '参加大学数',
      en: 'participating universities',
      printed: { ja: '資料の参加大学数', en: 'the printed university counts' },
      values: universityValues,
    },
  } as const;
  for (const p of projects) {
    add(
      `project.${p.id}.companies-share`,
      'share',
      shareOfWhole(ranged(p.companies), restOf('companies', ranged(p.companies), p.companies.approx ? 1 : 0)),
      {
        ja: `${p.name_ja}の、${counted.ja}プロジェクトの参加企業数の合計に占める割合`,
        en: `${p.name_en}: share of the ${counted.en} projects’ participating companies`,
      },
      {
        ja: `各プロジェクトの参加企業数 ÷ ${counted.ja}プロジェクトの参加企業数の合計`,
        en: `a project’s participating companies ÷ the ${counted.en} projects’ participating companies added up`,
      },
      [everyProjectKey('companies')],
      projectPages,
    );
    for (const m of ['companies', 'universities'] as const) {
      const words = RANK_WORDS[m];
      add(
        `project.${p.id}.${m}-rank`,
        'rank',
        count(rankOf(p[m].value, words.values)),
        { ja: `${p.name_ja}の${words.ja}の順位`, en: `${p.name_en}: rank by ${words.en}` },
        {
          ja: `${counted.ja}プロジェクトを${words.printed.ja}の多い順に並べた順位（同数は同順位）`,
          en: `position among the ${counted.en} projects by ${words.printed.en}, most first; equal counts share a rank`,
        },
        [everyProjectKey(m)],
        projectPages,
      );
    }
  }

  // Each regional bureau: its projects added up, and their shares of all the projects.
  const bureauTotals = new Map<string, { companies: ReturnType<typeof sumOf>; universities: ReturnType<typeof sumOf> }>();
  for (const b of bureaus) {
    const own = projects.filter((p) => p.bureau === b.id);
    const keys = (m: 'companies' | 'universities') => own.map((p) => projectKey(p.id, m));
    const pages = uniq(own.map((p) => p.page));
    const companies = sumOf(
      own.map((p) => p.companies),
      'companies',
    );
    const universities = sumOf(
      own.map((p) => p.universities),
      'universities',
    );
    bureauTotals.set(b.id, { companies, universities });
    add(
      `bureau.${b.id}.project-count`,
      'count',
      count(own.length),
      { ja: `${b.name_ja}のプロジェクト数`, en: `${b.name_en}: number of projects` },
      { ja: 'この局の下に記載されたプロジェクトを数えた数', en: 'the projects listed under this bureau, counted' },
      [],
      pages.length ? pages : [b.page],
    );
    add(
      `bureau.${b.id}.companies`,
      'sum',
      companies,
      {
        ja: `${b.name_ja}の下に記載されたプロジェクトの参加企業数の合計`,
        en: `${b.name_en}: participating companies of the projects listed under it, added up`,
      },
      {
        ja: 'この局の下に記載されたプロジェクトの参加企業数（概数）を足し合わせた値（資料に局別の数値はない）',
        en: 'the (approximate) company counts of the projects listed under this bureau added together; the source gives no figure per bureau',
      },
      keys('companies'),
      pages,
    );
    add(
      `bureau.${b.id}.universities`,
      'sum',
      universities,
      {
        ja: `${b.name_ja}の下に記載されたプロジェクトの参加大学数の合計（延べ数）`,
        en: `${b.name_en}: university participations in the projects listed under it`,
      },
      {
        ja: 'この局の下に記載されたプロジェクトの参加大学数を足し合わせた延べ数（複数のプロジェクトに参加する大学はそれぞれに数える）',
        en: 'the university counts of the projects listed under this bureau added together; a university in several projects counts once in each',
      },
      keys('universities'),
      pages,
    );
  }
  for (const b of bureaus) {
    const own = bureauTotals.get(b.id)!;
    const part = (m: 'companies' | 'universities') => ({ value: own[m].exact, range: own[m].range, approx: own[m].figure.approx });
    const rest = (m: 'companies' | 'universities') => restOf(m, part(m), projects.filter((p) => p.bureau === b.id && p[m].approx).length);
    add(
      `bureau.${b.id}.companies-share`,
      'share',
      shareOfWhole(part('companies'), rest('companies')),
      {
        ja: `${b.name_ja}の下に記載されたプロジェクトの、${counted.ja}プロジェクトの参加企業数の合計に占める割合`,
        en: `${b.name_en}: share of the projects listed under it in the ${counted.en} projects’ participating companies`,
      },
      {
        ja: `各局の下に記載されたプロジェクトの参加企業数の合計 ÷ ${counted.ja}プロジェクトの参加企業数の合計`,
        en: `participating companies of the projects listed under a bureau ÷ the ${counted.en} projects’ participating companies, each added up`,
      },
      [everyProjectKey('companies')],
      projectPages,
    );
    add(
      `bureau.${b.id}.universities-share`,
      'share',
      shareOfWhole(part('universities'), rest('universities')),
      {
        ja: `${b.name_ja}の下に記載されたプロジェクトの、${counted.ja}プロジェクトの参加大学の延べ数に占める割合`,
        en: `${b.name_en}: share of the projects listed under it in the ${counted.en} projects’ university participations`,
      },
      {
        ja: `この局の下に記載されたプロジェクトの参加大学の延べ数 ÷ ${counted.ja}プロジェクトの参加大学の延べ数。全国の大学数（重複なし）に対する割合ではない`,
        en: `university participations in the projects listed under this bureau ÷ university participations in all ${counted.en} projects; not a share of the nationwide number of (distinct) universities`,
      },
      [everyProjectKey('universities')],
      projectPages,
    );
  }
  // The bureau with the most companies, by the printed figures, for headlines.
  const top = [...bureaus].sort((a, b) => bureauTotals.get(b.id)!.companies.exact - bureauTotals.get(a.id)!.companies.exact)[0];
  if (top) {
    const share = all.find((d) => d.id === `bureau.${top.id}.companies-share`)!;
    all.push({
      ...share,
      id: 'top-bureau-companies-share',
      what: {
        ja: `参加企業数が最も多い経済産業局（${top.short_ja}）の下に記載されたプロジェクトの、${counted.ja}プロジェクトの参加企業数の合計に占める割合`,
        en: `Share of the ${counted.en} projects’ participating companies in the projects listed under the bureau with the most (${top.short_en})`,
      },
      // Named, since the pages that state it (a headline, a story) are not about one bureau.
      formula: {
        ja: `${top.short_ja}の下に記載されたプロジェクトの参加企業数の合計 ÷ ${counted.ja}プロジェクトの参加企業数の合計`,
        en: `participating companies of the projects listed under ${top.short_en} ÷ the ${counted.en} projects’ participating companies, each added up`,
      },
    });
  }

  // Fields: a project listed under several fields counts in each (the source gives no split).
  const fieldIds = Object.keys(FIELD_LABELS) as FieldId[];
  for (const field of fieldIds) {
    const own = projects.filter((p) => p.fields.includes(field));
    if (!own.length) continue;
    const label = FIELD_LABELS[field];
    add(
      `field.${field}.project-count`,
      'count',
      count(own.length),
      { ja: `${label.ja}分野のプロジェクトの数`, en: `Projects in the ${label.en} field` },
      {
        ja: 'この分野を掲げるプロジェクトを数えた数（複数の分野を掲げるプロジェクトは各分野に数える）',
        en: 'the projects listing this field, counted; a project listing several fields counts in each',
      },
      [],
      uniq(own.map((p) => p.page)),
    );
    add(
      `field.${field}.companies`,
      'sum',
      sumOf(
        own.map((p) => p.companies),
        'companies',
      ),
      {
        ja: `${label.ja}分野のプロジェクトの参加企業数の合計`,
        en: `Participating companies of the projects in the ${label.en} field, added up`,
      },
      {
        ja: 'この分野を掲げるプロジェクトの参加企業数（概数）を足し合わせた値。複数の分野を掲げるプロジェクトは、按分せずに各分野に数える',
        en: 'the (approximate) company counts of the projects listing this field added together; a project listing several fields counts in full in each',
      },
      own.map((p) => projectKey(p.id, 'companies')),
      uniq(own.map((p) => p.page)),
    );
  }
  const multiField = projects.filter((p) => new Set(p.fields).size > 1);
  add(
    'multi-field-project-count',
    'count',
    count(multiField.length),
    { ja: '複数の分野を掲げるプロジェクトの数', en: 'Projects listing more than one field' },
    { ja: '複数の分野を掲げるプロジェクトを数えた数', en: 'the projects listing several fields, counted' },
    [],
    projectPages,
  );
  add(
    'fields-companies-sum',
    'sum',
    sumOf(
      fieldIds.flatMap((field) => projects.filter((p) => p.fields.includes(field)).map((p) => p.companies)),
      'companies',
    ),
    {
      ja: '分野別の参加企業数の合計（複数の分野を掲げるプロジェクトを重ねて数える）',
      en: 'Participating companies by field, added up (projects in several fields counted in each)',
    },
    { ja: '分野ごとの合計を足し合わせた値', en: 'the field totals added together' },
    projects.map((p) => projectKey(p.id, 'companies')),
    projectPages,
  );

  // Programme ratios (pages 4–6): one printed figure as a share of another of the same table.
  const rowShare = (
    id: string,
    dataset: keyof Pick<DerivedInputs, 'consortium-results' | 'regional-resource-program' | 'cocreation-budget'>,
    partId: string,
    wholeId: string,
    what: Bilingual,
    formula: Bilingual,
  ) => {
    const part = figureOfRow(data[dataset], dataset, partId);
    const whole = figureOfRow(data[dataset], dataset, wholeId);
    add(
      id,
      'share',
      ratioShare(ranged(part.figure), ranged(whole.figure)),
      what,
      formula,
      [rowKey(dataset, partId), rowKey(dataset, wholeId)],
      [part.row.page, whole.row.page],
    );
  };
  rowShare(
    'consortium-adoption-share',
    'consortium-results',
    'projects',
    'proposals',
    {
      ja: '地域新生コンソーシアム研究開発事業の、公募件数に対する実施プロジェクトの割合',
      en: 'Regional consortium R&D: projects carried out as a share of proposals',
    },
    { ja: '実施プロジェクト ÷ 公募件数', en: 'projects carried out ÷ proposals received' },
  );
  rowShare(
    'regional-resource-adoption-share',
    'regional-resource-program',
    'adopted',
    'proposals',
    {
      ja: '地域資源活用型研究開発事業の平成19年度公募の採択率',
      en: 'Regional-resource R&D, FY2007 call: proposals adopted as a share of proposals',
    },
    { ja: '採択数 ÷ 提案数', en: 'proposals adopted ÷ proposals' },
  );
  const budget = data['cocreation-budget'];
  for (const item of budget) {
    const parent = budget.find((r) => r.id === item.parent);
    if (!item.figure || !parent?.figure) continue;
    rowShare(
      `cocreation-budget.${item.id}.share-of-parent`,
      'cocreation-budget',
      item.id,
      parent.id,
      { ja: `${item.label_ja}の、${parent.label_ja}に占める割合`, en: `${item.label_en}: share of ${parent.label_en}` },
      { ja: `${item.label_ja}の要求額 ÷ ${parent.label_ja}の要求額`, en: `request for ${item.label_en} ÷ request for ${parent.label_en}` },
    );
  }
  if (all.some((d) => d.id === 'cocreation-budget.innovation-rd.share-of-parent')) {
    all.push({ ...all.find((d) => d.id === 'cocreation-budget.innovation-rd.share-of-parent')!, id: 'cocreation-rd-share' });
  }

  // The survey of page 1.
  const bands = new Map<string, DerivedInputs['collaboration-by-firm-size']>();
  for (const r of data['collaboration-by-firm-size'])
    bands.set(r.employees?.printed ?? r.id, [...(bands.get(r.employees?.printed ?? r.id) ?? []), r]);
  for (const [band, rows] of bands) {
    const printed = rows.filter((r) => r.figure);
    const collaborating = rows.find((r) => r.series === 'collaborating');
    if (!printed.length || !collaborating) continue;
    const id = collaborating.id.replace(/-collaborating$/, '');
    add(
      `collaboration-by-firm-size.${id}.rest`,
      'difference',
      differenceOf(
        100,
        printed.map((r) => r.figure!),
      ),
      {
        ja: `従業員${band}の企業のうち、資料に内訳のない残りの割合`,
        en: `Firms with ${band} employees: the rest, which the source does not label`,
      },
      { ja: '100% − 二つの系列の割合', en: '100% − the two printed shares' },
      printed.map((r) => rowKey('collaboration-by-firm-size', r.id)),
      printed.map((r) => r.page),
    );
  }
  const innovation = data['innovation-source'];
  const solo = innovation.find((r) => r.id === 'solo-rd')?.figure;
  const collab = innovation.find((r) => r.id === 'university-collaboration')?.figure;
  if (solo && collab) {
    const d = differenceOf(collab, [solo]);
    add(
      'innovation-source.difference',
      'difference',
      d,
      { ja: '二つの棒の差（ポイント）', en: 'Difference between the two bars (percentage points)' },
      { ja: '大学・研究機関等の連携 − 単独での研究開発', en: 'collaboration with universities and research institutes − solo R&D' },
      [rowKey('innovation-source', 'university-collaboration'), rowKey('innovation-source', 'solo-rd')],
      innovation.map((r) => r.page),
    );
  }

  const byId = new Map(all.map((d) => [d.id, d]));
  if (byId.size !== all.length)
    throw new Error(
      `computed figures: an id is declared twice (${all
        .map((d) => d.id)
        .filter((id, i, a) => a.indexOf(id) !== i)
        .join(', ')})`,
    );
  return {
    all,
    has: (id) => byId.has(id),
    get: (id) => {
      const found = byId.get(id);
      if (!found) throw new Error(`no computed figure "${id}"; declare it in src/derived/catalogue.ts`);
      return found;
    },
  };
}

/**
 * One catalogue per data object: pages and charts ask for it many times per build. The data must
 * not change after its first use (the collections are read once per build and never mutated);
 * a test that changes data builds a fresh copy first.
 */
const built = new WeakMap<object, DerivedCatalogue>();
export function catalogueOf(data: DerivedInputs): DerivedCatalogue {
  let catalogue = built.get(data);
  if (!catalogue) built.set(data, (catalogue = deriveCatalogue(data)));
  return catalogue;
}
