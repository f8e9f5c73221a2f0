import type { APIRoute } from 'astro';
import { datasetEntries } from '../../collections/read-collections.ts';
import { downloadColumns, flatten, toCsv } from '../../downloads/dataset-downloads.ts';
import { DATASETS } from '../../schemas/datasets.ts';

export const getStaticPaths = () => DATASETS.map((d) => ({ params: { id: d.id } }));

export const GET: APIRoute = async ({ params }) => {
  const dataset = DATASETS.find((d) => d.id === params.id)!;
  const rows = (await datasetEntries(dataset.id)).map((e) => flatten(e));
  return new Response(toCsv(rows, downloadColumns(dataset, rows)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
