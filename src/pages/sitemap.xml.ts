/**
 * sitemap.xml: every page of both languages, absolute, each with its translations and x-default
 * (hreflang). Search, embeds and the not-found page are left out: they are not pages to land on.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../core/urls.ts';
import { sitemapEntries } from '../site/routes.ts';
import { escapeXml, xmlResponse } from '../core/xml.ts';

export const GET: APIRoute = async () => {
  const urls = (await sitemapEntries()).map(({ path, alternates }) =>
    [
      '  <url>',
      `    <loc>${escapeXml(absoluteUrl(path))}</loc>`,
      ...alternates.map((a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(absoluteUrl(a.path))}"/>`),
      '  </url>',
    ].join('\n'),
  );
  return xmlResponse(
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
      ...urls,
      '</urlset>',
      '',
    ].join('\n'),
  );
};
