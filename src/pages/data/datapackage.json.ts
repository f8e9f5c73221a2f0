/** Frictionless Data Package: one tabular resource per dataset, with its Table Schema. */
import type { APIRoute } from 'astro';
import { datasetEntries } from '../../collections/read-collections.ts';
import { flatten, tableSchema } from '../../downloads/dataset-downloads.ts';
import { DATASETS } from '../../schemas/datasets.ts';
import { getSource } from '../../collections/read-collections.ts';
import { DERIVED_COLUMNS, derivedRows } from '../../derived/download.ts';
import { loadDerived } from '../../collections/read-collections.ts';

export const GET: APIRoute = async () => {
  const meti = await getSource('meti-2007');
  const resources = [];
  for (const dataset of DATASETS) {
    const rows = (await datasetEntries(dataset.id)).map((e) => flatten(e));
    resources.push({
      name: dataset.id,
      path: `${dataset.id}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      title: dataset.title.en,
      description: dataset.description.en,
      schema: tableSchema(dataset, rows),
    });
  }
  // The figures the site computes: a resource of their own, never mixed into the transcribed datasets.
  const derived = derivedRows(await loadDerived());
  resources.push({
    name: 'derived',
    path: 'derived.csv',
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8-sig',
    title: 'Figures computed by Cluster Atlas',
    description: 'Every sum, share, difference, rank and count the site computes from the printed figures, with its formula, inputs and pages, rounded no finer than its inputs allow. None of these is printed in the source.',
    schema: {
      fields: Object.entries(DERIVED_COLUMNS).map(([name, description]) => ({
        name,
        type: typeof derived[0]?.[name as keyof typeof DERIVED_COLUMNS] === 'number' ? 'number' : typeof derived[0]?.[name as keyof typeof DERIVED_COLUMNS] === 'boolean' ? 'boolean' : 'string',
        description,
      })),
      primaryKey: ['id'],
    },
  });
  const pkg = {
    profile: 'tabular-data-package',
    name: 'cluster-atlas',
    title: 'Cluster Atlas: METI regional technology policy (October 2007)',
    description: 'Datasets transcribed from the METI slide deck of 25 October 2007 on regional technology policy. Every figure keeps the text as printed, its value, unit, approximate flag, source and page.',
    sources: [{ title: `${meti.publisher_ja}「${meti.title_ja}」${meti.citation_ja}`, path: '/data/sources.csv' }],
    resources,
  };
  return new Response(`${JSON.stringify(pkg, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
