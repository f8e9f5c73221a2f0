/** /data/excel/<table>.csv: the same table as /data/<table>.csv, after a BOM so Excel reads it as UTF-8. */
import type { APIRoute } from 'astro';
import { siteKey } from '../../../collections/cache-key.ts';
import { PACKAGE_TABLES, packageTable, tableCsv } from '../../../downloads/package-tables.ts';

export const getStaticPaths = () => PACKAGE_TABLES.map((id) => ({ params: { id }, cacheKey: siteKey() }));

export const GET: APIRoute = ({ params }) =>
  new Response(tableCsv(packageTable(params.id!), 'excel'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
