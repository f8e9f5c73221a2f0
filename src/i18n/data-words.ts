/**
 * Words of the data page (the files, their two CSV copies, the terms of reuse) and of the
 * footer's terms. Figures and names are arguments, never typed here: the licence's short name
 * and the sentences of the terms come from core/reuse.ts, dates from the repository.
 */
import type { Lang } from '../core/locales.ts';

const ja = {
  intro:
    'サイトのすべての数値は、このページのデータセットから生成しています。CSVとJSONでダウンロードでき、すべてのデータセットをFrictionless Data Packageの記述（datapackage.json）がまとめています。',
  formatsHeading: 'ファイルの形式',
  /** The package's CSV: plain UTF-8, for code and LibreOffice. */
  packageCsv: 'CSVはBOMなしのUTF-8です。datapackage.jsonが記述するのはこのファイルで、プログラムやLibreOfficeで読むときに使います。',
  /** The sentence on LibreOffice, after packageCsv, around the name of the character set to choose (kept on one line). */
  libreOffice: { before: 'LibreOfficeで開くときは、文字コードに「', after: '」を選んでください。' },
  /** The spreadsheet copy: the same rows after a BOM, for Excel. */
  excelCsv:
    'Excelで開くときは「Excel用」のCSVを使ってください。中身は同じで、先頭にBOMを付けたUTF-8なので、Excelが文字化けせずに読めます。',
  json: 'JSONは同じ行を、表記・値・単位などを入れ子にしたまま収めています。',
  plainFiles:
    'CSVとJSONはデータの表だけで、注記の行は入れていません。利用条件と出典の示し方は、このページとdatapackage.jsonに記載しています。',
  figureCsv: 'グラフと地図の各ページからダウンロードできる図のデータのCSVは、Excel用（BOM付き）です。',
  /** Link text of a table's copy for Excel (the other two links are the file names). */
  excelLink: (name: string) => `${name}.csv（Excel用）`,
  termsHeading: '利用条件',
  /** The link to the licence's own page, after the terms. */
  licenceLink: (licence: string) => `${licence}の内容（クリエイティブ・コモンズのサイト）`,
  creditHeading: 'クレジットの示し方',
  creditIntro: '再利用するときは、次のように出典を示してください。図を使う場合は、図のもとになった資料のページも添えてください。',
  sourceHeading: '元の資料について',
  lastUpdated: (date: string) => `データの最終更新：${date}`,
  /** The footer's one sentence on the site's terms, then the link to them. */
  footerTerms: (licence: string) => `このサイトのグラフ、地図、データと文章は、出典を示せば${licence}のもとで再利用できます。`,
  footerTermsLink: '利用条件とクレジットの示し方',
  /** After the credit under a downloaded figure: the licence it may be reused under. */
  licensedCredit: (credit: string, licence: string) => `${credit}　ライセンス：${licence}`,
};

type Dictionary = typeof ja;

const en: Dictionary = {
  intro:
    'Every figure on this site is generated from the datasets on this page. Download them as CSV or JSON; a Frictionless Data Package (datapackage.json) describes them all.',
  formatsHeading: 'File formats',
  packageCsv:
    'The CSV files are UTF-8 without a byte order mark (BOM). They are what datapackage.json describes: use them in code and in LibreOffice.',
  libreOffice: { before: ' In LibreOffice, choose “', after: '” as the character set.' },
  excelCsv:
    'To open a dataset in Excel, use the CSV “for Excel”: the same rows in UTF-8 with a BOM, so Excel reads the Japanese correctly.',
  json: 'The JSON files hold the same rows, with each figure’s text as printed, value, unit and so on kept nested.',
  plainFiles:
    'The CSV and JSON files hold only the data, with no rows of notes. The terms of reuse and how to credit the data are on this page and in datapackage.json.',
  figureCsv: 'The CSV of a figure’s data, downloaded from a chart’s page or the map, is for Excel (with a BOM).',
  excelLink: (name: string) => `${name}.csv (for Excel)`,
  termsHeading: 'Terms of reuse',
  licenceLink: (licence: string) => `What ${licence} allows (Creative Commons site)`,
  creditHeading: 'How to credit',
  creditIntro: 'When you reuse the data, credit it like this. For a figure, add the pages of the source it is drawn from.',
  sourceHeading: 'The source document',
  lastUpdated: (date: string) => `Data last updated: ${date}`,
  footerTerms: (licence: string) => `This site’s charts, maps, data and text may be reused under ${licence}, with credit.`,
  footerTermsLink: 'Terms and how to credit',
  licensedCredit: (credit: string, licence: string) => `${credit} · Licence: ${licence}`,
};

export const DATA_UI: Record<Lang, Dictionary> = { ja, en };

/** LibreOffice's name of the character set to choose, as its import dialog writes it in every language. */
export const LIBREOFFICE_CHARSET = 'Unicode (UTF-8)';
