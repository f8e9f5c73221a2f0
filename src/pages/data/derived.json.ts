/** /data/derived.json: the rows of /data/derived.csv as JSON. */
import type { APIRoute } from 'astro';
import { derivedRows } from '../../derived/download.ts';
import { loadDerived } from '../../collections/read-collections.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(derivedRows(await loadDerived()), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
