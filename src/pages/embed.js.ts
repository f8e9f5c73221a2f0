/** The embed loader at its stable address, /embed.js (EMBED_LOADER_PATH), for host pages. */
import type { APIRoute } from 'astro';
import { buildLoader } from '../embeds/build-loader.ts';

export const GET: APIRoute = async () =>
  new Response(await buildLoader(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
