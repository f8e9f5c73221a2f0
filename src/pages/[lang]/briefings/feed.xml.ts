/**
 * The briefings of one language as an Atom feed. Every date is a briefing's committed as-of date
 * (frontmatter), so the same sources build the same feed, whenever they are built.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { Lang } from '../../../core/locales.ts';
import { SEARCH_UI } from '../../../i18n/search.ts';
import { t } from '../../../i18n/ui.ts';
import { langPaths } from '../../../site/lang-paths.ts';
import { absoluteUrl } from '../../../core/urls.ts';
import { atomDate, briefingsFeedPath } from '../../../site/feeds.ts';
import { escapeXml, xmlResponse } from '../../../core/xml.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const ui = t(lang);
  const briefings = (await getCollection('briefings'))
    .filter((b) => b.id.startsWith(`${lang}/`))
    .sort((a, b) => a.data.order - b.data.order);
  if (briefings.length === 0) throw new Error(`no briefings in content/briefings/${lang}/ for the feed`);
  const updated = new Date(Math.max(...briefings.map((b) => b.data.asOf.getTime())));
  const entries = briefings.map((b) => {
    const link = absoluteUrl(`/${lang}/briefings/${b.id.split('/')[1]}/`);
    return [
      '  <entry>',
      `    <id>${escapeXml(link)}</id>`,
      `    <title>${escapeXml(b.data.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <updated>${atomDate(b.data.asOf)}</updated>`,
      `    <summary>${escapeXml(b.data.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const feed = absoluteUrl(briefingsFeedPath(lang));
  return xmlResponse(
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
      `  <id>${escapeXml(feed)}</id>`,
      `  <title>${escapeXml(SEARCH_UI[lang].feedTitle)}</title>`,
      `  <subtitle>${escapeXml(ui.briefingsSummary)}</subtitle>`,
      `  <updated>${atomDate(updated)}</updated>`,
      `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed)}"/>`,
      `  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(`/${lang}/briefings/`))}"/>`,
      `  <author><name>${escapeXml(ui.siteName)}</name><uri>${escapeXml(absoluteUrl(`/${lang}/`))}</uri></author>`,
      ...entries,
      '</feed>',
      '',
    ].join('\n'),
    'application/atom+xml',
  );
};
