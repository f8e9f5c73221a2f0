/**
 * The copy of a page that Pagefind indexes (scripts/search-index.ts), made to read as the page
 * does. Pagefind joins a term (<dt>) and its description (<dd>) with nothing between them, so a
 * result's excerpt ran a project's facts together: "Companiesabout 880", "SeatSapporo". On screen
 * the list's layout keeps them apart; in the indexed copy (only there: the page is unchanged) each
 * term ends with its language's label mark and each description but the list's last with a
 * separator: "Companies: about 880 · Universities: 29", 「参加企業：約880社 ／ 参加大学：29大学」.
 * Table headings (<th>), which Pagefind also joins, are kept apart by a space, as cells are, and
 * a table's caption from its headings by the separator.
 */
import { isLang } from '../core/locales.ts';
import { SEARCH_UI } from '../i18n/search.ts';

/** The language of a built page, from its root element. */
const pageLang = (html: string) => /<html\b[^>]*\slang="([^"]+)"/i.exec(html)?.[1];

/** A description followed by another term, directly or in the next of the list's grouping <div>s. */
const DESCRIPTION_BEFORE_TERM = /<\/dd>(?=\s*(?:<\/div>\s*<div\b[^>]*>\s*)?<dt\b)/gi;

/**
 * Drawings, styles and scripts, which the index leaves out anyway (svg is among its excluded
 * selectors; styles and scripts are never text): dropped from the copy before Pagefind reads it,
 * so it parses a third of the bytes. Only when no drawing holds another, which a pattern could not pair.
 */
const UNREAD = /<(svg|style|script)\b[^>]*>[\s\S]*?<\/\1>/gi;
const nestedSvg = (html: string) => /<svg\b(?:(?!<\/svg>)[\s\S])*?<svg\b/i.test(html);

export function indexableHtml(html: string): string {
  const lang = pageLang(html);
  if (!lang || !isLang(lang)) return html;
  const { excerptLabelEnd, excerptFieldSeparator } = SEARCH_UI[lang];
  return (nestedSvg(html) ? html : html.replace(UNREAD, ''))
    .replace(/<\/dt>/gi, `${excerptLabelEnd}</dt>`)
    .replace(DESCRIPTION_BEFORE_TERM, `${excerptFieldSeparator}</dd>`)
    .replace(/<\/th>/gi, ' </th>')
    .replace(/<\/caption>/gi, `${excerptFieldSeparator}</caption>`);
}
