/** /data/derived.csv: every figure the site computes, with its formula and inputs (src/derived/download.ts). */
import type { APIRoute } from 'astro';
import { DERIVED_COLUMNS, derivedRows } from '../../derived/download.ts';
import { loadDerived } from '../../collections/read-collections.ts';
import { toCsv } from '../../downloads/dataset-downloads.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(derivedRows(await loadDerived()), Object.keys(DERIVED_COLUMNS)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
