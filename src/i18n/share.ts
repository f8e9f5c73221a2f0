/**
 * The words of the share and download panel (src/components/share/), in both languages.
 * Like ui.ts: no figures; the formats' own names (SVG, PNG, CSV, JSON, UTF-8) are names.
 */
import type { Lang } from '../core/locales.ts';

/** What a figure's citation names, each already in the page's language (pages and dates formatted). */
export interface CitationWords {
  site: string;
  title: string;
  publisher: string;
  source: string;
  date: string;
  pages: string;
  url: string;
  updated: string;
}

const ja = {
  heading: '共有とダウンロード',
  /** The closed panel inside an embed, where it must not take the host page's height. */
  summary: '共有・ダウンロード',
  figureHeading: '図をダウンロード',
  svgNote: 'ベクター形式。拡大しても粗くならず、編集ソフトで手直しできます。',
  pngNote: '画像。解像度は画面表示の倍で、タイトルと出典が入っています。',
  dataHeading: '図のデータをダウンロード',
  csvNote: 'UTF-8（BOM付き）。Excelでそのまま開けます。',
  jsonNote: '同じデータを、プログラムで扱いやすい形式で。',
  embedHeading: '記事に埋め込む',
  embedLabel: '埋め込みコード',
  embedHelp: 'このコードをウェブページのHTMLに貼り付けると、図がそのページに表示されます。',
  copyEmbed: '埋め込みコードをコピー',
  embedCopied: '埋め込みコードをコピーしました',
  linkHeading: 'リンクを共有',
  linkLabel: 'この図のアドレス',
  mapLinkHelp: '地図で選んだ分野と円の大きさも、リンクに含まれます。',
  copyLink: 'リンクをコピー',
  linkCopied: 'リンクをコピーしました',
  copyFailed: 'コピーできませんでした。欄の文字を選択したので、キーボードかメニューでコピーしてください。',
  embedFormLegend: '埋め込み方',
  embedFormFrame: '操作できる図（iframe）',
  embedFormImage: '静止画（PNG画像と図へのリンク）',
  embedFormImageHelp: 'iframeやスクリプトを使えないページ向けです。画像にはタイトルと出典が入っています。',
  embedThemeLegend: '配色',
  embedThemeAuto: '閲覧者の設定に合わせる',
  embedThemeLight: 'ライト',
  embedThemeDark: 'ダーク',
  embedSharePanel: '図の下に共有・ダウンロード欄を入れる',
  altLabel: '図の説明（代替テキスト）',
  altHelp: 'PNG画像を記事などに載せるとき、画像の代替テキスト（alt）として使えます。',
  copyAlt: '図の説明をコピー',
  altCopied: '図の説明をコピーしました',
  socialHeading: 'SNS・メールで送る',
  socialX: 'X',
  socialFacebook: 'Facebook',
  socialLine: 'LINE',
  socialEmail: 'メール',
  newTab: '（新しいタブで開きます）',
  citeHeading: 'この図を引用する',
  citationLabel: '引用の書き方',
  copyCitation: '引用をコピー',
  citationCopied: '引用をコピーしました',
  bibtexLabel: 'BibTeX',
  copyBibtex: 'BibTeXをコピー',
  bibtexCopied: 'BibTeXをコピーしました',
  updatedLabel: 'データの最終更新',
  reuseHeading: '再利用の条件',
  creditLabel: 'クレジットの表記例',
  citation: (p: CitationWords) =>
    `${p.site}「${p.title}」${p.publisher}「${p.source}」（${p.date}）${p.pages}より作成。${p.url}（データ最終更新：${p.updated}）`,
  bibtexNote: (p: CitationWords) => `${p.publisher}「${p.source}」（${p.date}）${p.pages}より作成。データ最終更新：${p.updated}`,
  filteredHeading: '地図で選んだ分野のデータ',
  filteredLabel: (field: string, count: string) => `分野「${field}」の${count}プロジェクト`,
  filteredHelp: '地図の表示に合わせて、このページで作ったファイルです。',
};

type Words = typeof ja;

const en: Words = {
  heading: 'Share and download',
  summary: 'Share / download',
  figureHeading: 'Download the figure',
  svgNote: 'Vector graphics: sharp at any size, editable in a drawing program.',
  pngNote: 'Image at double screen resolution, with title and source.',
  dataHeading: 'Download the data behind the figure',
  csvNote: 'UTF-8 with BOM: opens as is in Excel.',
  jsonNote: 'The same data, in a form programs read easily.',
  embedHeading: 'Embed in an article',
  embedLabel: 'Embed code',
  embedHelp: 'Paste this code into the HTML of a web page to show the figure there.',
  copyEmbed: 'Copy embed code',
  embedCopied: 'Embed code copied',
  linkHeading: 'Share a link',
  linkLabel: 'Address of this figure',
  mapLinkHelp: 'The field and circle size you chose on the map are part of the link.',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Could not copy. The text in the field is selected: copy it with the keyboard or the menu.',
  embedFormLegend: 'Form',
  embedFormFrame: 'Interactive figure (iframe)',
  embedFormImage: 'Static image (the PNG, linked to the figure)',
  embedFormImageHelp: 'For pages that allow no iframes or scripts. The image has the title and source drawn in.',
  embedThemeLegend: 'Colours',
  embedThemeAuto: "Follow the reader's setting",
  embedThemeLight: 'Light',
  embedThemeDark: 'Dark',
  embedSharePanel: 'Include the share and download panel under the figure',
  altLabel: 'Text description (alt text)',
  altHelp: 'Use it as the alt text of the PNG when you publish the image.',
  copyAlt: 'Copy text description',
  altCopied: 'Text description copied',
  socialHeading: 'Send by social media or e-mail',
  socialX: 'X',
  socialFacebook: 'Facebook',
  socialLine: 'LINE',
  socialEmail: 'E-mail',
  newTab: ' (opens in a new tab)',
  citeHeading: 'Cite this figure',
  citationLabel: 'Citation',
  copyCitation: 'Copy citation',
  citationCopied: 'Citation copied',
  bibtexLabel: 'BibTeX',
  copyBibtex: 'Copy BibTeX',
  bibtexCopied: 'BibTeX copied',
  updatedLabel: 'Data last updated',
  reuseHeading: 'Reuse',
  creditLabel: 'Credit line to use',
  citation: (p: CitationWords) =>
    `${p.site}, “${p.title}”. Based on ${p.publisher}, “${p.source}” (${p.date}), ${p.pages}. ${p.url} (data last updated ${p.updated}).`,
  bibtexNote: (p: CitationWords) => `Based on ${p.publisher}, “${p.source}” (${p.date}), ${p.pages}. Data last updated ${p.updated}.`,
  filteredHeading: 'Data of the field chosen on the map',
  filteredLabel: (field: string, count: string) => `“${field}”, projects shown: ${count}`,
  filteredHelp: 'Made on this page from what the map shows.',
};

export const SHARE_UI: { [L in Lang]: Words } = { ja, en };

export const shareWords = (lang: Lang): Words => SHARE_UI[lang];
