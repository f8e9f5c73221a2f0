/** data/row-counts.csv: the declared number of rows of each dataset, and its own mistakes. */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/pipeline/read-csv.ts';
import { checkRowCounts, readRowCounts } from '../../src/pipeline/row-counts.ts';
import { DATASETS } from '../../src/schemas/datasets.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const manifest = (rows: string[]) => readRowCounts({ file: 'data/row-counts.csv', bytes: bytes(`dataset,rows\n${rows.join('\n')}\n`) });
const all = DATASETS.map((d) => `${d.id},3`);

describe('readRowCounts', () => {
  it('reads one whole count per dataset', () => {
    const { counts, problems } = manifest(all);
    expect(problems).toEqual([]);
    expect(counts.get('bureaus')).toBe(3);
  });

  it('locates an unknown dataset, a repeated one, a count that is not a whole number, and a missing dataset', () => {
    const rows = [...all.filter((r) => !r.startsWith('sources,')), 'bureau,3', 'bureaus,4'];
    rows[0] = rows[0]!.replace(',3', ',3.5');
    const { problems } = manifest(rows);
    const found = problems.map((p) => `${p.line}:${p.column} ${p.field} ${p.found}`);
    expect(found).toEqual([
      `2:${rows[0]!.indexOf(',') + 2} rows 3.5`,
      `${rows.length}:1 dataset bureau`,
      `${rows.length + 1}:1 dataset bureaus`,
      `${rows.length + 2}:1 dataset `,
    ]);
    expect(problems.at(-1)!.expected).toBe('a row for the dataset sources');
  });
});

describe('checkRowCounts', () => {
  const table = readCsv('data/bureaus.csv', bytes('id,name\na,A\nb,B\n'));
  it('accepts the declared count and reports another one at the line after the last row', () => {
    expect(checkRowCounts(new Map([['bureaus', 2]]), new Map([['bureaus', table]]), 'data/row-counts.csv')).toEqual([]);
    const [fewer] = checkRowCounts(new Map([['bureaus', 3]]), new Map([['bureaus', table]]), 'data/row-counts.csv');
    expect(fewer).toMatchObject({ file: 'data/bureaus.csv', line: 4, column: 1, found: '2 rows' });
    expect(fewer!.expected).toMatch(/^3 rows, as data\/row-counts.csv declares \(is the file cut short\?/);
    const [more] = checkRowCounts(new Map([['bureaus', 1]]), new Map([['bureaus', table]]), 'data/row-counts.csv');
    expect(more!.expected).toMatch(/if rows were added on purpose/);
  });
});
