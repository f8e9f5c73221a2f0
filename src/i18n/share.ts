/**
 * The words of the share and download panel (src/components/share/), in both languages.
 * Like ui.ts: no figures; the formats' own names (SVG, PNG, CSV, JSON, UTF-8) are names.
 */
import type { Lang } from '../core/locales.ts';

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
};

export const SHARE_UI: { [L in Lang]: Words } = { ja, en };

export const shareWords = (lang: Lang): Words => SHARE_UI[lang];
