/**
 * The Frictionless Data Package descriptor (/data/datapackage.json): one tabular resource per
 * table, in plain UTF-8 (an IANA name, as the spec asks; Frictionless clients do not know
 * `utf-8-sig`), each with its size and SHA-256 so a client can check what it fetched; the site's
 * licence (core/reuse.ts) and the source, named from the sources dataset, with what is known of
 * its own terms. Written in English, like the Table Schemas' descriptions.
 */
import { createHash } from 'node:crypto';
import { pick } from '../core/locales.ts';
import { REUSE, SITE_LICENCE } from '../core/reuse.ts';
import { absoluteUrl } from '../core/urls.ts';
import { DERIVED_COLUMNS } from '../derived/download.ts';
import { formatIsoDate, sourceNames } from '../i18n/reuse-names.ts';
import { t } from '../i18n/ui.ts';
import type { Source } from '../schemas/sources.ts';
import { tableSchema } from './dataset-downloads.ts';
import { type PackageTable, tableCsv } from './package-tables.ts';

const DERIVED_TITLE = 'Figures computed by Cluster Atlas';
const DERIVED_DESCRIPTION =
  'Every sum, share, difference, rank and count the site computes from the printed figures, with its formula, inputs and pages, rounded no finer than its inputs allow. None of these is printed in the source.';

/** The Table Schema of the computed figures: the columns of src/derived/download.ts, typed by their cells. */
function derivedSchema(table: PackageTable) {
  const typeOf = (name: string) => {
    const values = table.rows.map((r) => r[name]).filter((v) => v !== null && v !== undefined && v !== '');
    if (values.length && values.every((v) => typeof v === 'boolean')) return 'boolean';
    if (values.length && values.every((v) => typeof v === 'number')) return 'number';
    return 'string';
  };
  return {
    fields: Object.entries(DERIVED_COLUMNS).map(([name, description]) => ({ name, type: typeOf(name), description })),
    primaryKey: ['id'],
  };
}

/** One tabular resource: the table's plain CSV, with its byte count and SHA-256. */
export function tableResource(table: PackageTable) {
  const bytes = Buffer.from(tableCsv(table, 'package'), 'utf8');
  return {
    name: table.name,
    path: `${table.name}.csv`,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: bytes.length,
    hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    title: table.dataset ? table.dataset.title.en : DERIVED_TITLE,
    description: table.dataset ? table.dataset.description.en : DERIVED_DESCRIPTION,
    schema: table.dataset ? tableSchema(table.dataset, table.rows) : derivedSchema(table),
  };
}

export interface PackageAbout {
  /** The document every printed figure is transcribed from (the sources dataset's row). */
  source: Source;
  /** `YYYY-MM-DD` the datasets last changed ('' if unknown). */
  lastUpdated: string;
}

export function dataPackage(tables: PackageTable[], { source, lastUpdated }: PackageAbout) {
  const names = sourceNames(source, 'en');
  const reuse = REUSE.en;
  const updated = formatIsoDate(lastUpdated, 'en');
  return {
    profile: 'tabular-data-package',
    name: 'cluster-atlas',
    title: 'Cluster Atlas: METI regional technology policy (October 2007)',
    description: [
      `Datasets transcribed from “${names.title}” (${names.publisher}, ${names.date}). Every figure keeps the text as printed, its value, unit, approximate flag, source and page.`,
      'The CSV files are UTF-8 without a byte order mark; copies for Excel, with one, are in excel/.',
      reuse.terms,
      `How to credit: ${reuse.credit(names)}.`,
      reuse.source(names),
      ...(updated ? [`Data last updated: ${updated}.`] : []),
    ].join(' '),
    homepage: absoluteUrl('/en/data/'),
    licenses: [{ name: SITE_LICENCE.name, path: SITE_LICENCE.path, title: SITE_LICENCE.title }],
    sources: [
      {
        title: `${names.publisher}, “${names.title}” (${pick(source, 'title', 'ja')}), ${names.date}, ${pick(source, 'citation', 'en')}`,
        path: absoluteUrl('/en/source/'),
      },
    ],
    contributors: [{ title: t('en').siteName, role: 'author', path: absoluteUrl('/en/') }],
    resources: tables.map(tableResource),
  };
}
