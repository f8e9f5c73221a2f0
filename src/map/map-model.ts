/**
 * Everything the national map draws, computed at build time from the collections and the
 * geometry: bureau areas and outlines, one symbol per project laid out once per measure, and
 * the size legend. Pure data; components/map/*.astro turn it into SVG.
 */
import { bureauRegions } from './bureau-regions.ts';
import { japanGeometry, type Box } from './geometry.ts';
import { mapLand, type MapLand } from './land.ts';
import { layoutSymbols } from './layout.ts';
import { MEASURES, type Measure } from '../core/measures.ts';
import { BUREAU_FILLS, FIELD_COLOURS } from '../core/palette.ts';
import { areaRadius, MAX_RADIUS, sizeLegendValues } from './scales.ts';
import { simplifiedMap, type SimplifyOptions } from './simplify.ts';
import { wedges } from './symbol-shape.ts';
import type { Bureau } from '../schemas/bureaus.ts';
import type { ClusterProject } from '../schemas/cluster-projects.ts';

export interface MapBureau {
  id: string;
  fill: string;
  outline: string;
  prefectures: { code: string; d: string; inset: boolean }[];
  bbox: Box;
  /** The region's inside point, where its name goes (bureau-regions.ts). */
  centroid: { x: number; y: number };
  /** The region's rings, for keeping its name over it. */
  rings: [number, number][][];
}

export interface MapSymbol {
  project: ClusterProject;
  /** One coloured slice per field, at unit radius. */
  wedges: { d: string; fill: string }[];
  /** Centre and radius for each measure. */
  placement: Record<Measure, { x: number; y: number; r: number }>;
}

export interface MapModel {
  viewBox: Box;
  insetFrame: Box;
  bureaus: MapBureau[];
  /** The national map's land: areas and borders drawn once each (land.ts). */
  land: MapLand;
  /** North to south, the order of the tab stops. */
  symbols: MapSymbol[];
  sizeLegend: Record<Measure, { value: number; r: number }[]>;
}

export const measureValue = (p: ClusterProject, measure: Measure) => p[measure].value;

/** Every page draws from the same collections; the model is made once per distinct input. */
const cache = new Map<string, MapModel>();
/**
 * The symbols' layout, by the projects and the bureaus' regions taken in id order: the layout does
 * not depend on the order the bureaus are read in (their regions do not overlap; a unit test
 * checks both orders), and the pages (by id) and the figure downloads (file order) read them in
 * different orders. It is most of a model's work: 2.5 s of CPU at 1,700 projects.
 */
const layouts = new Map<string, SymbolLayout>();
/** The same arrays (the collections, read once per build) skip even making the key, which grows with the projects. */
const byIdentity = new WeakMap<ClusterProject[], WeakMap<Bureau[], MapModel>>();

/** Where the national map draws a project's companies symbol (a locator marks the project there). */
export const projectPlacement = (model: MapModel, id: string): MapSymbol['placement']['companies'] | undefined =>
  model.symbols.find((s) => s.project.id === id)?.placement.companies;

export function buildMapModel(projects: ClusterProject[], bureaus: Bureau[]): MapModel {
  const known = byIdentity.get(projects)?.get(bureaus);
  if (known) return known;
  const model = modelFor(projects, bureaus);
  if (!byIdentity.has(projects)) byIdentity.set(projects, new WeakMap());
  byIdentity.get(projects)!.set(bureaus, model);
  return model;
}

const bureauKey = (bureaus: Bureau[]) => JSON.stringify(bureaus.map((b) => [b.id, b.prefectures]));

function modelFor(projects: ClusterProject[], bureaus: Bureau[]): MapModel {
  // In the model's own order, so the same projects read in another order (the figure downloads read them in file order) share it.
  const byOrder = [...projects].sort((a, b) => a.derived.order - b.derived.order || a.id.localeCompare(b.id));
  const projectKey = JSON.stringify(
    byOrder.map((p) => [p.id, p.bureau, p.fields, p.companies.value, p.universities.value, p.derived.order]),
  );
  const key = `${projectKey}|${bureauKey(bureaus)}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const byId = [...bureaus].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const layoutKey = `${projectKey}|${bureauKey(byId)}`;
  let layout = layouts.get(layoutKey);
  if (!layout) {
    layout = symbolLayout(projects, byId);
    layouts.set(layoutKey, layout);
  }
  const model = computeMapModel(projects, bureaus, layout);
  cache.set(key, model);
  return model;
}

/** Each measure's placed symbols, by project id, and its size legend. */
type SymbolLayout = Record<Measure, { placed: Map<string, { x: number; y: number; r: number }>; legend: { value: number; r: number }[] }>;

function symbolLayout(projects: ClusterProject[], bureaus: Bureau[]): SymbolLayout {
  const geometry = japanGeometry();
  const regions = bureauRegions(geometry, bureaus);
  const ordered = [...projects].sort((a, b) => a.derived.order - b.derived.order);
  return Object.fromEntries(
    MEASURES.map((measure) => {
      const values = ordered.map((p) => measureValue(p, measure));
      const { radius, placed } = layoutAtLargestScale(ordered, measure, values, (symbols, allowOverlap) =>
        layoutSymbols(symbols, regions, { bounds: geometry.viewBox, allowOverlap }),
      );
      const legend = sizeLegendValues(values).map((value) => ({ value, r: radius(value) }));
      return [measure, { placed: new Map(placed.map((s) => [s.id, s])), legend }];
    }),
  ) as unknown as SymbolLayout;
}

function computeMapModel(projects: ClusterProject[], bureaus: Bureau[], placements: SymbolLayout): MapModel {
  const geometry = japanGeometry();
  const regions = bureauRegions(geometry, bureaus);
  const ordered = [...projects].sort((a, b) => a.derived.order - b.derived.order);
  const byCode = new Map(geometry.prefectures.map((p) => [p.code, p]));

  return {
    viewBox: geometry.viewBox,
    insetFrame: geometry.insetFrame,
    bureaus: regions.map((region) => ({
      id: region.id,
      fill: BUREAU_FILLS[region.id] ?? '#e4e7ec',
      outline: region.outline,
      bbox: region.bbox,
      centroid: region.centroid,
      rings: region.rings,
      prefectures: region.prefectures.map((code) => {
        const shape = byCode.get(code);
        if (!shape) throw new Error(`no geometry for prefecture ${code}`);
        return { code, d: shape.d, inset: shape.inset };
      }),
    })),
    land: mapLand(geometry, bureaus),
    symbols: ordered.map((project) => ({
      project,
      wedges: wedges(project.fields.length).map((w) => ({ d: w.d, fill: FIELD_COLOURS[project.fields[w.index]!] })),
      placement: Object.fromEntries(
        MEASURES.map((m) => {
          const s = placements[m].placed.get(project.id)!;
          return [m, { x: s.x, y: s.y, r: s.r }];
        }),
      ) as unknown as MapSymbol['placement'],
    })),
    sizeLegend: Object.fromEntries(MEASURES.map((m) => [m, placements[m].legend])) as unknown as MapModel['sizeLegend'],
  };
}

/**
 * Circles as large as the regions can hold apart: MAX_RADIUS for the largest value when they fit
 * (the real 17 projects always do), else smaller scales in steps; a map of far more projects than
 * the regions can hold apart (the benchmark's synthetic data) ends with small circles that may
 * overlap, rather than no map. Every circle and the size legend share the scale chosen.
 */
function layoutAtLargestScale(
  ordered: ClusterProject[],
  measure: Measure,
  values: number[],
  layout: (
    symbols: { id: string; bureau: string; r: number }[],
    allowOverlap: boolean,
  ) => { id: string; x: number; y: number; r: number }[],
) {
  const scales = [1, 0.7, 0.5, 0.35, 0.25];
  for (const [i, scale] of scales.entries()) {
    const radius = areaRadius(Math.max(...values), MAX_RADIUS * scale);
    const symbols = ordered.map((p) => ({ id: p.id, bureau: p.bureau, r: radius(measureValue(p, measure)) }));
    const last = i === scales.length - 1;
    try {
      return { radius, placed: layout(symbols, false) };
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('layoutSymbols: no room')) throw error;
      if (last) return { radius, placed: layout(symbols, true) };
    }
  }
  throw new Error('unreachable: the last scale allows overlap');
}

/** `translate(x y) scale(r)`: a unit symbol moved and sized; one attribute, so it can be animated. */
export const symbolTransform = (p: { x: number; y: number; r: number }) =>
  `translate(${p.x.toFixed(1)} ${p.y.toFixed(1)}) scale(${p.r.toFixed(2)})`;

/** A box grown by a margin on every side and made at least `minSize` wide and tall. */
export function padBox(box: Box, margin: number, minSize = 0): Box {
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  const w = Math.max(box.x1 - box.x0 + 2 * margin, minSize);
  const h = Math.max(box.y1 - box.y0 + 2 * margin, minSize);
  return { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
}

export const viewBoxAttr = (b: Box) => `${b.x0.toFixed(1)} ${b.y0.toFixed(1)} ${(b.x1 - b.x0).toFixed(1)} ${(b.y1 - b.y0).toFixed(1)}`;

const simplified = new WeakMap<MapModel, Map<string, MapModel>>();

/** The model with lighter geometry, for maps drawn a few rem wide; made once per model and options (every project page draws one). */
export function simplifiedModel(model: MapModel, options: SimplifyOptions = { tolerance: 1.2, minArea: 6 }): MapModel {
  const key = `${options.tolerance}:${options.minArea}`;
  if (!simplified.has(model)) simplified.set(model, new Map());
  const made = simplified.get(model)!;
  if (!made.has(key)) made.set(key, simplify(model, options));
  return made.get(key)!;
}

function simplify(model: MapModel, options: SimplifyOptions): MapModel {
  // Simplified together (simplify.ts), so neighbours and outlines keep meeting exactly.
  const lighter = simplifiedMap(japanGeometry(), options);
  return {
    ...model,
    bureaus: model.bureaus.map((b) => ({
      ...b,
      outline: lighter.outline({ id: b.id, prefectures: b.prefectures.map((p) => p.code) }),
      prefectures: b.prefectures.map((p) => ({ ...p, d: lighter.prefectures.get(p.code) ?? '' })).filter((p) => p.d !== ''),
    })),
  };
}
