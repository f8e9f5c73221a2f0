import { z } from 'zod';
import { entryShape, figure, id, idList, optionalText, page, text } from './cells.ts';
import { FieldId } from './fields.ts';

const columns = {
  id: id(),
  /** Id of the regional bureau (bureaus.csv) the project is listed under. */
  bureau: id(),
  /** Name as printed on page 2. */
  name_ja: text(),
  /** English name: the site's translation unless the source prints one. */
  name_en: text(),
  /** Latin nickname printed beside the name (Bio Cluster, K-RIP). */
  alias: optionalText(),
  /** Fields of the project from the controlled vocabulary, space-separated. */
  fields: idList(FieldId, 'field ids, space-separated'),
  /** Fields exactly as printed (`モノ作り、健康・バイオ分野`). */
  fields_printed: text(),
  /** Participating companies, as printed (`約２，１４０社`). */
  companies: figure('companies'),
  /** Participating universities, as printed (`８３大学`). */
  universities: figure('universities'),
  source: id(),
  page: page(),
};

export const ClusterProjectRow = z.object(columns);

/** Added by the pipeline: the project's place on the map, north to south (computed figures live in src/derived/). */
export const ClusterProjectDerived = z.object({
  /** Position north to south (bureau order, then order printed). */
  order: z.number().int(),
});

export const ClusterProject = z.object({ ...entryShape(columns), derived: ClusterProjectDerived });
export type ClusterProject = z.infer<typeof ClusterProject>;

/**
 * Most participating companies first; equal counts in the source's north-to-south order
 * (`derived.order`), then by id. The order of every "the largest N projects" the site shows.
 */
export const largestFirst = (a: ClusterProject, b: ClusterProject): number =>
  b.companies.value - a.companies.value || a.derived.order - b.derived.order || a.id.localeCompare(b.id);
