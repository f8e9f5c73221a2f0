/**
 * Turns located CSV records into typed entries with the dataset's zod codec, and turns every
 * zod issue back into a problem at the cell it came from, in words a person can act on.
 */
import { z } from 'zod';
import type { DatasetDefinition } from '../schemas/datasets.ts';
import { DataError, type DataProblem } from './data-error.ts';
import type { CsvRecord, CsvTable } from './read-csv.ts';

export interface Decoded<T> {
  entry: T;
  record: CsvRecord;
}

/** The column names a row schema reads, from the object inside its codec if it has one. */
export function columnsOf(row: z.ZodType): string[] {
  let schema: unknown = row;
  while (schema instanceof z.ZodPipe) schema = schema.in;
  if (!(schema instanceof z.ZodObject)) throw new Error('a row schema must be an object or a codec from one');
  return Object.keys(schema.shape);
}

/** The rows of `table` decoded with the dataset's row codec, typed by it. */
export function decodeTable<D extends DatasetDefinition>(table: CsvTable, dataset: D): Decoded<z.output<D['row']>>[] {
  const { file } = table;
  const expectedColumns = columnsOf(dataset.row);
  const problems: DataProblem[] = [];
  const present = new Set(table.header.map((c) => c.text));
  for (const name of expectedColumns) {
    if (!present.has(name)) problems.push({ file, line: 1, column: 1, field: name, expected: `a column named ${name} in the header` });
  }
  for (const cell of table.header) {
    if (!expectedColumns.includes(cell.text)) {
      problems.push({
        file,
        line: cell.line,
        column: cell.column,
        field: 'header',
        expected: `one of the columns ${expectedColumns.join(', ')}`,
        found: cell.text,
      });
    }
  }
  if (problems.length) throw new DataError(problems);

  const decoded: Decoded<z.output<D['row']>>[] = [];
  for (const record of table.records) {
    const input = Object.fromEntries([...record.cells].map(([name, cell]) => [name, cell.text]));
    // safeParse is safeDecode with an input of any type: a record of texts, which the row codec checks.
    const result = z.safeParse<D['row']>(dataset.row, input);
    if (result.success) {
      decoded.push({ entry: result.data, record });
      continue;
    }
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? 'row');
      const cell = record.cells.get(field);
      problems.push({
        file,
        line: cell?.line ?? record.line,
        column: cell?.column ?? 1,
        field,
        expected: expectedOf(issue),
        found: cell?.text ?? '',
      });
    }
  }
  if (problems.length) throw new DataError(problems);
  return decoded;
}

/** What the cell should have held, from a zod issue, without zod's own phrasing. */
function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return `a value of type ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'string' ? 'a value (this column is required)' : issue.message;
    case 'invalid_union': {
      // Unions here are "empty or X": the non-empty branch says what was meant.
      const branch = issue.errors.flat().find((i) => i.code !== 'invalid_value');
      return branch ? expectedOf(branch as z.core.$ZodIssue) : issue.message;
    }
    case 'invalid_format':
      return issue.message;
    default:
      return issue.message;
  }
}
