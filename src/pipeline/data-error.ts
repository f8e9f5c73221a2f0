/** Where in which file a dataset went wrong, and what was expected there. */
export interface DataProblem {
  file: string;
  line: number;
  column: number;
  /** Column name (or `file` for whole-file problems). */
  field: string;
  expected: string;
  /** What was found, shown quoted; absent when nothing was there to show. */
  found?: string;
}

/** `data/cluster-projects.csv:7:5 companies: expected a figure …, found "abc"` */
export function formatProblem(p: DataProblem): string {
  const found = p.found === undefined ? '' : `, found ${JSON.stringify(p.found)}`;
  return `${p.file}:${p.line}:${p.column} ${p.field}: expected ${p.expected}${found}`;
}

/** Thrown when a dataset cannot be used; carries every problem found, not just the first. */
export class DataError extends Error {
  readonly problems: DataProblem[];
  constructor(problems: DataProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataError';
    this.problems = problems;
  }
}
