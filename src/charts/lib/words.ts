/** Small bilingual helpers shared by the chart modules. */
import type { Lang } from '../../core/locales.ts';
import type { FigureRow } from '../../schemas/datasets.ts';

export const label = (row: Pick<FigureRow, 'label_ja' | 'label_en'>, lang: Lang) => (lang === 'ja' ? row.label_ja : row.label_en);
export const note = (row: Pick<FigureRow, 'note_ja' | 'note_en'>, lang: Lang) => (lang === 'ja' ? row.note_ja : row.note_en);
export const listJoin = (items: string[], lang: Lang) => items.join(lang === 'ja' ? '、' : ', ');
