/**
 * The terms on which the site's own work may be reused, and what is known of the source's.
 * One place, so the footer, every figure page, embed and download, the data page and
 * datapackage.json say the same. The site licenses only what it made: its charts, maps, tables,
 * transcribed datasets and text, under CC BY 4.0. The source is METI's slide deck prepared for a
 * government meeting; the deck states no terms of reuse, so nothing here claims any for it.
 * The source's title and date come from the sources dataset, never typed here.
 */
import type { Lang } from './locales.ts';

export const SITE_LICENCE = {
  /** SPDX identifier, as Frictionless Data Packages name licences. */
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The code's licence (the repository's LICENSE file). */
export const CODE_LICENCE = { name: 'MIT', title: 'MIT License' } as const;

/** The source as the sources dataset gives it (title, publisher and date as printed). */
export interface SourceNames {
  title: string;
  publisher: string;
  date: string;
}

interface ReuseWords {
  /** The licence's short name, for a figure's footer. */
  short: string;
  /** One sentence: what may be reused and how. */
  terms: string;
  /** The credit line to use (a figure adds its pages after it). */
  credit: (source: SourceNames) => string;
  /** What is known of the source document's own status. */
  source: (source: SourceNames) => string;
  /** The code's licence. */
  code: string;
}

export const REUSE: Record<Lang, ReuseWords> = {
  ja: {
    short: 'CC BY 4.0',
    terms:
      'このサイトのグラフ、地図、表、データ（資料からの転記を含む）と文章は、クリエイティブ・コモンズ表示ライセンス（CC BY 4.0）のもと、出典を示せば自由に再利用できます。',
    credit: (s) => `出典：産業クラスター・アトラス（${s.publisher}「${s.title}」${s.date}より作成）`,
    source: (s) =>
      `元の資料は${s.publisher}「${s.title}」（${s.date}）で、会合の説明資料として公開された公的資料です。資料には利用条件の記載がなく、このサイトの利用条件は資料そのものには及びません。`,
    code: 'サイトのコードはMITライセンスです。',
  },
  en: {
    short: 'CC BY 4.0',
    terms:
      "This site's charts, maps, tables, data (including its transcriptions of the source) and text may be reused freely under the Creative Commons Attribution licence (CC BY 4.0), with credit.",
    credit: (s) => `Source: Cluster Atlas, from “${s.title}”, ${s.publisher}, ${s.date}`,
    source: (s) =>
      `The source is “${s.title}” (${s.publisher}, ${s.date}), a public government document prepared for a meeting. It states no terms of reuse, and this site's terms do not extend to it.`,
    code: "The site's code is MIT licensed.",
  },
};
