/**
 * How many projects the national map can hold. The map, bureau and project pages all draw from
 * one map model with a symbol per project (src/map/map-model.ts), laid out without overlaps
 * inside each bureau's region (src/map/layout.ts) at the largest scale that leaves room: full size
 * while the symbols fit, smaller past that, overlapping only past the smallest scale.
 * This lays out the first n projects of a synthetic dataset (the real 17, then the synthetic ones
 * in order) for each measure, and finds by bisection the largest n that fits, timing the layout.
 */
import { entriesFrom } from '../../src/collections/read-collections.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bureauRegions } from '../../src/map/bureau-regions.ts';
import { japanGeometry } from '../../src/map/geometry.ts';
import { layoutSymbols } from '../../src/map/layout.ts';
import { MEASURES, type Measure } from '../../src/core/measures.ts';
import { areaRadius, MAX_RADIUS } from '../../src/map/scales.ts';
import { DATASETS } from '../../src/schemas/datasets.ts';
import { buildCollections } from '../../src/pipeline/build-collections.ts';
import { REAL_DATA_DIR, syntheticDataTexts, type SyntheticFigures } from '../synthetic-data.ts';

export interface MapCapacity {
  figures: SyntheticFigures;
  measure: Measure;
  /** Projects in the dataset. */
  projects: number;
  /** The largest number of projects (the first n) whose symbols the layout places. */
  fits: number;
  /** Time of the layout at `fits` projects, in ms. */
  layoutMs: number;
  /** The layout's error at `fits + 1` projects, if any. */
  error?: string;
}

export function mapCapacity(factor: number, figures: SyntheticFigures): MapCapacity[] {
  const real = new Map(DATASETS.map((d) => [`${d.id}.csv`, readFileSync(join(REAL_DATA_DIR, `${d.id}.csv`), 'utf8')]));
  const texts = syntheticDataTexts(factor, real, figures);
  const inputs = new Map(
    [...texts].map(([name, text]) => [name.replace(/\.csv$/, ''), { file: `data/${name}`, bytes: new TextEncoder().encode(text) }]),
  );
  const collections = buildCollections(inputs, { expectedProjects: 17 * factor });
  const projects = entriesFrom(collections, 'cluster-projects');
  const bureaus = entriesFrom(collections, 'bureaus');
  const geometry = japanGeometry(entriesFrom(collections, 'prefectures'));
  const regions = bureauRegions(geometry, bureaus);

  return MEASURES.map((measure) => {
    const attempt = (n: number): { ok: true; ms: number } | { ok: false; error: string } => {
      const some = projects.slice(0, n);
      const radius = areaRadius(Math.max(...some.map((p) => p[measure].value)), MAX_RADIUS);
      const started = performance.now();
      try {
        layoutSymbols(
          some.map((p) => ({ id: p.id, bureau: p.bureau, r: radius(p[measure].value) })),
          regions,
          { bounds: geometry.viewBox },
        );
        return { ok: true, ms: performance.now() - started };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    };
    const all = attempt(projects.length);
    if (all.ok) return { figures, measure, projects: projects.length, fits: projects.length, layoutMs: all.ms };
    // Bisection between a size that fits (the real 17 always do) and one that does not.
    let lo = Math.min(17, projects.length);
    let loMs = 0;
    const first = attempt(lo);
    if (!first.ok) return { figures, measure, projects: projects.length, fits: 0, layoutMs: 0, error: first.error };
    loMs = first.ms;
    let hi = projects.length;
    let hiError = all.error;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      const r = attempt(mid);
      if (r.ok) [lo, loMs] = [mid, r.ms];
      else [hi, hiError] = [mid, r.error];
    }
    return { figures, measure, projects: projects.length, fits: lo, layoutMs: loMs, error: hiError };
  });
}
