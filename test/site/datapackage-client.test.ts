// The data package as an independent client reads it: the Frictionless Data JavaScript library
// (`datapackage` on npm) loads dist/data/datapackage.json from disk, validates it strictly, and
// reads every resource with its Table Schema (types cast, primary keys checked) with no error and
// as many rows as the site's JSON download of the same table. Run `npm run build` first;
// SITE_DIST points it at another build (default dist).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Package } from 'datapackage';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASET_IDS } from '../../src/schemas/datasets.ts';

const dist = resolve(process.env.SITE_DIST ?? 'dist');
const descriptorPath = resolve(dist, 'data', 'datapackage.json');

let pkg: Package;

beforeAll(async () => {
  // strict: any operation on an invalid descriptor throws instead of carrying on.
  pkg = await Package.load(descriptorPath, { strict: true });
});

it('loads dist/data/datapackage.json as a valid tabular data package', () => {
  expect(pkg.errors.map((e) => e.message)).toEqual([]);
  expect(pkg.valid).toBe(true);
  expect(pkg.descriptor.profile).toBe('tabular-data-package');
  expect([...pkg.resourceNames].sort()).toEqual([...DATASET_IDS, 'derived'].sort());
});

describe.each([...DATASET_IDS, 'derived'])('resource %s', (name) => {
  it('reads every row with its schema, no cast or key error, as many rows as /data/<name>.json', async () => {
    const resource = pkg.getResource(name);
    expect(resource, `${name} in datapackage.json`).not.toBeNull();
    expect(resource!.valid).toBe(true);
    expect(resource!.tabular).toBe(true);
    // forceCast: a row that does not fit the schema comes back as an Error instead of stopping the read.
    const rows = await resource!.read({ keyed: true, forceCast: true });
    const errors = rows.filter((row): row is Error => row instanceof Error).map((e) => e.message);
    expect(errors).toEqual([]);
    const json = JSON.parse(readFileSync(resolve(dist, 'data', `${name}.json`), 'utf8')) as unknown[];
    expect(json.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(json.length);
    // The first header is read as written: no byte order mark glued to its name.
    const header = resource!.headers ?? [];
    expect(header.length).toBeGreaterThan(0);
    expect(header[0]).toMatch(/^[a-z]/);
    expect(Object.keys(rows[0] as Record<string, unknown>)).toEqual(resource!.schema!.fieldNames);
  });
});
