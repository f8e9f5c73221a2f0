/**
 * Words of the project index's pages (site/project-pages.ts), shown only when the projects take
 * more than one page. No figures: the counts come from the data, formatted, as arguments.
 */
import type { Lang } from '../core/locales.ts';

const words = {
  ja: {
    pagesNav: 'プロジェクト一覧のページ',
    pageRange: (first: string, last: string, total: string, page: string, count: string) =>
      `全${total}プロジェクトのうち${first}〜${last}件目（${count}ページ中${page}ページ目）`,
    pageLink: (page: string) => `${page}ページ目`,
    sortThisPage: '並べ替えはこのページの中だけです。',
  },
  en: {
    pagesNav: 'Pages of the project index',
    pageRange: (first: string, last: string, total: string, page: string, count: string) =>
      `Projects ${first}–${last} of ${total} (page ${page} of ${count})`,
    pageLink: (page: string) => `Page ${page}`,
    sortThisPage: 'Sorting orders this page only.',
  },
} as const satisfies Record<Lang, Record<string, string | ((...counts: string[]) => string)>>;

export const projectIndexWords = (lang: Lang) => words[lang];
