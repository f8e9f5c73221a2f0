/**
 * The share cards: /cards/<lang>/<kind>/<id>.png, 1200×630, drawn at build time (see src/cards/).
 * The pages point og:image and twitter:image here through cardPath().
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCards, type CardEntry } from '../../../../cards/collect.ts';
import { cardPng, startDrawing } from '../../../../raster/card-drawing.ts';

export const getStaticPaths = (async () => {
  const cards = await allCards();
  // In a build, the raster threads start on every card now, while Astro renders the other pages
  // (the dev server draws a card when it is asked for).
  if (!import.meta.env.DEV) startDrawing(cards);
  return cards.map((card) => ({ params: { lang: card.lang, kind: card.kind, id: card.id }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await cardPng((props as { card: CardEntry }).card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
