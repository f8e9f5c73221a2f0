/**
 * The words of the "What Phase I achieved" story, in both languages. Every figure is an
 * argument, formatted from the datasets by the page; none is typed here.
 */
import type { Lang } from './locales.ts';

const ja = {
  title: '第Ⅰ期の産業クラスター計画が残したもの',
  lede: (period: string) =>
    `産業クラスター計画は、地域の企業と大学が「顔の見える」ネットワークをつくることを目指して始まりました。${period}の第Ⅰ期に何が起き、その後どう広がったかを、資料の数値でたどります。`,
  networkHeading: '全国に広がったネットワーク',
  network: (period: string, companies: string, universities: string, newBusinesses: string) =>
    `資料によると、${period}の実績として、参加企業は${companies}、大学は${universities}にのぼり、新規事業の開始は${newBusinesses}を数えました。`,
  networkNow: (asOf: string, companies: string, universities: string, startups: string, share: string) =>
    `${asOf}の時点でも参加企業は${companies}、参加大学は${universities}。大学発ベンチャーは累計${startups}に達し、「モノ作り中小企業３００社」の${share}が産業クラスターの企業です。`,
  firmsHeading: '参画企業に起きた変化',
  firms: (collaboration: string, business: string, second: string) =>
    `参画企業への調査では、新たに連携が始まった企業が${collaboration}、新事業を開始した企業が${business}、第二創業を行った企業が${second}でした。`,
  performance:
    '資料は参画企業（大企業を除く）の売上高と当期純利益の推移を図で示し、「全国平均を超えている」としていますが、数値は記載していません。このサイトでは推計していません。',
  phase2Heading: (n: number) => `第Ⅱ期：${n}のプロジェクトへ`,
  phase2: (n: number, top: string, share: string) =>
    `第Ⅱ期の現行${n}プロジェクトでは、参加企業の${share}が${top}に集まっています。プロジェクトごとの企業数と大学数は次のとおりです。`,
  consortiumHeading: '研究開発の支援：地域新生コンソーシアム',
  consortium: (period: string, proposals: string, projects: string, practical: string, commercial: string) =>
    `クラスターの研究開発を支えた地域新生コンソーシアム研究開発事業には、${period}に${proposals}の提案があり、${projects}が実施されました。終了後の集計では${practical}が実用化に、${commercial}が事業化に至っています。`,
  more: 'すべてのグラフとデータは、グラフとデータのページにあります。',
};

type Words = typeof ja;

const en: Words = {
  title: 'What Phase I of the Industrial Cluster Plan achieved',
  lede: (period: string) =>
    `The Industrial Cluster Plan set out to build networks in which regional firms and universities know each other by face. Here is what happened in Phase I (${period}) and how the network grew, in the source’s own figures.`,
  networkHeading: 'A network across the country',
  network: (period: string, companies: string, universities: string, newBusinesses: string) =>
    `In ${period}, according to the source, ${companies} and ${universities} took part, and ${newBusinesses} new businesses were started.`,
  networkNow: (asOf: string, companies: string, universities: string, startups: string, share: string) =>
    `${asOf[0]!.toUpperCase()}${asOf.slice(1)}, the network still counted ${companies} and ${universities}. University start-ups had reached ${startups} in total, and ${share} of the “300 monozukuri SMEs” were cluster firms.`,
  firmsHeading: 'What changed for participating firms',
  firms: (collaboration: string, business: string, second: string) =>
    `Among participating firms, ${collaboration} had started new collaborations, ${business} had started a new business and ${second} had made a “second founding”.`,
  performance:
    'The source also charts the sales and net profit of participating firms (excluding large firms) and says they beat the national average, but it prints no values. This site does not estimate them.',
  phase2Heading: (n: number) => `Phase II: ${n} projects`,
  phase2: (n: number, top: string, share: string) =>
    `Of the ${n} current projects of Phase II, those of ${top} hold ${share} of participating companies. Each project’s companies and universities:`,
  consortiumHeading: 'Support for R&D: the regional consortium programme',
  consortium: (period: string, proposals: string, projects: string, practical: string, commercial: string) =>
    `The regional consortium R&D programme, which funded research in the clusters, received ${proposals} proposals in ${period} and carried out ${projects} projects. Counted after they ended, ${practical} reached practical use and ${commercial} were commercialised.`,
  more: 'Every chart and dataset is on the charts and data pages.',
};

export const OUTCOMES: Record<Lang, Words> = { ja, en };
