/**
 * How a computed figure is announced to the reader, in both languages: the mark beside it, the
 * words of its note ("computed by this site from page N: formula") and the rule of precision.
 * Kept apart from the words of a printed figure's note ("Source: …, page N") on purpose.
 */
import type { Lang } from '../core/locales.ts';
import type { DerivedFigure } from './derived-figure.ts';

/** Placed after a computed figure or a column of them; it links to the page's note on computed figures. */
export const COMPUTED_MARK = '†';

export const COMPUTED_WORDS = {
  ja: {
    heading: '計算値',
    /** Appended to a table heading whose column is computed. */
    column: (head: string) => `${head}（計算値）`,
    /** A tooltip or label suffix. */
    suffix: '（計算値）',
    from: (pages: string) => `本サイトが資料${pages}の数値から計算`,
    precision: '計算値は、もとの数値の丸めを超える精度では示さない（割合は原則として整数の%、その精度が保てるときだけ小数第1位まで）。',
  },
  en: {
    heading: 'Computed figures',
    column: (head: string) => `${head} (computed)`,
    suffix: ' (computed)',
    from: (pages: string) => `Computed by this site from ${pages} of the source`,
    precision:
      'Computed figures are given no more precisely than the printed figures they come from: shares as a rule to the whole percent, to one decimal place only where that precision holds.',
  },
} as const satisfies Record<Lang, unknown>;

/**
 * The distinct notes of a set of computed figures: one per formula, with the pages it reads.
 * Counts of listed things (17 projects, 3 in a bureau) need no note: they are declared, not worked out.
 */
export function computedNotes(figures: readonly DerivedFigure[], lang: Lang): { formula: string; pages: number[]; ids: string[] }[] {
  const notes: { formula: string; pages: number[]; ids: string[] }[] = [];
  for (const d of figures) {
    if (d.kind === 'count') continue;
    const formula = d.formula[lang];
    const note = notes.find((n) => n.formula === formula);
    if (note) {
      note.pages = [...new Set([...note.pages, ...d.pages])].sort((a, b) => a - b);
      if (!note.ids.includes(d.id)) note.ids.push(d.id);
    } else notes.push({ formula, pages: [...d.pages], ids: [d.id] });
  }
  return notes;
}
