// The public downloads as the built site serves them (dist/, run `npm run build` first):
// for every dataset a CSV in plain UTF-8 (what the data package declares) and a copy for Excel
// with a BOM and otherwise the same bytes, with as many rows as the JSON and the transcribed CSV
// in data/, the printed text untouched, and a Data Package whose Table Schemas, sizes and hashes
// match the CSVs. And the projects index's table, one row per project.
// SITE_DIST points it at another build (default dist).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse, type DSVRowString } from 'd3-dsv';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/locales.ts';
import { t } from '../../src/i18n/ui.ts';
import { DATASETS } from '../../src/schemas/datasets.ts';
import { serveStatic, type StaticServer } from './serve.ts';

const dist = resolve(process.env.SITE_DIST ?? 'dist');
const BOM = [0xef, 0xbb, 0xbf];

let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(dist);
});

afterAll(async () => {
  await server?.close();
});

async function get(path: string): Promise<Response> {
  const response = await fetch(server.origin + path);
  expect(response.status, `GET ${path}`).toBe(200);
  return response;
}

/** The source CSV in data/, as transcribed from the slides (no BOM there). */
function sourceRows(id: string) {
  return csvParse(readFileSync(resolve('data', `${id}.csv`), 'utf8'));
}

/** The key a row is known by: `id`, or `code` for prefectures. */
const keyOf = (row: Record<string, string | undefined>) => row.id ?? row.code ?? '';

interface RawCell {
  text: string;
  quoted: boolean;
}

/** RFC 4180 records, keeping whether each cell was quoted (d3-dsv does not say). */
function rawRecords(csv: string): RawCell[][] {
  const records: RawCell[][] = [];
  let record: RawCell[] = [];
  let i = 0;
  while (i < csv.length) {
    let text = '';
    let quoted = false;
    if (csv[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        if (i >= csv.length) throw new Error('unterminated quoted cell');
        if (csv[i] === '"' && csv[i + 1] === '"') {
          text += '"';
          i += 2;
        } else if (csv[i] === '"') {
          i++;
          break;
        } else text += csv[i++];
      }
    } else {
      while (i < csv.length && csv[i] !== ',' && csv[i] !== '\r' && csv[i] !== '\n') text += csv[i++];
    }
    record.push({ text, quoted });
    if (csv[i] === ',') i++;
    else {
      if (csv[i] === '\r' && csv[i + 1] === '\n') i += 2;
      else if (csv[i] !== undefined) throw new Error(`expected CRLF after a record, got ${JSON.stringify(csv.slice(i, i + 2))}`);
      records.push(record);
      record = [];
    }
  }
  return records;
}

interface Field {
  name: string;
  type: string;
  description: string;
}
interface Resource {
  name: string;
  path: string;
  encoding: string;
  bytes: number;
  hash: string;
  schema: { fields: Field[]; primaryKey: string[] };
}

let dataPackage: { resources: Resource[] } | undefined;
async function getDataPackage() {
  dataPackage ??= (await (await get('/data/datapackage.json')).json()) as { resources: Resource[] };
  return dataPackage;
}

it('finds the build in dist/', () => {
  expect(existsSync(resolve(dist, 'data')), `no ${dist}/data: run npm run build first`).toBe(true);
});

describe.each(DATASETS.map((d) => d.id))('/data/%s.csv', (id) => {
  let response: Response;
  let bytes: Uint8Array;
  let csv: string;
  let rows: DSVRowString[] & { columns: string[] };

  beforeAll(async () => {
    response = await get(`/data/${id}.csv`);
    bytes = new Uint8Array(await response.arrayBuffer());
    // fetch's text() would drop a BOM silently; decode by hand, keeping one if it is there.
    csv = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    rows = csvParse(csv);
  });

  it('is served as text/csv', () => {
    expect(response.headers.get('content-type')).toMatch(/^text\/csv\b/);
  });

  it('is plain UTF-8 with no BOM: the first bytes are the first column’s name', () => {
    expect([...bytes.slice(0, 3)]).not.toEqual(BOM);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(rows.columns[0]).toMatch(/^[a-z]/);
  });

  it('has a copy for Excel at /data/excel/<id>.csv: a BOM, once, then the same bytes', async () => {
    const excel = await get(`/data/excel/${id}.csv`);
    expect(excel.headers.get('content-type')).toMatch(/^text\/csv\b/);
    const copy = new Uint8Array(await excel.arrayBuffer());
    expect([...copy.slice(0, 3)]).toEqual(BOM);
    expect([...copy.slice(3, 6)]).not.toEqual(BOM);
    expect(Buffer.from(copy.slice(3)).equals(Buffer.from(bytes))).toBe(true);
    // Read as a spreadsheet reads it (the BOM dropped), the rows are the same rows.
    const excelRows = csvParse(new TextDecoder('utf-8').decode(copy));
    expect(excelRows.columns).toEqual(rows.columns);
    expect([...excelRows]).toEqual([...rows]);
  });

  it('ends every record with CRLF, the last too, each as wide as the header', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    // rawRecords throws on a record that does not end with CRLF.
    for (const record of rawRecords(csv)) expect(record.length).toBe(rows.columns.length);
  });

  it('has one row per entry of /data/<id>.json and per row of data/<id>.csv', async () => {
    const json = (await (await get(`/data/${id}.json`)).json()) as unknown[];
    expect(Array.isArray(json)).toBe(true);
    const source = sourceRows(id);
    expect(source.length).toBeGreaterThan(0);
    expect(rows.length).toBe(json.length);
    expect(rows.length).toBe(source.length);
  });

  it('has the same ids as data/<id>.csv, each once', () => {
    const ids = rows.map(keyOf);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(sourceRows(id).map(keyOf).sort());
  });

  it('keeps every printed text exactly as in data/<id>.csv', () => {
    const source = sourceRows(id);
    const byKey = new Map(source.map((row) => [keyOf(row), row]));
    const printedColumns = rows.columns.filter((c) => c === 'printed' || c.endsWith('_printed'));
    // Where the source column is: itself (fields_printed), the figure's own `printed` column
    // (figure_printed), or the column the figure/period came from (companies_printed → companies).
    const sourceColumn = (column: string) => {
      if (source.columns.includes(column)) return column;
      const base = column.replace(/_printed$/, '');
      return base === 'figure' ? 'printed' : base;
    };
    let compared = 0;
    for (const column of printedColumns) {
      const from = sourceColumn(column);
      expect(source.columns, `${column} comes from ${from}`).toContain(from);
      for (const row of rows) {
        const printed = byKey.get(keyOf(row))?.[from] ?? '';
        // The only change allowed: the apostrophe that keeps a spreadsheet from running a formula.
        const expected = /^[=+\-@\t\r]/.test(printed) ? `'${printed}` : printed;
        expect(row[column], `${keyOf(row)}.${column}`).toBe(expected);
        compared++;
      }
    }
    // Datasets with figures, periods or dates must have had something to compare.
    const columns = DATASETS.find((d) => d.id === id)!.columns;
    if (['figure', 'companies', 'period', 'date', 'employees'].some((c) => c in columns)) expect(compared).toBeGreaterThan(0);
  });

  it('is described once in datapackage.json, its fields being the CSV header in order', async () => {
    const resources = (await getDataPackage()).resources.filter((r) => r.name === id);
    expect(resources).toHaveLength(1);
    const resource = resources[0]!;
    expect(resource.path).toBe(`${id}.csv`);
    // An IANA name a Frictionless client knows, and the file's own size and hash.
    expect(resource.encoding).toBe('utf-8');
    expect(resource.bytes).toBe(bytes.length);
    expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    expect(resource.schema.fields.map((f) => f.name)).toEqual(rows.columns);
    for (const field of resource.schema.fields) {
      expect(['string', 'number', 'integer', 'boolean'], `${field.name}.type`).toContain(field.type);
      expect(typeof field.description === 'string' && field.description.trim() !== '', `${field.name}.description`).toBe(true);
    }
    for (const key of resource.schema.primaryKey) expect(rows.columns).toContain(key);
  });

  it('writes numbers and booleans unquoted, as the schema types them', async () => {
    const resource = (await getDataPackage()).resources.find((r) => r.name === id)!;
    const [header, ...records] = rawRecords(csv);
    expect(header!.map((c) => c.text)).toEqual(resource.schema.fields.map((f) => f.name));
    const pattern: Record<string, RegExp> = { integer: /^-?\d+$/, number: /^-?\d+(\.\d+)?(e[+-]?\d+)?$/, boolean: /^(true|false)$/ };
    for (const [index, field] of resource.schema.fields.entries()) {
      const valid = pattern[field.type];
      if (!valid) continue;
      for (const record of records) {
        const cell = record[index]!;
        if (cell.text === '') continue; // no value in this row
        expect(cell.quoted, `${record[0]!.text}.${field.name} is quoted`).toBe(false);
        expect(cell.text, `${record[0]!.text}.${field.name}`).toMatch(valid);
      }
    }
  });
});

describe('/data/derived.csv', () => {
  it('is plain UTF-8, with a copy for Excel that is a BOM and the same bytes; its size and hash are in datapackage.json', async () => {
    const plain = Buffer.from(await (await get('/data/derived.csv')).arrayBuffer());
    const excel = Buffer.from(await (await get('/data/excel/derived.csv')).arrayBuffer());
    expect([...plain.subarray(0, 3)]).not.toEqual(BOM);
    expect(excel.equals(Buffer.concat([Buffer.from(BOM), plain]))).toBe(true);
    const resource = (await getDataPackage()).resources.find((r) => r.name === 'derived')!;
    expect([resource.path, resource.encoding, resource.bytes]).toEqual(['derived.csv', 'utf-8', plain.length]);
    expect(resource.hash).toBe(`sha256:${createHash('sha256').update(plain).digest('hex')}`);
  });
});

describe('/data/datapackage.json', () => {
  it('is licensed CC BY 4.0 and names the source, saying the site’s terms do not extend to it', async () => {
    const pkg = (await getDataPackage()) as unknown as {
      licenses: { name: string; path: string }[];
      sources: { title: string }[];
      description: string;
    };
    expect(pkg.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' })]);
    const source = csvParse(readFileSync(resolve('data', 'sources.csv'), 'utf8')).find((s) => s.id === 'meti-2007')!;
    expect(pkg.sources[0]!.title).toContain(source.title_en!);
    expect(pkg.description).toMatch(/states no terms of reuse/);
  });

  it('lists every dataset exactly once, and the computed figures as a resource of their own', async () => {
    const names = (await getDataPackage()).resources.map((r) => r.name);
    expect([...names].sort()).toEqual([...DATASETS.map((d) => d.id), 'derived'].sort());
  });

  it('publishes every computed figure with its formula, inputs and pages, none of them in a dataset', async () => {
    const derived = csvParse(await (await get('/data/derived.csv')).text());
    const bureau = derived.find((r) => r.id === 'bureau.kinki.universities-share')!;
    // Kinki's projects: 56 + 30 + 15 = 101 university participations of the 419 of all projects.
    expect(bureau).toMatchObject({ kind: 'share', value: '24.1', approx: 'false', shown_en: '24.1%', pages: '2' });
    expect(bureau.formula_en).toContain('not a share of the nationwide number');
    expect(bureau.inputs).toBe('cluster-projects.*.universities');
    const share = derived.find((r) => r.id === 'bureau.kanto.companies-share')!;
    expect(share).toMatchObject({ value: '32', approx: 'true', shown_ja: '約32%' });
    const projects = csvParse(await (await get('/data/cluster-projects.csv')).text());
    expect(projects.columns.filter((c) => /share|rank/i.test(c))).toEqual([]);
  });
});

describe.each(LANGS)('/%s/projects/ project table', (lang) => {
  const projects = csvParse(readFileSync(resolve('data', 'cluster-projects.csv'), 'utf8'));
  let bodyRows: Element[];

  beforeAll(async () => {
    const html = await (await get(`/${lang}/projects/`)).text();
    const { document } = parseHTML(html);
    const caption = t(lang).projectsCaption;
    const table = [...document.querySelectorAll('table')].find((el) => el.querySelector('caption')?.textContent?.trim() === caption);
    bodyRows = table ? [...table.querySelectorAll('tbody > tr')] : [];
  });

  it('has one body row per project in data/cluster-projects.csv', () => {
    expect(projects.length).toBeGreaterThan(0);
    expect(bodyRows.length).toBe(projects.length);
  });

  it(`names each project (name_${lang}) in exactly one row`, () => {
    const nameOf = (p: DSVRowString) => p[`name_${lang}`]!;
    // A row is the project with the longest name it contains, so a name inside another
    // name cannot count twice.
    const matched = bodyRows.map((row) => {
      const text = row.textContent ?? '';
      const found = projects.filter((p) => text.includes(nameOf(p))).sort((a, b) => nameOf(b).length - nameOf(a).length);
      return found[0]?.id ?? `(no project in "${text.trim().replace(/\s+/g, ' ')}")`;
    });
    expect([...matched].sort()).toEqual(projects.map((p) => p.id!).sort());
  });
});
