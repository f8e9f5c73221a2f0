/**
 * Every word of the interface, in both languages. Figures never appear here: they come from
 * the datasets and are formatted by lib/format.ts.
 */
import type { Lang } from './locales.ts';

const ja = {
  siteName: '産業クラスター・アトラス',
  siteTagline: '経済産業省の地域技術施策を地図とデータで読む',
  skipToContent: '本文へ移動',
  navHome: 'ホーム',
  navData: 'データ',
  navAbout: 'このサイトについて',
  aboutSummary: '数値の出典、転記の方法、読み方。',
  navMain: 'サイト内',
  languageSwitch: 'English',
  languageSwitchLabel: 'English version of this page',
  homeTitle: '産業クラスター・アトラス',
  homeIntro: (date: string, projects: number) =>
    `経済産業省が${date}に示した地域技術施策の資料から、全国${projects}の産業クラスター・プロジェクト（第Ⅱ期）とその成果を、地図・グラフ・表で読めるようにしたサイトです。数値はすべて資料から転記し、出典のページを添えています。`,
  homeAudience: '一般の方、記事に図表を使う記者、出典つきの要約を必要とする政策担当者のために作っています。',
  projectsHeading: (n: number) => `現行${n}プロジェクト（第Ⅱ期）`,
  projectsCaption: '産業クラスター計画の現行プロジェクト：経済産業局、分野、参加企業数、参加大学数',
  sectionsHeading: 'このサイトの内容',
  colBureau: '経済産業局',
  colProject: 'プロジェクト',
  colFields: '分野',
  colCompanies: '参加企業',
  colUniversities: '参加大学',
  nationalTotal: '全国',
  universitiesTotalNote:
    '大学は複数のプロジェクトに参加するため、プロジェクト別の大学数を足し合わせると全国の大学数を上回ります。',
  sourceLine: '出典',
  page: 'ページ',
  pageN: (n: number) => `${n}ページ`,
  pagesN: (pages: number[]) => `${pages.join('・')}ページ`,
  dataTitle: 'データ',
  dataIntro:
    'サイトのすべての数値は以下のデータセットから生成しています。CSV（UTF-8、BOM付き。Excelでそのまま開けます）とJSONでダウンロードでき、Frictionless Data Package の記述もあります。',
  dataPackage: 'データパッケージ（datapackage.json）',
  unitsHeading: '単位',
  download: 'ダウンロード',
  columns: '列',
  column: '列名',
  meaning: '内容',
  rows: (n: number) => `${n}行`,
  sourcePages: '出典のページ',
  outsideFact: '資料外の公知の事実',
  figureColumnsNote:
    '数値の列は、ダウンロードでは _value（値）、_unit（単位）、_approx（「約」の有無）、_printed（資料の表記）などの列に分かれます。',
  notInSourceNote: '資料が数値を示さず図だけを載せている項目は「資料に数値なし」とし、推計はしていません。',
  footerSource: '出典',
  footerCredits: 'クレジット',
  footerMapCredit: '地図：@svg-maps/japan（MapSVG、CC BY 4.0）',
  footerBureauFact: '経済産業局の管轄区域は資料外の公知の事実です。',
  footerLicence: 'サイトのコードはMITライセンスです。',
  rootTitle: '産業クラスター・アトラス / Cluster Atlas',
  rootChoose: '言語を選んでください',
  notFoundTitle: 'ページが見つかりません',
  notFoundText: 'お探しのページはありません。トップページからお探しください。',
};

type Dictionary = typeof ja;

const en: Dictionary = {
  siteName: 'Cluster Atlas',
  siteTagline: "Japan's regional technology policy in maps and data",
  skipToContent: 'Skip to content',
  navHome: 'Home',
  navData: 'Data',
  navAbout: 'About',
  aboutSummary: 'Where the figures come from, how they were transcribed, and how to read them.',
  navMain: 'Site',
  languageSwitch: '日本語',
  languageSwitchLabel: 'このページの日本語版',
  homeTitle: 'Cluster Atlas',
  homeIntro: (date: string, projects: number) =>
    `Japan's Ministry of Economy, Trade and Industry (METI) presented its regional technology policy on ${date}. This site turns that document into maps, charts and tables: the ${projects} regional industrial-cluster projects of Phase II and what the programmes achieved. Every figure is transcribed from the document and cites its page.`,
  homeAudience:
    'It is made for the public, for journalists who use its charts and data in their stories, and for policymakers who need short briefings with every figure sourced.',
  projectsHeading: (n: number) => `The ${n} current projects (Phase II)`,
  projectsCaption: 'Current projects of the Industrial Cluster Plan: regional bureau, fields, participating companies and universities',
  sectionsHeading: 'On this site',
  colBureau: 'Regional bureau',
  colProject: 'Project',
  colFields: 'Fields',
  colCompanies: 'Companies',
  colUniversities: 'Universities',
  nationalTotal: 'Nationwide',
  universitiesTotalNote:
    'Universities join several projects, so the per-project counts add up to more than the nationwide number of universities.',
  sourceLine: 'Source',
  page: 'page',
  pageN: (n: number) => `page ${n}`,
  pagesN: (pages: number[]) => (pages.length > 1 ? `pages ${pages.join(', ')}` : `page ${pages[0]}`),
  dataTitle: 'Data',
  dataIntro:
    'Every figure on this site is generated from the datasets below. Download them as CSV (UTF-8 with BOM, so Excel opens them correctly) or JSON; a Frictionless Data Package describes them all.',
  dataPackage: 'Data package (datapackage.json)',
  unitsHeading: 'Units',
  download: 'Download',
  columns: 'Columns',
  column: 'Column',
  meaning: 'Meaning',
  rows: (n: number) => `${n} rows`,
  sourcePages: 'Source pages',
  outsideFact: 'Public fact outside the document',
  figureColumnsNote:
    'In the downloads each figure column is split into _value, _unit, _approx (printed with 約, “about”), _printed (the text as printed) and similar columns.',
  notInSourceNote: 'Where the document shows only a chart without values, the item is marked “no values in the source”; nothing is estimated.',
  footerSource: 'Source',
  footerCredits: 'Credits',
  footerMapCredit: 'Map: @svg-maps/japan (MapSVG, CC BY 4.0)',
  footerBureauFact: 'The prefectures each regional bureau covers are a public fact outside the document.',
  footerLicence: "The site's code is MIT licensed.",
  rootTitle: 'Cluster Atlas / 産業クラスター・アトラス',
  rootChoose: 'Choose a language',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. Start again from the home page.',
};

export const UI: Record<Lang, Dictionary> = { ja, en };
export const t = (lang: Lang): Dictionary => UI[lang];
