/**
 * robots.txt: everything may be crawled. Embeds stay fetchable (other sites frame them); pages
 * that should not be listed say so with <meta name="robots" content="noindex"> instead.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../core/urls.ts';

export const GET: APIRoute = () =>
  new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl('/sitemap.xml')}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
