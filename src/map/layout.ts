/**
 * Places one circle per project on the map, near its bureau's region and never overlapping
 * another circle. Greedy and deterministic (no randomness, no simulation): the biggest circles
 * are placed first, each at the free point of a grid that is nearest its anchor (the region's
 * centroid unless given) while keeping the disc over its own region; every candidate is checked
 * against the hard rules (gap of `padding` to every placed circle, centre inside the region or
 * within `margin` of it, disc inside `bounds`), and a symbol with no valid spot is an error, never
 * an overlap. The same symbols give the same positions in any input order; the output follows
 * the input order.
 */
import type { BureauRegion } from './bureau-regions.ts';
import { signedDistance, unionBox, type Box, type Point } from './polygon.ts';

export interface SymbolInput {
  id: string;
  /** Id of the bureau region the symbol belongs to. */
  bureau: string;
  /** Radius in map units (see scales.ts). */
  r: number;
  /** Where the symbol would best sit (say, the centroid of the prefecture it is named after). Default: the region's centroid. */
  anchor?: Point;
}

export interface PlacedSymbol {
  id: string;
  bureau: string;
  /** Centre, rounded to 0.1. */
  x: number;
  y: number;
  r: number;
}

export interface LayoutOptions {
  /** Gap kept between any two circles, in map units. Default 1.5. */
  padding?: number;
  /** How far outside its region a centre may go, in map units. Default 12. */
  margin?: number;
  /**
   * Circles stay entirely inside this box: pass the map's viewBox. Default: the regions' bounding box (inside any view box that shows them
   * all).
   */
  bounds?: Box;
  /**
   * Spacing of the candidate grid, in map units; the best point is then refined on a 0.1-multiple grid about 1/10 of it, with exact
   * distances. Default 2.
   */
  step?: number;
  /**
   * Let circles overlap: each takes its best place near its region whatever is there already.
   * The last resort of a map with more projects than its regions can hold apart (map-model.ts);
   * never used for the real data, whose layout test demands no overlap.
   */
  allowOverlap?: boolean;
}

export const DEFAULT_PADDING = 1.5;
export const DEFAULT_MARGIN = 12;

/** Weight of depth (distance inside the region, up to r) against distance from the region's inside point. */
const DEPTH_WEIGHT = 0.5;
/** Weight of each unit a centre lies outside its region. */
const OUTSIDE_WEIGHT = 4;
/** Weight, per unit of radius, of a disc lying wholly over other ground than its region. */
const COVER_WEIGHT = 2;

export function layoutSymbols(symbols: SymbolInput[], regions: BureauRegion[], options: LayoutOptions = {}): PlacedSymbol[] {
  const padding = options.padding ?? DEFAULT_PADDING;
  const margin = options.margin ?? DEFAULT_MARGIN;
  const step = options.step ?? 2;
  const allowOverlap = options.allowOverlap ?? false;
  const byId = new Map(regions.map((r) => [r.id, r]));
  const seen = new Set<string>();
  for (const s of symbols) {
    if (seen.has(s.id)) throw new Error(`layoutSymbols: symbol id ${s.id} appears twice`);
    seen.add(s.id);
    if (!byId.has(s.bureau)) throw new Error(`layoutSymbols: symbol ${s.id} belongs to bureau ${s.bureau}, which has no region`);
    if (!(s.r >= 0) || !Number.isFinite(s.r)) throw new Error(`layoutSymbols: symbol ${s.id} has radius ${s.r}`);
  }
  if (symbols.length === 0) return [];
  const bounds = options.bounds ?? regions.map((r) => r.bbox).reduce(unionBox);
  const limit = Math.max(margin, ...symbols.map((s) => s.r)) + 2 * step;

  const fieldOf = (region: BureauRegion) => {
    // Kept per region object, so laying out companies and then universities builds each field once.
    let fields = FIELDS.get(region);
    if (!fields) FIELDS.set(region, (fields = new Map()));
    const key = `${margin}/${step}/${limit}`;
    let field = fields.get(key);
    if (!field) fields.set(key, (field = distanceField(region, margin, step, limit)));
    return field;
  };

  // Biggest first, ties by id: the order never depends on the input's order.
  const order = [...symbols].sort((a, b) => b.r - a.r || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed = new Map<string, PlacedSymbol>();
  // Placed circles in a grid of cells as wide as the largest possible clearance, so a candidate
  // is checked against its neighbours only: the layout stays near linear in the number of symbols.
  const maxR = Math.max(...symbols.map((s) => s.r));
  const cellSize = Math.max(1, 2 * maxR + padding);
  const cells = new Map<string, PlacedSymbol[]>();
  const cellOf = (x: number, y: number) => [Math.floor(x / cellSize), Math.floor(y / cellSize)] as const;
  const neighbours = function* (x: number, y: number) {
    const [ci, cj] = cellOf(x, y);
    for (let j = cj - 1; j <= cj + 1; j++) for (let i = ci - 1; i <= ci + 1; i++) yield* cells.get(`${i},${j}`) ?? [];
  };
  const clear = (x: number, y: number, r: number) => {
    for (const o of neighbours(x, y)) if ((o.x - x) ** 2 + (o.y - y) ** 2 < (o.r + r + padding) ** 2) return false;
    return true;
  };
  for (const s of order) {
    const region = byId.get(s.bureau)!;
    const field = fieldOf(region);
    const anchor = s.anchor ?? region.centroid;
    const free = (x: number, y: number) =>
      x - s.r >= bounds.x0 && x + s.r <= bounds.x1 && y - s.r >= bounds.y0 && y + s.r <= bounds.y1 && (allowOverlap || clear(x, y, s.r));
    // The cost of a spot: its distance from the anchor, less its depth in the region, plus how far
    // outside it lies (`base`), plus the share of the disc over other ground (`cover`, never
    // negative, and the dearer part: a ring of samples). A spot whose base alone cannot beat the
    // best so far is passed over without its cover: the spot chosen is the same, in a fraction of
    // the time once the map is crowded (1,700 symbols).
    const base = (x: number, y: number, depth: number) =>
      Math.hypot(x - anchor.x, y - anchor.y) - DEPTH_WEIGHT * Math.min(Math.max(depth, 0), s.r) + OUTSIDE_WEIGHT * Math.max(0, -depth);
    const cover = (x: number, y: number) => {
      // Share of the disc over other ground than its own region, from a ring of samples.
      let out = 0;
      for (const [u, v] of RING_SAMPLES) if (depthAt(field, x + u * s.r, y + v * s.r) <= 0) out++;
      return COVER_WEIGHT * s.r * (out / RING_SAMPLES.length);
    };
    const costUnder = (x: number, y: number, depth: number, bound: number): number | undefined => {
      let c = base(x, y, depth);
      if (c >= bound) return undefined;
      if (s.r > 0) c += cover(x, y);
      return c;
    };

    let best: { x: number; y: number; c: number } | null = null;
    for (let j = 0; j < field.ny; j++) {
      for (let i = 0; i < field.nx; i++) {
        const depth = field.values[j * field.nx + i]!;
        if (depth < -margin) continue;
        const x = round1(field.x0 + i * step);
        const y = round1(field.y0 + j * step);
        const c = costUnder(x, y, depth, best ? best.c : Number.POSITIVE_INFINITY);
        if (c !== undefined && (!best || c < best.c) && free(x, y)) best = { x, y, c };
      }
    }
    if (!best) {
      throw new Error(
        `layoutSymbols: no room for symbol ${s.id} (r ${s.r.toFixed(1)}) within ${margin} units of region ${s.bureau} without overlapping another symbol; use smaller radii or a larger margin`,
      );
    }
    // Refine around the best grid point with exact distances, on the 0.1 grid of the output.
    const fine = Math.max(1, Math.round(step)) / 10;
    const { x: bx, y: by } = best;
    for (let dy = -step / 2; dy <= step / 2 + 1e-9; dy += fine) {
      for (let dx = -step / 2; dx <= step / 2 + 1e-9; dx += fine) {
        const x = round1(bx + dx);
        const y = round1(by + dy);
        // No depth can bring the cost below the distance less the deepest credit (DEPTH_WEIGHT × r):
        // such a spot is passed over before its exact depth, the dearest test, is worked out.
        const bound = best.c - 1e-9;
        if (Math.hypot(x - anchor.x, y - anchor.y) - DEPTH_WEIGHT * s.r >= bound) continue;
        const depth = signedDistance({ x, y }, region.rings);
        if (depth < -margin) continue;
        const c = costUnder(x, y, depth, bound);
        if (c !== undefined && c < bound && free(x, y)) best = { x, y, c };
      }
    }
    // Every candidate was rounded before it was checked, so the output is exactly what passed.
    const p: PlacedSymbol = { id: s.id, bureau: s.bureau, x: best.x, y: best.y, r: s.r };
    placed.set(s.id, p);
    const [ci, cj] = cellOf(p.x, p.y);
    const cell = cells.get(`${ci},${cj}`);
    if (cell) cell.push(p);
    else cells.set(`${ci},${cj}`, [p]);
  }
  return symbols.map((s) => placed.get(s.id)!);
}

const FIELDS = new WeakMap<BureauRegion, Map<string, DistanceField>>();

/** Unit offsets at which a disc is sampled for how much of it lies over its own region. */
const RING_SAMPLES: [number, number][] = [
  [0, 0],
  ...Array.from({ length: 8 }, (_, k): [number, number] => [0.5 * Math.cos((k * Math.PI) / 4), 0.5 * Math.sin((k * Math.PI) / 4)]),
  ...Array.from({ length: 12 }, (_, k): [number, number] => [0.9 * Math.cos((k * Math.PI) / 6), 0.9 * Math.sin((k * Math.PI) / 6)]),
];

interface DistanceField {
  x0: number;
  y0: number;
  nx: number;
  ny: number;
  step: number;
  /** Signed distance to the region's boundary at each grid point, row by row (positive inside), clamped to ±limit. */
  values: Float64Array;
  limit: number;
}

/**
 * Signed distances on a grid over the region's box grown by `margin`, clamped to ±`limit`
 * (nothing farther matters to the layout). Segments are bucketed so each point only looks at its
 * neighbourhood, and inside/outside comes from one scanline per row: fast enough to run per page.
 */
function distanceField(region: BureauRegion, margin: number, step: number, limit: number): DistanceField {
  const x0 = Math.floor((region.bbox.x0 - margin) / step) * step;
  const y0 = Math.floor((region.bbox.y0 - margin) / step) * step;
  const nx = Math.floor((region.bbox.x1 + margin - x0) / step) + 1;
  const ny = Math.floor((region.bbox.y1 + margin - y0) / step) + 1;
  const segments: [number, number, number, number][] = [];
  for (const ring of region.rings) {
    for (let k = 1; k < ring.length; k++) segments.push([ring[k - 1]![0], ring[k - 1]![1], ring[k]![0], ring[k]![1]]);
  }
  // Segments per square cell of side `limit`; a point needs only the 3 × 3 cells around its own.
  const cx0 = Math.floor(x0 / limit) - 1;
  const cy0 = Math.floor(y0 / limit) - 1;
  const cnx = Math.floor((x0 + nx * step) / limit) - cx0 + 2;
  const cny = Math.floor((y0 + ny * step) / limit) - cy0 + 2;
  const cells: number[][] = Array.from({ length: cnx * cny }, () => []);
  segments.forEach(([ax, ay, bx, by], index) => {
    const i0 = Math.max(0, Math.floor(Math.min(ax, bx) / limit) - cx0);
    const i1 = Math.min(cnx - 1, Math.floor(Math.max(ax, bx) / limit) - cx0);
    const j0 = Math.max(0, Math.floor(Math.min(ay, by) / limit) - cy0);
    const j1 = Math.min(cny - 1, Math.floor(Math.max(ay, by) / limit) - cy0);
    for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) cells[j * cnx + i]!.push(index);
  });
  const near = new Map<number, Float64Array>();
  const nearCell = (ci: number, cj: number): Float64Array => {
    const k = cj * cnx + ci;
    let list = near.get(k);
    if (!list) {
      const ids = new Set<number>();
      for (let i = Math.max(0, ci - 1); i <= Math.min(cnx - 1, ci + 1); i++) {
        for (let j = Math.max(0, cj - 1); j <= Math.min(cny - 1, cj + 1); j++) for (const id of cells[j * cnx + i]!) ids.add(id);
      }
      list = new Float64Array([...ids].sort((u, v) => u - v).flatMap((id) => segments[id]!));
      near.set(k, list);
    }
    return list;
  };
  const values = new Float64Array(nx * ny);
  const limit2 = limit * limit;
  for (let j = 0; j < ny; j++) {
    const y = y0 + j * step;
    // Where the row crosses the boundary, by the same half-open rule as insideRings.
    const crossings: number[] = [];
    for (const [ax, ay, bx, by] of segments) if (ay > y !== by > y) crossings.push(((bx - ax) * (y - ay)) / (by - ay) + ax);
    crossings.sort((a, b) => a - b);
    let c = 0;
    const cj = Math.floor(y / limit) - cy0;
    for (let i = 0; i < nx; i++) {
      const x = x0 + i * step;
      while (c < crossings.length && crossings[c]! <= x) c++;
      const list = nearCell(Math.floor(x / limit) - cx0, cj);
      let best = limit2;
      for (let k = 0; k < list.length; k += 4) {
        const ax = list[k]!;
        const ay = list[k + 1]!;
        const dx = list[k + 2]! - ax;
        const dy = list[k + 3]! - ay;
        const len = dx * dx + dy * dy;
        const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len));
        const d = (ax + dx * t - x) ** 2 + (ay + dy * t - y) ** 2;
        if (d < best) best = d;
      }
      const d = Math.sqrt(best);
      values[j * nx + i] = c % 2 === 1 ? d : -d;
    }
  }
  return { x0, y0, nx, ny, step, values, limit };
}

/** The field's value at the grid point nearest (x, y); outside the grid, −limit. */
function depthAt(field: DistanceField, x: number, y: number): number {
  const i = Math.round((x - field.x0) / field.step);
  const j = Math.round((y - field.y0) / field.step);
  if (i < 0 || j < 0 || i >= field.nx || j >= field.ny) return -field.limit;
  return field.values[j * field.nx + i]!;
}

function round1(v: number): number {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r;
}
