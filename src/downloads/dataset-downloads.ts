/**
 * The public downloads: entries flattened to columns, CSV safe for spreadsheets, and the Table
 * Schema of each in the Frictionless Data Package. Column names are a public contract. A CSV
 * comes in two copies: plain UTF-8, what the data package declares and any CSV reader expects
 * (a BOM would end up in the first column's name), and a spreadsheet copy with a BOM, which
 * Excel needs to read UTF-8.
 */
import { isFormulaLike } from '../core/cell-text.ts';
import type { DatasetDefinition } from '../schemas/datasets.ts';

export type Cell = string | number | boolean | null;
export type FlatRow = Record<string, Cell>;

/** `{figure: {value: 1}}` → `{figure_value: 1}`; lists become space-separated text. */
export function flatten(entry: Record<string, unknown>, prefix = ''): FlatRow {
  const row: FlatRow = {};
  for (const [key, value] of Object.entries(entry)) {
    const name = prefix ? `${prefix}_${key}` : key;
    if (value === undefined) continue;
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') row[name] = value;
    else if (Array.isArray(value)) row[name] = value.join(' ');
    else Object.assign(row, flatten(value as Record<string, unknown>, name));
  }
  return row;
}

/**
 * Every column that occurs, so sparse columns are kept: in the order of `order` (the dataset's
 * documented columns, matched by prefix for nested parts), otherwise in order of first appearance.
 */
export function columnsOf(rows: FlatRow[], order: readonly string[] = []): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  const all = [...seen];
  // A nested object that is null in some rows (a figure not in the source) shows as empty parts
  // (figure_value …) in those rows, not as an extra column of its own that is always empty.
  const kept = all.filter((c) => !(all.some((o) => o.startsWith(`${c}_`)) && rows.every((r) => r[c] === null || r[c] === undefined)));
  const rank = (column: string) => {
    const match = [...order].sort((a, b) => b.length - a.length).find((k) => column === k || column.startsWith(`${k}_`));
    return match === undefined ? order.length : order.indexOf(match);
  };
  return kept
    .map((column, index) => ({ column, index }))
    .sort((a, b) => rank(a.column) - rank(b.column) || a.index - b.index)
    .map((c) => c.column);
}

/** The columns of a dataset's downloads, the same for its CSV and its Table Schema. */
export const downloadColumns = (dataset: DatasetDefinition, rows: FlatRow[]) => columnsOf(rows, Object.keys(dataset.columns));

/** Text a spreadsheet would run as a formula (the rule the pipeline refuses by: src/core/cell-text.ts) gets a leading apostrophe. */
export function safeText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

function csvCell(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = safeText(value);
  return /[",\n\r]/.test(text) || text !== value ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Plain UTF-8 (no BOM), CRLF line ends, as RFC 4180 asks: the data package's CSV. */
export function toCsv(rows: FlatRow[], columns = columnsOf(rows)): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The byte order mark (U+FEFF) that tells Excel a CSV is UTF-8. */
export const BOM = '\uFEFF';

/** The spreadsheet copy of a CSV: the same text after a BOM, so Excel (in Japan too) reads it as UTF-8. */
export const excelCopy = (csv: string): string => (csv.startsWith(BOM) ? csv : `${BOM}${csv}`);

type FieldType = 'string' | 'number' | 'integer' | 'boolean';

function typeOf(values: Cell[]): FieldType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length && present.every((v) => typeof v === 'number'))
    return present.every((v) => Number.isInteger(v)) ? 'integer' : 'number';
  return 'string';
}

const SUBFIELD_EN: Record<string, string> = {
  printed: 'text exactly as printed in the source',
  value: 'value read from the printed text (yen for money, 0–100 for percent, 0–1 for fractions)',
  unit: 'unit of the value',
  approx: 'true when printed with 約 (about)',
  decimals: 'decimal places as printed',
  bound: 'max when printed with 以内 (at most)',
  date: 'date as YYYY or YYYY-MM',
};

/** A Table Schema field description: the top-level column's meaning, plus the part for nested ones. */
function describe(dataset: DatasetDefinition, column: string): string {
  const top = Object.keys(dataset.columns)
    .sort((a, b) => b.length - a.length)
    .find((key) => column === key || column.startsWith(`${key}_`));
  const base = top ? dataset.columns[top]!.en : column;
  const part = top && column !== top ? column.slice(top.length + 1) : '';
  const last = part.split('_').at(-1) ?? '';
  return part ? `${base}: ${SUBFIELD_EN[last] ?? part.replaceAll('_', ' ')}` : base;
}

export function tableSchema(dataset: DatasetDefinition, rows: FlatRow[]) {
  const columns = downloadColumns(dataset, rows);
  const key = columns.includes('id') ? 'id' : columns[0]!;
  return {
    fields: columns.map((name) => ({ name, type: typeOf(rows.map((r) => r[name] ?? null)), description: describe(dataset, name) })),
    primaryKey: [key],
  };
}
