/**
 * The share cards: /cards/<lang>/<kind>/<id>.png, 1200×630, drawn at build time (see src/cards/).
 * The pages point og:image and twitter:image here through cardPath().
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCards } from '../../../../cards/collect.ts';
import { cardMetrics } from '../../../../cards/font-metrics.ts';
import { cardElement, type CardContent } from '../../../../cards/layout.ts';
import { otherLang, type Lang } from '../../../../i18n/locales.ts';
import { t } from '../../../../i18n/ui.ts';
import { absoluteUrl } from '../../../../lib/urls.ts';
import { drawPng } from '../../../../raster/pool.ts';

export const getStaticPaths = (async () =>
  (await allCards()).map((card) => ({ params: { lang: card.lang, kind: card.kind, id: card.id }, props: { content: card.content } }))) satisfies GetStaticPaths;

/** `https://example.org/atlas/` → `example.org/atlas`: the address a reader of the image can type. */
const host = () => absoluteUrl('/').replace(/^https?:\/\//, '').replace(/\/$/, '');

export const GET: APIRoute = async ({ params, props }) => {
  const lang = params.lang as Lang;
  const frame = { lang, siteName: t(lang).siteName, altLang: otherLang(lang), altSiteName: t(otherLang(lang)).siteName, host: host() };
  const png = await drawPng({ kind: 'card', element: cardElement((props as { content: CardContent }).content, frame, cardMetrics()) });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
