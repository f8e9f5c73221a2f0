/**
 * oEmbed (https://oembed.com/) for every figure, at figurePaths(lang, id).oembed: a `rich`
 * response whose html is the figure's embed code. Pages announce it with
 * <link rel="alternate" type="application/json+oembed"> (SiteLayout).
 */
import type { APIRoute } from 'astro';
import { EMBED_REFERENCE_WIDTH, embedCode, embedFacts } from '../../../embeds/embed-code.ts';
import { FIGURE_IDS } from '../../../figures/figure-registry.ts';
import { LANGS, type Lang } from '../../../core/locales.ts';
import { t } from '../../../i18n/ui.ts';
import { absoluteUrl } from '../../../core/urls.ts';
import { siteKey } from '../../../collections/cache-key.ts';

export const getStaticPaths = () => LANGS.flatMap((lang) => FIGURE_IDS.map((id) => ({ params: { lang, id }, cacheKey: siteKey() })));

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const id = params.id!;
  const { title, height } = embedFacts(lang, id);
  const response = {
    version: '1.0',
    type: 'rich',
    provider_name: t(lang).siteName,
    provider_url: absoluteUrl(`/${lang}/`),
    title,
    html: embedCode(lang, id),
    width: EMBED_REFERENCE_WIDTH,
    height,
  };
  return new Response(`${JSON.stringify(response, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
