/**
 * Words of the national map's own labels and key, in both languages (the rest of the map's words
 * are in ui.ts). No figures: numbers come from the data.
 */
import type { Lang } from '../core/locales.ts';

const words = {
  ja: {
    mapKeyTitle: '地図上の番号',
    legendSeveralFields:
      '複数の分野にまたがるプロジェクトは、円を分野の数で等分して塗っています。扇形の大きさは分野ごとの割合を表しません。',
  },
  en: {
    mapKeyTitle: 'Numbers on the map',
    legendSeveralFields:
      'A project in several fields is a circle cut into equal slices, one per field: the slices show which fields, not how much of each.',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export const mapWords = (lang: Lang) => words[lang];
