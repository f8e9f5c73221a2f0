/**
 * The words of the Phase I story, in both languages. Every figure is an argument, formatted from
 * the datasets by the page; none is typed here. Every sentence says what a page of the source
 * says (its page is in the comment above it), and nothing more: page 1 gives the plan's results
 * for 2001–2005 and page 3 the outcomes of Phase I and the network as of July 2007; the source
 * does not say that the two periods are the same, nor how the network changed between them.
 */
import type { Lang } from '../core/locales.ts';
import { formatCount } from './figure-format.ts';

const ja = {
  // Page 3's title: 産業クラスター政策（２）第Ⅰ期計画の成果.
  title: '産業クラスター計画 第Ⅰ期の成果',
  // Page 1: 産業クラスター計画（平成１３年～）○産学官の顔の見えるネットワーク形成.
  lede: (start: string) =>
    `資料１ページは、${start}に始まった産業クラスター計画について「産学官の顔の見えるネットワーク形成」を挙げています。このページでは、資料が示す実績と成果を、資料の数値でたどります。`,
  networkHeading: 'ネットワークの規模',
  // Page 1: 【平成１３年～１７年実績】参加企業約10,700社、約290大学 新規事業開始件数 約５万件.
  network: (period: string, companies: string, universities: string, newBusinesses: string) =>
    `資料１ページは、産業クラスター計画の${period}の実績として、参加企業${companies}、${universities}、新規事業開始件数${newBusinesses}を挙げています。`,
  // Page 3: ネットワーク形成：参加企業：約１０，７００社 参加大学：約２９０大学（平成１９年7月時点）; 大学発ベンチャー累計 ４２５件; the pie.
  networkNow: (asOf: string, companies: string, universities: string, startups: string, share: string) =>
    `３ページは、${asOf}のネットワークを参加企業${companies}、参加大学${universities}とし、１ページと同じ数値です。同じページに、大学発ベンチャーの累計${startups}と、「モノ作り中小企業３００社」のうち産業クラスターに参画する企業の割合${share}が示されています。`,
  firmsHeading: '参画企業に与えた影響',
  // Page 3: ◎参画企業に与えた影響 ネットワークの形成によるイノベーション効果は現れてきている。
  firms: (collaboration: string, business: string, second: string) =>
    `資料は参画企業に与えた影響として、新たに連携が始まった企業${collaboration}、新事業を開始した企業${business}、第二創業を行った企業${second}を挙げ、「ネットワークの形成によるイノベーション効果は現れてきている」としています。何社を対象にいつ集計した割合かは記載されていません。`,
  // Page 3: ◎参画企業の業績の推移（大企業を除く）参画企業の経営状況は全国平均を超えている; ＜売上高＞＜当期純利益＞ without values.
  performance:
    '資料は参画企業（大企業を除く）の売上高と当期純利益の推移を図で示し、「参画企業の経営状況は全国平均を超えている」としていますが、図の数値は記載していません。このサイトでは推計していません。',
  // Page 2: 現行１７プロジェクト（第Ⅱ期）.
  phase2Heading: (n: number) => `第Ⅱ期の現行${formatCount(n, 'ja')}プロジェクト`,
  phase2: (n: number, top: string, share: string) =>
    `資料２ページは第Ⅱ期の現行${formatCount(n, 'ja')}プロジェクトを経済産業局ごとに掲げています。プロジェクト別の参加企業数を本サイトが合計すると、その${share}が${top}のプロジェクトに当たります。プロジェクトごとの企業数と大学数は次のとおりです。`,
  // Page 4: 地域技術開発支援事業の実績 — 地域新生コンソーシアム研究開発事業, 累積公募件数・参加企業等（H9-H18）.
  consortiumHeading: '地域技術開発支援事業の実績',
  // `counted`: the deck's note on when the outcomes were counted (data/consortium-results.csv).
  consortium: (period: string, proposals: string, projects: string, practical: string, commercial: string, counted: string) =>
    `資料４ページは、地域新生コンソーシアム研究開発事業の${period}の累積として、公募件数${proposals}、実施プロジェクト${projects}を示しています。また、${practical}が実用化（試作品レベル）に、${commercial}が事業化（製品化レベル）に至ったとしています（${counted.replace(/。$/, '')}）。`,
  more: 'すべてのグラフとデータは、グラフとデータのページにあります。',
};

type Words = typeof ja;

const en: Words = {
  title: 'Industrial Cluster Plan: the outcomes of Phase I',
  lede: (start: string) =>
    `Page 1 of the source lists “forming face-to-face networks of industry, academia and government” under the Industrial Cluster Plan, begun in ${start}. This page follows the results and outcomes the source gives, in the source’s own figures.`,
  networkHeading: 'The size of the network',
  network: (period: string, companies: string, universities: string, newBusinesses: string) =>
    `Page 1 of the source gives as the plan’s results for ${period} ${companies} and ${universities} taking part, and ${newBusinesses} new businesses started.`,
  networkNow: (asOf: string, companies: string, universities: string, startups: string, share: string) =>
    `Page 3 gives the network ${asOf} as ${companies} and ${universities}, the same figures as on page 1. The same page gives ${startups} university start-ups in total, and ${share} as the share of cluster firms among the “300 monozukuri SMEs”.`,
  firmsHeading: 'Effects on participating firms',
  firms: (collaboration: string, business: string, second: string) =>
    `As effects on participating firms, the source lists firms that started new collaborations (${collaboration}), started a new business (${business}) and made a “second founding” (${second}), and says that “the innovation effects of forming the networks are beginning to show”. It does not say how many firms the shares are of, or when they were counted.`,
  performance:
    'The source also charts the sales and net profit of participating firms (excluding large firms) and says that “the business conditions of participating firms exceed the national average”, but it prints no values for the charts. This site does not estimate them.',
  phase2Heading: (n: number) => `Phase II: the ${formatCount(n, 'en')} current projects`,
  phase2: (n: number, top: string, share: string) =>
    `Page 2 of the source lists the ${formatCount(n, 'en')} current projects of Phase II under their regional bureaus. Added up by this site, ${share} of the projects’ participating companies are in the projects of ${top}. Each project’s companies and universities:`,
  consortiumHeading: 'Results of the regional technology development support programme',
  consortium: (period: string, proposals: string, projects: string, practical: string, commercial: string, counted: string) =>
    `Page 4 of the source gives, for the regional consortium R&D programme over ${period}, ${proposals} proposals received and ${projects} projects carried out. It says that ${practical} reached practical use (prototype level) and ${commercial} were commercialised (product level) (${counted.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())}).`,
  more: 'Every chart and dataset is on the charts and data pages.',
};

export const OUTCOMES: Record<Lang, Words> = { ja, en };

/** The figures the story binds (src/briefings/figures.ts keys) and the charts it shows: the page uses no others. */
export const OUTCOMES_FIGURES = [
  'period.phase1-outcomes.phase1-companies',
  'period.phase1-outcomes.network-companies-2007-07',
  'phase1-outcomes.phase1-companies',
  'phase1-outcomes.phase1-universities',
  'phase1-outcomes.phase1-new-businesses',
  'phase1-outcomes.network-companies-2007-07',
  'phase1-outcomes.network-universities-2007-07',
  'phase1-outcomes.university-startups',
  'phase1-outcomes.monozukuri-300-cluster',
  'phase1-outcomes.new-collaboration-share',
  'phase1-outcomes.new-business-share',
  'phase1-outcomes.second-founding-share',
  'derived.top-bureau',
  'derived.top-bureau-companies-share',
  'period.consortium-results.proposals',
  'consortium-results.proposals',
  'consortium-results.projects',
  'consortium-results.practical-use-rate',
  'consortium-results.commercialisation-rate',
] as const;
export const OUTCOMES_CHARTS = ['phase1-network', 'phase1-firm-impact', 'network-size', 'consortium-funnel'] as const;
