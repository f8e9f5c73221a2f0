/**
 * Shared by the chart tests: the fixture data, and the snapshot check (Plot's own style:
 * normalise, compare with a committed SVG in test/output/, write <name>-changed.svg on a
 * mismatch; never create a missing reference under CI).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildCollections } from '../src/pipeline/build-collections.ts';
import { chartDataFrom } from '../src/collections/read-collections.ts';
import type { ChartData } from '../src/schemas/datasets.ts';
import { DATASETS } from '../src/schemas/datasets.ts';

const FIXTURE_DIR = join(import.meta.dirname, 'fixtures/charts/data');
const OUTPUT_DIR = join(import.meta.dirname, 'output');

/** The chart fixture data, freshly built (callers may change it freely). */
export function chartFixture(): ChartData {
  const inputs = new Map(
    DATASETS.map((d) => [d.id, { file: `test/fixtures/charts/data/${d.id}.csv`, bytes: readFileSync(join(FIXTURE_DIR, `${d.id}.csv`)) }]),
  );
  return chartDataFrom(buildCollections(inputs));
}

/** Renumbers generated ids and rounds floats, so only meaningful changes show. */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/\b(plot-[a-z0-9-]+)/g, (m) => {
      if (!ids.has(m)) ids.set(m, `plot-${ids.size + 1}`);
      return ids.get(m)!;
    })
    .replace(/-?\d+\.\d+/g, (n) => String(Number(Number(n).toFixed(1))))
    .replace(/></g, '>\n<');
}

export function expectSvgSnapshot(name: string, svg: string): void {
  const reference = join(OUTPUT_DIR, `${name}.svg`);
  const changed = join(OUTPUT_DIR, `${name}-changed.svg`);
  const actual = normaliseSvg(svg);
  if (!existsSync(reference)) {
    if (process.env.CI) throw new Error(`missing snapshot ${reference}: run the tests locally to create it, look at it, and commit it`);
    writeFileSync(reference, actual);
    throw new Error(`created snapshot ${reference}; look at it, commit it, and run again`);
  }
  const expected = readFileSync(reference, 'utf8');
  if (actual !== expected) writeFileSync(changed, actual);
  expect(actual === expected, `${name}.svg differs from its snapshot; see ${changed}`).toBe(true);
}
