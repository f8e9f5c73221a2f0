/**
 * Where a transcribed figure is printed in the source: the page, the block of the extracted text
 * (src/pipeline/source-document.ts) and the characters within it. The source pages highlight it there under
 * a stable anchor, its key, and every source note of the site links to that anchor.
 */
import { z } from 'zod';

export const SourceAnchor = z.object({
  /**
   * The figure's key, also its anchor on the source page: `cluster-projects.<id>.companies` or
   * `.universities` for a project, `<dataset>.<row id>` for a row of a figure table.
   */
  id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+(\.(companies|universities))?$/),
  /** The dataset and row the figure is transcribed into. */
  dataset: z.string(),
  row: z.string(),
  /** The figure exactly as printed (`約２，１４０社`). */
  printed: z.string().min(1),
  page: z.number().int().positive(),
  /** The block of the page holding it, and its characters there: [start, end). */
  block: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});
export type SourceAnchor = z.infer<typeof SourceAnchor>;
