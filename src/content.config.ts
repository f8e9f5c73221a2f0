/**
 * Content collections. The datasets (one collection per entry of DATASETS, src/schemas/datasets.ts)
 * and the source pages' two come from data/ through the pipeline's own content loader
 * (src/pipeline/content-loader.ts): `astro dev` reloads when a CSV changes, and every sync
 * writes content/data/*.json too. Each is read back with the zod schema that produced it. The prose
 * collections come from Markdown through Astro's glob loader.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'zod';
import { dataLoaders } from './pipeline/content-loader.ts';
import { DATASETS } from './schemas/datasets.ts';
import { SourceAnchor } from './schemas/source-anchor.ts';
import { SourcePageEntry } from './schemas/source-text.ts';

const pipeline = dataLoaders();

/** One collection per dataset, keyed by its id, with its entry schema (so getCollection('bureaus') is typed). */
type DatasetCollections = { [D in (typeof DATASETS)[number] as D['id']]: { loader: Loader; schema: D['entry'] } };

const datasetCollections = Object.fromEntries(DATASETS.map((d) => [d.id, defineCollection({ loader: pipeline(d.id), schema: d.entry })]));

/** Every dataset has its collection, with that dataset's own entry schema (checked, not assumed). */
function isDatasetCollections(collections: Record<string, { schema?: unknown }>): collections is DatasetCollections {
  return DATASETS.every((d) => collections[d.id]?.schema === d.entry);
}
if (!isDatasetCollections(datasetCollections)) throw new Error('a dataset has no collection of its own schema');

export const collections = {
  ...datasetCollections,
  /** The source's six pages: extracted text in blocks, the site's translation, the slide's title. */
  'source-pages': defineCollection({ loader: pipeline('source-pages'), schema: SourcePageEntry }),
  /** Where each transcribed figure is printed in the source (its anchor on the source pages). */
  'source-anchors': defineCollection({ loader: pipeline('source-anchors'), schema: SourceAnchor }),
  /** Policy briefings, content/briefings/<lang>/<slug>.md, rendered by src/briefings/ (figures bound to data). */
  briefings: defineCollection({
    loader: glob({ pattern: '*/*.md', base: './content/briefings' }),
    schema: z.object({
      title: z.string().min(1),
      summary: z.string().min(1),
      /** Position in the list of briefings. */
      order: z.number().int().min(1),
      /** The date the data was last checked, for citations: committed, never the build clock (YAML reads it as a date). */
      asOf: z.coerce.date(),
      /** Case studies (content/cases slugs) the briefing links to. */
      cases: z.array(z.string()).default([]),
    }),
  }),
  /** Case studies, content/cases/<lang>/<slug>.md, rendered like the briefings. */
  cases: defineCollection({
    loader: glob({ pattern: '*/*.md', base: './content/cases' }),
    schema: z.object({
      title: z.string().min(1),
      summary: z.string().min(1),
      asOf: z.coerce.date(),
      /** Charts (ids) whose pages link to this case. */
      charts: z.array(z.string()).default([]),
    }),
  }),
  /** Authored pages, one Markdown file per language: content/pages/<lang>/<slug>.md (id `<lang>/<slug>`). */
  pages: defineCollection({
    loader: glob({ pattern: '*/*.md', base: './content/pages' }),
    schema: z.object({ title: z.string().min(1), description: z.string().min(1) }),
  }),
};
