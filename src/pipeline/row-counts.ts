/**
 * Truncation: data/row-counts.csv declares how many rows each dataset has, and the pipeline refuses
 * a dataset with another count. A file cut at a row boundary is still a well-formed CSV, so nothing
 * inside it can show the loss; the count is the second, deliberate entry that can. Changing a
 * dataset's number of rows therefore takes two edits in the same commit (the rows and the count),
 * which a reviewer sees side by side. Chosen over comparing with the previous output, which a fresh
 * clone or CI does not have, so a truncated file committed by mistake would pass there.
 */
import { DATASETS } from '../schemas/datasets.ts';
import type { DataProblem } from './data-error.ts';
import { readCsv, type CsvTable } from './read-csv.ts';

export const ROW_COUNTS_FILE = 'row-counts.csv';

/** The declared count of each dataset, or the problems of the manifest itself. */
export function readRowCounts(input: { file: string; bytes: Uint8Array }): { counts: Map<string, number>; problems: DataProblem[] } {
  const table = readCsv(input.file, input.bytes);
  const problems: DataProblem[] = [];
  const counts = new Map<string, number>();
  const ids = DATASETS.map((d) => d.id as string);
  for (const name of ['dataset', 'rows']) {
    if (!table.header.some((c) => c.text === name))
      problems.push({ file: input.file, line: 1, column: 1, field: name, expected: `a column named ${name} in the header` });
  }
  if (problems.length) return { counts, problems };
  const seen = new Set<string>();
  for (const record of table.records) {
    const dataset = record.cells.get('dataset')!;
    const rows = record.cells.get('rows')!;
    const at = (cell: typeof rows) => ({ file: input.file, line: cell.line, column: cell.column });
    const known = ids.includes(dataset.text);
    if (!known) {
      problems.push({ ...at(dataset), field: 'dataset', expected: `a dataset id (${ids.join(', ')})`, found: dataset.text });
    } else if (seen.has(dataset.text)) {
      problems.push({ ...at(dataset), field: 'dataset', expected: 'each dataset once', found: dataset.text });
    } else if (!/^[1-9]\d*$/.test(rows.text)) {
      problems.push({ ...at(rows), field: 'rows', expected: 'a whole number of rows, at least 1', found: rows.text });
    } else counts.set(dataset.text, Number(rows.text));
    if (known) seen.add(dataset.text);
  }
  for (const id of ids) {
    if (!seen.has(id)) {
      const line = table.records.length + 2;
      problems.push({ file: input.file, line, column: 1, field: 'dataset', expected: `a row for the dataset ${id}`, found: '' });
    }
  }
  return { counts, problems };
}

/** A problem for each dataset whose number of rows is not the declared one, at the line after its last. */
export function checkRowCounts(counts: Map<string, number>, tables: Map<string, CsvTable>, manifest: string): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const [id, table] of tables) {
    const declared = counts.get(id);
    const found = table.records.length;
    if (declared === undefined || declared === found) continue;
    const line = (table.records.at(-1)?.line ?? 1) + 1;
    problems.push({
      file: table.file,
      line,
      column: 1,
      field: 'file',
      expected:
        found < declared
          ? `${declared} rows, as ${manifest} declares (is the file cut short? If rows were removed on purpose, change the count there too)`
          : `${declared} rows, as ${manifest} declares (if rows were added on purpose, change the count there too)`,
      found: `${found} rows`,
    });
  }
  return problems;
}
