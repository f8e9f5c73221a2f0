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

/** Derived at build time from the project's figures and the printed national totals. */
export const ClusterProjectDerived = z.object({
  /** Companies as a share (0–1) of the national total printed on page 2. */
  companiesShare: z.number(),
  /** Universities as a share (0–1) of the national total; universities join several projects, so these add up to more than 1. */
  universitiesShare: z.number(),
  /** Position north to south (bureau order, then order printed). */
  order: z.number().int(),
  /** Rank among the projects by companies, 1 = most; equal figures share a rank. */
  companiesRank: z.number().int().min(1),
  /** Rank among the projects by universities, 1 = most; equal figures share a rank. */
  universitiesRank: z.number().int().min(1),
});

export const ClusterProject = z.object({ ...entryShape(columns), derived: ClusterProjectDerived });
export type ClusterProject = z.infer<typeof ClusterProject>;
