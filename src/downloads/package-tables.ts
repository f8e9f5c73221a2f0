/**
 * The tables of the data package, as files: every dataset, then the figures the site computes
 * (never mixed into the transcribed datasets). Each is one list of rows and columns written twice,
 * `/data/<name>.csv` in plain UTF-8 (what datapackage.json declares) and `/data/excel/<name>.csv`
 * with a BOM for Excel, so the two copies cannot differ but for the BOM.
 */
import { readDataset, readDerived } from '../collections/read-collections.ts';
import { DERIVED_COLUMNS, derivedRows } from '../derived/download.ts';
import { DATASETS, type DatasetDefinition } from '../schemas/datasets.ts';
import { downloadColumns, excelCopy, flatten, toCsv, type FlatRow } from './dataset-downloads.ts';

/** The name of the computed figures' table, beside the datasets' ids. */
export const DERIVED_TABLE = 'derived';

/** Every table of the package, by name: the dataset ids in catalogue order, then the computed figures. */
export const PACKAGE_TABLES: readonly string[] = [...DATASETS.map((d) => d.id), DERIVED_TABLE];

export interface PackageTable {
  name: string;
  /** The dataset it is, or undefined for the computed figures. */
  dataset: DatasetDefinition | undefined;
  rows: FlatRow[];
  columns: string[];
}

export type CsvCopy = 'package' | 'excel';

/** Site paths of a table's files: the package's CSV, its copy for Excel, its JSON. */
export const tablePaths = (name: string) => ({
  csv: `/data/${name}.csv`,
  excel: `/data/excel/${name}.csv`,
  json: `/data/${name}.json`,
});

export function packageTable(name: string): PackageTable {
  if (name === DERIVED_TABLE) return { name, dataset: undefined, rows: derivedRows(readDerived()), columns: Object.keys(DERIVED_COLUMNS) };
  const dataset = DATASETS.find((d) => d.id === name);
  if (!dataset) throw new Error(`no table ${name} in the data package; known: ${PACKAGE_TABLES.join(', ')}`);
  const rows = readDataset(dataset.id).map((entry) => flatten(entry as Record<string, unknown>));
  return { name, dataset, rows, columns: downloadColumns(dataset, rows) };
}

/** A table's CSV: the package's plain UTF-8, or the copy for Excel with a BOM. */
export function tableCsv(table: PackageTable, copy: CsvCopy): string {
  const csv = toCsv(table.rows, table.columns);
  return copy === 'excel' ? excelCopy(csv) : csv;
}
