/**
 * The catalogue of datasets: for each, the CSV it is read from, how a row is decoded, the
 * schema of its entries, and the words the data page and the downloads use to describe it.
 * Dataset ids and column names are a public contract (download URLs), so they stay stable.
 */
import type { z } from 'zod';
import { Bureau, BureauRow } from './bureaus.ts';
import { ClusterProject, ClusterProjectRow } from './cluster-projects.ts';
import {
  cocreationBudget,
  collaborationByFirmSize,
  consortiumResults,
  innovationSource,
  phase1Outcomes,
  regionalResourceProgram,
} from './figure-datasets.ts';
import type { figureTable } from './figure-table.ts';
import { FIELD_LABELS } from '../core/field-labels.ts';
import { Prefecture, PrefectureRow } from './prefectures.ts';
import { ProjectNetwork, ProjectNetworkRow } from './project-networks.ts';
import { Source, SourceRow } from './sources.ts';

export interface Bilingual {
  ja: string;
  en: string;
}

export interface DatasetDefinition<Row extends z.ZodType = z.ZodType, Entry extends z.ZodType = z.ZodType> {
  id: string;
  /** Decodes one CSV record (column → text) into an entry, before derived fields are added. */
  row: Row;
  /** Schema of the entries written to content/data/<id>.json, derived fields included. */
  entry: Entry;
  title: Bilingual;
  description: Bilingual;
  /** Pages of the source the dataset is transcribed from (empty for outside facts). */
  pages: number[];
  /** What each top-level column means; figure columns expand to _value, _unit … in downloads. */
  columns: Record<string, Bilingual>;
  /** Set on the tables of labelled figures (figure-table.ts), which share their columns. */
  kind?: 'figure-table';
}

const figureColumns = (extra: Record<string, Bilingual> = {}): Record<string, Bilingual> => ({
  id: { ja: '識別子', en: 'Identifier' },
  label_ja: { ja: '項目名（日本語、資料の表記に基づく）', en: 'Label in Japanese, after the source' },
  label_en: { ja: '項目名（英語）', en: 'Label in English' },
  status: {
    ja: 'printed＝資料に数値あり、not-in-source＝資料は図のみで数値なし',
    en: 'printed, or not-in-source where the slide shows a chart without values',
  },
  figure: {
    ja: '数値（figure_printed＝資料の表記、figure_value＝値、figure_unit＝単位、figure_approx＝「約」の有無など）',
    en: 'The figure (figure_printed as printed, figure_value, figure_unit, figure_approx for 約 “about”, …)',
  },
  ...extra,
  source: { ja: '出典の識別子（sources）', en: 'Source id (see sources)' },
  page: { ja: '出典のページ', en: 'Page of the source' },
  cited_source: { ja: '資料が引用する原典（sources）', en: 'Original source the document cites (see sources)' },
  note_ja: { ja: '注記（日本語）', en: 'Note in Japanese' },
  note_en: { ja: '注記（英語）', en: 'Note in English' },
});

const grouped = {
  group: { ja: '項目のまとまり', en: 'Group of related figures' },
  period: { ja: '対象期間（資料の表記と西暦）', en: 'Period, as printed and in Gregorian years' },
};

export const DATASETS = [
  {
    id: 'cluster-projects',
    row: ClusterProjectRow,
    entry: ClusterProject,
    title: { ja: '産業クラスター計画の現行プロジェクト（第Ⅱ期）', en: 'Current industrial-cluster projects (Phase II)' },
    description: {
      ja: '経済産業局ごとのプロジェクト名、分野、参加企業数、参加大学数。',
      en: 'Each project with its regional bureau, fields, and numbers of participating companies and universities.',
    },
    pages: [2],
    columns: {
      id: { ja: '識別子', en: 'Identifier' },
      bureau: { ja: '経済産業局の識別子（bureaus）', en: 'Regional bureau id (see bureaus)' },
      name_ja: { ja: 'プロジェクト名（資料の表記）', en: 'Project name as printed (Japanese)' },
      name_en: { ja: 'プロジェクト名（英訳）', en: 'Project name in English (translation)' },
      alias: { ja: '資料に併記された英字の通称', en: 'Latin nickname printed with the name' },
      fields: {
        ja: `分野（統制語彙の識別子、空白区切り：${Object.entries(FIELD_LABELS)
          .map(([id, l]) => `${id}＝${l.ja}`)
          .join('、')}）`,
        en: `Fields (controlled vocabulary ids, space-separated: ${Object.entries(FIELD_LABELS)
          .map(([id, l]) => `${id} = ${l.en}`)
          .join('; ')})`,
      },
      fields_printed: { ja: '分野（資料の表記）', en: 'Fields as printed' },
      companies: { ja: '参加企業数（社）', en: 'Participating companies' },
      universities: { ja: '参加大学数（大学）', en: 'Participating universities' },
      source: { ja: '出典の識別子（sources）', en: 'Source id (see sources)' },
      page: { ja: '出典のページ', en: 'Page of the source' },
      derived: {
        ja: '並び順（北から南、derived_order）。割合・順位などの計算値は /data/derived.csv にある',
        en: 'Position north to south (derived_order). Computed figures such as shares and ranks are in /data/derived.csv',
      },
    },
  },
  {
    id: 'bureaus',
    row: BureauRow,
    entry: Bureau,
    title: { ja: '経済産業局', en: 'Regional bureaus' },
    description: {
      ja: '資料がプロジェクトを掲げている経済産業局（沖縄は沖縄総合事務局経済産業部）の名称、所在地、管轄都道府県（JISコード）、英語の正式名称。所在地・管轄・英語名は資料外の公知の事実。',
      en: 'The regional bureaus under which the source lists the projects (in Okinawa, the Okinawa General Bureau’s Economy, Trade and Industry Department): their names, seats, the prefectures they cover (JIS codes) and official English names. The seats, coverage and English names are public facts, not in the document.',
    },
    pages: [2],
    columns: {
      id: { ja: '識別子', en: 'Identifier' },
      name_ja: { ja: '名称（資料の表記）', en: 'Name as printed (Japanese)' },
      name_en: { ja: '英語の正式名称（資料外）', en: 'Official name in English (outside the document)' },
      short_ja: { ja: '地域名', en: 'Region (Japanese)' },
      short_en: { ja: '地域名（英語）', en: 'Region (English)' },
      seat_ja: { ja: '所在地（資料外）', en: 'Seat (Japanese; outside the document)' },
      seat_en: { ja: '所在地（英語、資料外）', en: 'Seat (English; outside the document)' },
      prefectures: { ja: '管轄都道府県のJISコード（資料外）', en: 'JIS codes of the prefectures covered (outside the document)' },
      network_ja: {
        ja: '資料でその局のプロジェクトの上に記載されたネットワークの名称',
        en: 'Network printed above the bureau’s projects (Japanese)',
      },
      network_en: { ja: '同ネットワークの名称（英語）', en: 'The same network (English)' },
      source: { ja: '名称の出典', en: 'Source of the name' },
      page: { ja: '出典のページ', en: 'Page of the source' },
      prefectures_source: { ja: '管轄の出典', en: 'Source of the coverage' },
      derived: {
        ja: '並び順（北から南、derived_order）。合計・割合などの計算値は /data/derived.csv にある',
        en: 'Position north to south (derived_order). Computed figures such as sums and shares are in /data/derived.csv',
      },
    },
  },
  {
    id: 'prefectures',
    row: PrefectureRow,
    entry: Prefecture,
    title: { ja: '都道府県', en: 'Prefectures' },
    description: { ja: '都道府県のJISコードと名称。', en: 'The prefectures with their JIS codes and names.' },
    pages: [],
    columns: {
      code: { ja: 'JIS X 0401 都道府県コード', en: 'JIS X 0401 prefecture code' },
      name_ja: { ja: '名称', en: 'Name (Japanese)' },
      name_en: { ja: '名称（英語）', en: 'Name (English)' },
    },
  },
  {
    id: 'project-networks',
    row: ProjectNetworkRow,
    entry: ProjectNetwork,
    title: {
      ja: 'プロジェクトの下に記載されたネットワーク支援活動と戦略',
      en: 'Network support activities and strategies listed under projects',
    },
    description: {
      ja: '資料でプロジェクトの下に記載されたネットワーク支援活動（関東）と戦略（北海道）。',
      en: 'The network support activities (Kanto) and strategies (Hokkaido) the source prints under a project.',
    },
    pages: [2],
    columns: {
      id: { ja: '識別子', en: 'Identifier' },
      project: { ja: 'プロジェクトの識別子（cluster-projects）', en: 'Project id (see cluster-projects)' },
      kind: { ja: 'network（ネットワーク支援活動）または strategy（戦略）', en: 'network (network support activity) or strategy' },
      name_ja: { ja: '名称（資料の表記）', en: 'Name as printed' },
      name_en: { ja: '名称（英訳）', en: 'Name in English (translation)' },
      source: { ja: '出典の識別子', en: 'Source id' },
      page: { ja: '出典のページ', en: 'Page of the source' },
    },
  },
  {
    id: 'phase1-outcomes',
    ...phase1Outcomes,
    title: { ja: '産業クラスター計画の成果とネットワーク規模', en: 'Industrial Cluster Plan: outcomes and network size' },
    description: {
      ja: '計画の実績、第Ⅰ期計画の成果（参画企業に与えた影響など）、ネットワーク規模。売上高・当期純利益の推移は資料に数値がない。',
      en: 'The plan’s results, the outcomes of Phase I (effects on participating firms and others) and network size. The sales and net-profit trends have no values in the source.',
    },
    pages: [1, 2, 3],
    columns: figureColumns(grouped),
  },
  {
    id: 'consortium-results',
    ...consortiumResults,
    title: { ja: '地域新生コンソーシアム研究開発事業の実績', en: 'Regional consortium R&D programme results' },
    description: {
      ja: '公募件数、実施プロジェクトとその総額、参加企業・大学、実用化・事業化の割合、成果事例の数値。',
      en: 'Proposals, projects, their total amount, participants, practical-use and commercialisation rates, and figures from the example cases of results.',
    },
    pages: [4],
    columns: figureColumns(grouped),
  },
  {
    id: 'regional-resource-program',
    ...regionalResourceProgram,
    title: { ja: '地域資源活用型研究開発事業', en: 'Regional-resource R&D programme' },
    description: {
      ja: '予算、研究開発期間と研究開発費の上限、公募の結果。',
      en: 'Budget, limits on R&D period and funding, and the results of the call.',
    },
    pages: [5],
    columns: figureColumns(grouped),
  },
  {
    id: 'cocreation-budget',
    ...cocreationBudget,
    title: { ja: '地域イノベーション協創プログラム（予算要求）', en: 'Regional Innovation Co-creation Programme (budget request)' },
    description: {
      ja: '新規要求額とその内訳（階層構造、parent 列）。',
      en: 'The new budget request and its parts, as a hierarchy (parent column).',
    },
    pages: [6],
    columns: figureColumns({
      parent: { ja: '上位項目の識別子', en: 'Id of the parent item' },
      period: grouped.period,
    }),
  },
  {
    id: 'collaboration-by-firm-size',
    ...collaborationByFirmSize,
    title: { ja: '企業規模別の産学官連携の状況', en: 'Industry–academia–government collaboration by firm size' },
    description: {
      ja: '従業員規模別に、開発型連携（産学官連携）に取り組む企業と取り組んでいない企業の割合（％）。中小企業研究所の調査。',
      en: 'Share of firms (%) in development collaboration (industry–academia–government) and of firms not engaged in collaboration, by number of employees. Small Business Research Institute survey.',
    },
    pages: [1],
    columns: figureColumns({
      employees: { ja: '従業員数の区分（資料の表記と範囲）', en: 'Band of employees, as printed and as a range' },
      series: { ja: '系列', en: 'Series' },
    }),
  },
  {
    id: 'innovation-source',
    ...innovationSource,
    title: { ja: '革新的な新製品の創出：単独開発と連携', en: 'Innovative new products: solo R&D vs. collaboration' },
    description: {
      ja: '革新的な新製品が産み出される割合（％）を、単独での研究開発と大学・研究機関等の連携で比較。割合の母数は資料に記載がない。中小企業研究所の調査。',
      en: 'Rate (%) at which innovative new products arise, solo R&D compared with collaboration with universities, research institutes, etc. The source does not give the base of the rate. Small Business Research Institute survey.',
    },
    pages: [1],
    columns: figureColumns(),
  },
  {
    id: 'sources',
    row: SourceRow,
    entry: Source,
    title: { ja: '出典', en: 'Sources' },
    description: { ja: '本サイトが引用するすべての出典。', en: 'Every source the site cites.' },
    pages: [],
    columns: {
      id: { ja: '識別子', en: 'Identifier' },
      kind: { ja: '種類', en: 'Kind' },
      title_ja: { ja: '題名', en: 'Title (Japanese)' },
      title_en: { ja: '題名（英語）', en: 'Title (English)' },
      publisher_ja: { ja: '発行者', en: 'Publisher (Japanese)' },
      publisher_en: { ja: '発行者（英語）', en: 'Publisher (English)' },
      date: { ja: '日付（資料の表記と西暦）', en: 'Date, as printed and in Gregorian years' },
      citation_ja: { ja: '書誌情報', en: 'Citation (Japanese)' },
      citation_en: { ja: '書誌情報（英語）', en: 'Citation (English)' },
      licence: { ja: 'ライセンス', en: 'Licence' },
      note_ja: { ja: '注記', en: 'Note (Japanese)' },
      note_en: { ja: '注記（英語）', en: 'Note (English)' },
    },
  },
] as const satisfies readonly DatasetDefinition[];

type Definition = (typeof DATASETS)[number];

/** Every dataset's id: the list above is the only place they are written. */
export type DatasetId = Definition['id'];

/** An entry of a dataset, as its schema gives it. */
export type EntryOf<Id extends DatasetId> = z.output<Extract<Definition, { id: Id }>['entry']>;

/** A row of a dataset as its row codec decodes it from the CSV, before the pipeline adds derived fields. */
export type RowOf<Id extends DatasetId> = z.output<Extract<Definition, { id: Id }>['row']>;

/** Every dataset's id, in the order above. */
export const DATASET_IDS: readonly DatasetId[] = DATASETS.map((d) => d.id);

/** The tables of labelled figures (phase1-outcomes, consortium-results, …). */
type FigureTableDefinition = Extract<Definition, { kind: 'figure-table' }>;
export type FigureTableId = FigureTableDefinition['id'];
const isFigureTable = (d: Definition): d is FigureTableDefinition => 'kind' in d && d.kind === 'figure-table';
export const FIGURE_TABLE_IDS: readonly FigureTableId[] = DATASETS.filter(isFigureTable).map((d) => d.id);

/** The columns every figure table shares; a table's own columns (employees, parent, …) come with its ChartData entry. */
export type FigureRow = z.output<ReturnType<typeof figureTable<Record<never, never>>>['entry']>;

/**
 * What the charts and the computed figures read: the projects (north to south), the bureaus, and
 * every figure table, in the order of its file.
 */
export type ChartData = { projects: EntryOf<'cluster-projects'>[]; bureaus: EntryOf<'bureaus'>[] } & {
  [Id in FigureTableId]: EntryOf<Id>[];
};
