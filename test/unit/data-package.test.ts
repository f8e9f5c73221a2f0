/**
 * src/downloads/package-tables.ts and data-package.ts: the data package's tables written twice
 * (plain UTF-8 for the package, a BOM copy for Excel, otherwise the same bytes), and the
 * descriptor a Frictionless client reads: an IANA encoding, each file's size and SHA-256, the
 * site's licence, the source named from the sources dataset. Expectations come from
 * content/data/*.json read here and from the Frictionless spec, not from the program.
 */
import { createHash } from 'node:crypto';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/collections/read-collections.ts';
import { dataPackage } from '../../src/downloads/data-package.ts';
import { DERIVED_TABLE, PACKAGE_TABLES, packageTable, tableCsv, tablePaths } from '../../src/downloads/package-tables.ts';
import { formatIsoDate, creditWithPages, sourceNames } from '../../src/i18n/reuse-names.ts';
import { DATASET_IDS } from '../../src/schemas/datasets.ts';
import { contentData } from './figure-inputs.ts';

const BOM = '\uFEFF';
const tables = PACKAGE_TABLES.map(packageTable);
const meti = readDataset('sources').find((s) => s.id === 'meti-2007')!;
const pkg = dataPackage(tables, { source: meti, lastUpdated: '2026-11-30' });

describe('the package tables', () => {
  it('are every dataset, then the computed figures', () => {
    expect(PACKAGE_TABLES).toEqual([...DATASET_IDS, 'derived']);
  });

  it.each(PACKAGE_TABLES)('%s: the Excel copy is the package CSV after one BOM, with one row per entry', (name) => {
    const table = packageTable(name);
    const plain = tableCsv(table, 'package');
    const excel = tableCsv(table, 'excel');
    expect(plain.startsWith(BOM)).toBe(false);
    expect(plain.charCodeAt(0)).not.toBe(0xfeff);
    expect(excel).toBe(BOM + plain);
    const expectedRows = name === DERIVED_TABLE ? null : contentData(name).length;
    if (expectedRows !== null) expect(csvParse(plain)).toHaveLength(expectedRows);
  });

  it('are served at /data/<name>.csv, /data/excel/<name>.csv and /data/<name>.json', () => {
    expect(tablePaths('bureaus')).toEqual({ csv: '/data/bureaus.csv', excel: '/data/excel/bureaus.csv', json: '/data/bureaus.json' });
  });

  it('name an unknown table in the error', () => {
    expect(() => packageTable('nope')).toThrow(/no table nope/);
  });
});

describe('datapackage.json', () => {
  it('declares every resource as plain utf-8 CSV (an IANA name, not utf-8-sig) at a relative path', () => {
    expect(pkg.resources.map((r) => r.name)).toEqual([...PACKAGE_TABLES]);
    for (const r of pkg.resources) {
      expect(r).toMatchObject({
        path: `${r.name}.csv`,
        encoding: 'utf-8',
        format: 'csv',
        mediatype: 'text/csv',
        profile: 'tabular-data-resource',
      });
    }
  });

  it('gives each resource the byte count and SHA-256 of the file it points to', () => {
    for (const [i, r] of pkg.resources.entries()) {
      const bytes = new TextEncoder().encode(tableCsv(tables[i]!, 'package'));
      expect(r.bytes, r.name).toBe(bytes.length);
      expect(r.hash, r.name).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      expect(r.hash).toMatch(/^([^:]+:[a-fA-F0-9]+|[a-fA-F0-9]{32}|)$/); // the profile's pattern
    }
  });

  it('is licensed CC BY 4.0 with an Open Definition / SPDX id, the licence text linked', () => {
    expect(pkg.licenses).toEqual([
      { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' },
    ]);
    expect(pkg.licenses[0]!.name).toMatch(/^([-a-zA-Z0-9._])+$/);
  });

  it('names the source from the sources dataset, and says the site’s terms do not extend to it', () => {
    const source = contentData('sources').find((s) => s.id === 'meti-2007');
    expect(pkg.sources).toHaveLength(1);
    expect(pkg.sources[0]!.title).toContain(source.title_en);
    expect(pkg.sources[0]!.title).toContain(source.title_ja);
    expect(pkg.sources[0]!.title).toContain('25 October 2007');
    expect(pkg.sources[0]!.path).toMatch(/^https?:\/\/[^/]+\/en\/source\/$/);
    expect(pkg.description).toContain(`“${source.title_en}”`);
    expect(pkg.description).toContain('CC BY 4.0');
    expect(pkg.description).toMatch(/states no terms of reuse/);
    expect(pkg.description).toContain('Data last updated: 30 November 2026.');
    expect(pkg.description).toContain('excel/');
  });

  it('has the properties the Data Package spec recommends: name, profile, licenses; and a homepage', () => {
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.homepage).toMatch(/^https?:\/\/[^/]+\/en\/data\/$/);
  });
});

describe('the reuse words', () => {
  it('formatIsoDate() writes a date as each language’s reader does, and nothing for a non-date', () => {
    expect(formatIsoDate('2026-11-30', 'ja')).toBe('2026年11月30日');
    expect(formatIsoDate('2026-01-02', 'en')).toBe('2 January 2026');
    expect(formatIsoDate('', 'en')).toBe('');
    expect(formatIsoDate('2026-11', 'ja')).toBe('');
  });

  it('sourceNames() and creditWithPages() take publisher, title and date from the sources dataset', () => {
    const source = contentData('sources').find((s) => s.id === 'meti-2007');
    expect(sourceNames(meti, 'ja')).toEqual({ title: source.title_ja, publisher: source.publisher_ja, date: '平成19年10月25日' });
    expect(sourceNames(meti, 'en').date).toBe('25 October 2007');
    expect(creditWithPages(meti, [2, 3], 'ja')).toBe(
      `出典：産業クラスター・アトラス（${source.publisher_ja}「${source.title_ja}」平成19年10月25日より作成）、2・3ページ`,
    );
    expect(creditWithPages(meti, [2], 'en')).toBe(
      `Source: Cluster Atlas, from “${source.title_en}”, ${source.publisher_en}, 25 October 2007, page 2`,
    );
    expect(creditWithPages(meti, [], 'en').endsWith('25 October 2007')).toBe(true);
  });
});
