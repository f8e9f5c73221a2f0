/** What each unit of a figure means, for the data page. */
import type { Unit } from './japanese-number.ts';
import type { Lang } from './locales.ts';

export const UNIT_LABELS: Record<Unit, Record<Lang, string>> = {
  companies: { ja: '社（企業の数）', en: 'companies (社)' },
  universities: { ja: '大学（大学の数。高専を含む場合がある）', en: 'universities (大学; may include colleges of technology)' },
  cases: { ja: '件（「万件」は万の単位）', en: 'cases (件); 万件 are tens of thousands' },
  people: { ja: '名（人数）', en: 'people (名)' },
  yen: { ja: '円（値は円。「億円」は億の単位）', en: 'yen (円); values are in yen, 億円 are hundreds of millions' },
  percent: { ja: '％（「割」は十分の一）', en: 'percent (％); 割 are tenths' },
  fraction: { ja: '分数（値は零から一の割合）', en: 'fraction; values are shares between zero and one' },
  times: { ja: '倍', en: 'times (倍)' },
  years: { ja: '年（期間）', en: 'years (a duration)' },
  year: { ja: '年（日付。値は西暦年）', en: 'a date; values are Western calendar years' },
};
