/**
 * Words of the national map's own labels and key, in both languages (the rest of the map's words
 * are in ui.ts). No figures: numbers come from the data, formatted, as arguments.
 */
import type { Lang } from '../core/locales.ts';

const words = {
  ja: {
    mapKeyTitle: '地図上の番号',
    legendSeveralFields:
      '複数の分野にまたがるプロジェクトは、円を分野の数で等分して塗っています。扇形の大きさは分野ごとの割合を表しません。',
    mapDrawnLargest: (drawn: string, total: string) =>
      `地図には全${total}プロジェクトのうち参加企業数の多い${drawn}プロジェクトを描いています。`,
    tableListsLargest: (listed: string, total: string) =>
      `この表には全${total}プロジェクトのうち参加企業数の多い${listed}プロジェクトを載せています。`,
    allOnIndex: 'すべてのプロジェクトはプロジェクト一覧にあります。',
  },
  en: {
    mapKeyTitle: 'Numbers on the map',
    legendSeveralFields:
      'A project in several fields is a circle cut into equal slices, one per field: the slices show which fields, not how much of each.',
    mapDrawnLargest: (drawn: string, total: string) =>
      `The map draws the ${drawn} projects with the most participating companies, of ${total} in all.`,
    tableListsLargest: (listed: string, total: string) =>
      `This table lists the ${listed} projects with the most participating companies, of ${total} in all.`,
    allOnIndex: 'Every project is listed in the project index.',
  },
} as const satisfies Record<Lang, Record<string, string | ((...counts: string[]) => string)>>;

export const mapWords = (lang: Lang) => words[lang];
