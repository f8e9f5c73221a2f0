import type { APIRoute } from 'astro';
import { datasetEntries } from '../../collections/read-collections.ts';
import { siteKey } from '../../collections/cache-key.ts';
import { DATASETS, type DatasetId } from '../../schemas/datasets.ts';

export const getStaticPaths = () => DATASETS.map((d) => ({ params: { id: d.id }, cacheKey: siteKey() }));

export const GET: APIRoute = async ({ params }) =>
  new Response(`${JSON.stringify(await datasetEntries(params.id as DatasetId), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
