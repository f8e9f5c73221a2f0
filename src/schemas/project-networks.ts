import { z } from 'zod';
import { entryShape, id, page, text } from './cells.ts';

const columns = {
  id: id(),
  /** Id of the project (cluster-projects.csv) the network or strategy is printed under. */
  project: id(),
  /** `network`: a regional sub-network; `strategy`: a strategy of the project. */
  kind: z.enum(['network', 'strategy']),
  name_ja: text(),
  name_en: text(),
  source: id(),
  page: page(),
};

export const ProjectNetworkRow = z.object(columns);
export const ProjectNetwork = z.object(entryShape(columns));
export type ProjectNetwork = z.infer<typeof ProjectNetwork>;
