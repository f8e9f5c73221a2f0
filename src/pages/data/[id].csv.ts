/** /data/<table>.csv: a dataset or the computed figures in plain UTF-8, as datapackage.json declares them. */
import type { APIRoute } from 'astro';
import { siteKey } from '../../collections/cache-key.ts';
import { PACKAGE_TABLES, packageTable, tableCsv } from '../../downloads/package-tables.ts';

export const getStaticPaths = () => PACKAGE_TABLES.map((id) => ({ params: { id }, cacheKey: siteKey() }));

export const GET: APIRoute = ({ params }) =>
  new Response(tableCsv(packageTable(params.id!), 'package'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
