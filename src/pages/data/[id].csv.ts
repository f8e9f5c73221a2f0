import type { APIRoute } from 'astro';
import { datasetEntries } from '../../lib/dataset-rows.ts';
import { flatten, toCsv } from '../../lib/downloads.ts';
import { DATASETS, type DatasetId } from '../../schemas/datasets.ts';

export const getStaticPaths = () => DATASETS.map((d) => ({ params: { id: d.id } }));

export const GET: APIRoute = async ({ params }) => {
  const rows = (await datasetEntries(params.id as DatasetId)).map((e) => flatten(e));
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
