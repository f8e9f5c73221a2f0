/** /data/datapackage.json: the Frictionless Data Package of every table (src/downloads/data-package.ts). */
import type { APIRoute } from 'astro';
import { datasetsLastUpdated } from '../../collections/last-updated.ts';
import { getSource } from '../../collections/read-collections.ts';
import { dataPackage } from '../../downloads/data-package.ts';
import { PACKAGE_TABLES, packageTable } from '../../downloads/package-tables.ts';
import { DATASET_IDS } from '../../schemas/datasets.ts';

export const GET: APIRoute = async () => {
  const pkg = dataPackage(PACKAGE_TABLES.map(packageTable), {
    source: await getSource('meti-2007'),
    lastUpdated: datasetsLastUpdated(DATASET_IDS),
  });
  return new Response(`${JSON.stringify(pkg, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
