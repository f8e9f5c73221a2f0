/**
 * A bureau's map, zoomed to its area (the bureau pages): pure data for RegionMap.astro. The
 * bureau's projects keep the national map's symbols (same place, same area scale, same field
 * colours); the view box holds the area, those symbols and every label, so nothing is cut; the
 * geometry is simplified for the zoom (a tolerance of about half a pixel, coordinates to 0.1) and
 * trimmed to what the view shows; prefecture names are placed by the shared label layout
 * (label-layout.ts) just above their prefecture's point where they fit, else beside it or farther
 * out with a leader, so no two names and no name and symbol overlap, at 12 px or more on a phone.
 */
import { mergedPolygons } from './bureau-regions.ts';
import { japanGeometry, prefecturePolygons, type Box, type JapanGeometry } from './geometry.ts';
import { type LabelBox, type LabelCircle, type LabelObstacle, type Leader, placeLabels } from './label-layout.ts';
import type { MapBureau, MapModel, MapSymbol } from './map-model.ts';
import { distanceToRings, insideRings, multiPolygonArea, type Point } from './polygon.ts';
import { simplifiedTopology } from './simplify.ts';
import { ringsToPath, roundRings } from './svg-path.ts';
import { textWidth } from '../text/text-width.ts';
import type { ClusterProject } from '../schemas/cluster-projects.ts';

export const REGION_MAP = {
  /** The widest the map is shown (CSS px: .region-map's max-width); the detail is chosen for it. */
  maxWidth: 448,
  /** The narrowest it is shown (a 390 px phone less the page's margins): labels are at least `minFontPx` there. */
  minWidth: 350,
  minFontPx: 12,
  /** The tallest it is shown (CSS px): a tall area (Tohoku, Chubu) is drawn narrower instead. */
  maxHeight: 560,
  /** Space around the area, in px at the widest. */
  marginPx: 14,
  /** The browser's font may set a name wider than the image font the widths are measured with. */
  widthAllowance: 1.15,
} as const;

export interface RegionLabel {
  code: string;
  text: string;
  /** Where the text is drawn: its centre, baseline at `y`. */
  x: number;
  y: number;
  /** The box the layout kept free for it. */
  box: LabelBox;
  leader?: Leader;
  /** The point the leader starts from (the prefecture's label point). */
  anchor?: { x: number; y: number };
}

export interface RegionMapData {
  viewBox: Box;
  /** The national model with the geometry for this zoom, trimmed to the view. */
  model: MapModel;
  /** The bureau's projects, as the national map places them. */
  symbols: MapSymbol[];
  labels: RegionLabel[];
  fontSize: number;
  /** The width it is drawn at, at most (CSS px). */
  width: number;
}

const cache = new WeakMap<MapModel, Map<string, RegionMapData>>();

/**
 * Made once per model, bureau, set of names and projects drawn (each bureau page draws one, in
 * each language). `drawn`, when given, is the bureau's projects the map draws (map-selection.ts:
 * past a limit, the largest), placed where the model places them; else all the bureau's.
 */
export function regionMap(model: MapModel, bureau: string, names: Map<string, string>, drawn?: ClusterProject[]): RegionMapData {
  const key = `${bureau}:${[...names.values()].join('|')}:${drawn ? drawn.map((p) => p.id).join('|') : '*'}`;
  if (!cache.has(model)) cache.set(model, new Map());
  const made = cache.get(model)!;
  if (!made.has(key)) made.set(key, computeRegionMap(model, bureau, names, japanGeometry(), drawn && new Set(drawn.map((p) => p.id))));
  return made.get(key)!;
}

function computeRegionMap(
  model: MapModel,
  bureauId: string,
  names: Map<string, string>,
  geometry: JapanGeometry,
  drawn?: Set<string>,
): RegionMapData {
  const region = model.bureaus.find((b) => b.id === bureauId);
  if (!region) throw new Error(`regionMap: no map region for bureau ${bureauId}`);
  const symbols = model.symbols.filter((s) => s.project.bureau === bureauId && (!drawn || drawn.has(s.project.id)));
  const c = REGION_MAP;

  // The area and its symbols, then a margin; the labels may still widen it (below).
  let content = region.bbox;
  for (const s of symbols) {
    const p = s.placement.companies;
    content = union(content, { x0: p.x - p.r, y0: p.y - p.r, x1: p.x + p.r, y1: p.y + p.r });
  }
  // Shown as wide as the column allows, unless that would make it taller than maxHeight.
  const [w, h] = [content.x1 - content.x0, content.y1 - content.y0];
  const width = Math.round(Math.min(c.maxWidth, (c.maxHeight * w) / h));
  const narrowest = Math.min(width, c.minWidth);
  const unitsPerPx = w / (width - 2 * c.marginPx);
  const margin = c.marginPx * unitsPerPx;
  // The layout is greedy: where symbols crowd the area, another order, another point to name a
  // prefecture from, or more room around the area may succeed. Last, a prefecture a symbol covers
  // is named from its own point under the symbol, its leader crossing that symbol only.
  const attempts = [false, true].flatMap((covered) =>
    [0, 1, 3].flatMap((k) =>
      (['smallest', 'crowded', 'largest'] as const).flatMap((first) => [2, 4, 1].map((room) => ({ k, first, room, covered }))),
    ),
  );
  // Names scale with the map: at least minFontPx where it is shown narrowest. Names placed out to
  // k margins beyond the area widen the view by as much, and so are drawn that much larger.
  const fontSizeFor = (k: number) =>
    round2(c.minFontPx * 1.02 * unitsPerPx * (width / narrowest) * ((w + 2 * margin * (k + 1)) / (w + 2 * margin)));
  const { labels, fontSize } = placeWithin(attempts, (a) => {
    const fontSize = fontSizeFor(a.k);
    const bounds = grow(content, margin * a.k);
    return { fontSize, labels: placePrefectureLabels(region, symbols, names, geometry, fontSize, { ...a, bounds }) };
  });
  let view = content;
  for (const l of labels) view = union(view, { x0: l.box.x, y0: l.box.y, x1: l.box.x + l.box.width, y1: l.box.y + l.box.height });
  const viewBox = grow(view, margin);
  return { viewBox, width, model: zoomedModel(model, geometry, viewBox, unitsPerPx), symbols, labels, fontSize };
}

class NoRoom extends Error {}

function placeWithin<A, T>(attempts: A[], place: (attempt: A) => T): T {
  for (const [i, a] of attempts.entries()) {
    try {
      return place(a);
    } catch (error) {
      if (!(error instanceof NoRoom) || i === attempts.length - 1) throw error;
    }
  }
  throw new Error('unreachable: the last attempt throws');
}

/**
 * Names the bureau's prefectures with the shared layout, each from a point of its own (the label
 * point, or a part no symbol covers: clearPoint), in the order the attempt says; throws NoRoom
 * when a name finds no place, so the caller can try the next attempt.
 */
function placePrefectureLabels(
  region: MapBureau,
  symbols: MapSymbol[],
  names: Map<string, string>,
  geometry: JapanGeometry,
  fontSize: number,
  { bounds, first, room, covered }: { bounds: Box; first: 'smallest' | 'crowded' | 'largest'; room: number; covered: boolean },
): RegionLabel[] {
  const padding = fontSize * 0.25;
  const height = fontSize * 1.25;
  const circles: LabelObstacle[] = symbols.map((s) => ({
    x: s.placement.companies.x,
    y: s.placement.companies.y,
    r: s.placement.companies.r,
  }));
  const byCode = new Map(geometry.prefectures.map((p) => [p.code, p]));
  const clearance = (p: Point) => Math.min(Infinity, ...(circles as LabelCircle[]).map((c) => Math.hypot(p.x - c.x, p.y - c.y) - c.r));
  const order = (w: { area: number; anchor: Point }) =>
    first === 'smallest' ? -w.area : first === 'largest' ? w.area : -clearance(w.anchor);
  const wanted = region.prefectures
    .map(({ code }) => {
      const shape = byCode.get(code)!;
      const text = names.get(code) ?? code;
      const width = textWidth(text, fontSize) * REGION_MAP.widthAllowance;
      return {
        code,
        text,
        shape,
        width,
        area: multiPolygonArea([shape.rings]),
        anchor: clearPoint(shape, circles as LabelCircle[], height * room, covered),
      };
    })
    // Placed last to first (the layout takes the highest priority first): the smallest, the most crowded or the largest first.
    .sort((a, b) => order(a) - order(b) || a.code.localeCompare(b.code));

  // Each name first tries just above its point (as good as centred), then below, then beside, then farther out with a leader.
  // Every prefecture's point is kept free for its own name or leader: a box smaller than the gap, so its own name still fits beside it.
  const gap = padding;
  const points: LabelBox[] = wanted.map((w) => ({ x: w.anchor.x - gap / 2, y: w.anchor.y - gap / 2, width: gap, height: gap }));
  const laid = placeLabels(
    wanted.map((w, i) => ({ id: w.code, anchor: w.anchor, width: w.width, height, gap, priority: i })),
    covered ? circles : [...circles, ...points],
    { x: bounds.x0, y: bounds.y0, width: bounds.x1 - bounds.x0, height: bounds.y1 - bounds.y0 },
    { padding, rings: covered ? 14 : 10, directions: [-90, 90, 0, 180, -45, 45, -135, 135] },
  );
  const placed: RegionLabel[] = [];
  for (const [i, l] of laid.entries()) {
    const w = wanted[i]!;
    if (!l) throw new NoRoom(`regionMap: no room for the name of prefecture ${w.code} on the map of ${region.id}`);
    placed.push({ ...labelAt(w.code, w.text, l, fontSize), ...(l.leader ? { leader: l.leader, anchor: w.anchor } : {}) });
  }
  return placed.sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * The prefecture's label point, or, when a symbol covers it or crowds it (closer than `room`, so a
 * name could not sit beside it), the point of the prefecture (on a grid) that is farthest both
 * from its edges and from the symbols: a name or its leader never points at a symbol.
 */
function clearPoint(
  shape: { centroid: Point; rings: [number, number][][]; bbox: Box },
  circles: LabelCircle[],
  room: number,
  keepCovered: boolean,
): Point {
  const clearance = (p: Point) => Math.min(Infinity, ...circles.map((c) => Math.hypot(p.x - c.x, p.y - c.y) - c.r));
  if (clearance(shape.centroid) >= room || (keepCovered && clearance(shape.centroid) < 0)) return shape.centroid;
  const steps = 32;
  let best: { p: Point; score: number } | undefined;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const p = {
        x: shape.bbox.x0 + ((shape.bbox.x1 - shape.bbox.x0) * i) / steps,
        y: shape.bbox.y0 + ((shape.bbox.y1 - shape.bbox.y0) * j) / steps,
      };
      if (!insideRings(p, shape.rings)) continue;
      const score = Math.min(distanceToRings(p, shape.rings), clearance(p) / 2);
      if (clearance(p) > 0 && (!best || score > best.score)) best = { p, score };
    }
  }
  return best ? { x: round1(best.p.x), y: round1(best.p.y) } : shape.centroid;
}

function labelAt(code: string, text: string, box: LabelBox, fontSize: number): RegionLabel {
  const b = { x: round1(box.x), y: round1(box.y), width: round1(box.width), height: round1(box.height) };
  // The baseline a little below the box's middle: the em box's centre for CJK and Latin alike.
  return { code, text, x: round1(b.x + b.width / 2), y: round1(b.y + b.height / 2 + fontSize * 0.36), box: b };
}

/** The national model's geometry redrawn for this zoom: simplified to about half a pixel, to 0.1 unit, only what the view shows. */
function zoomedModel(model: MapModel, geometry: JapanGeometry, view: Box, unitsPerPx: number): MapModel {
  const topology = simplifiedTopology(geometry.topology, { tolerance: unitsPerPx * 0.5, minArea: (unitsPerPx * 2) ** 2 });
  const kept = new Map(topology.objects.prefectures.geometries.map((g) => [String(g.id), g]));
  const inView = new Set(geometry.prefectures.filter((p) => overlaps(p.bbox, view)).map((p) => p.code));
  const toPath = (polygons: [number, number][][][]) => ringsToPath(roundRings(polygons.flat(), 1), 1);
  return {
    ...model,
    bureaus: model.bureaus
      .map((b) => {
        const prefectures = b.prefectures
          .filter((p) => inView.has(p.code) && kept.has(p.code))
          .map((p) => ({ ...p, d: toPath(prefecturePolygons(topology, kept.get(p.code)!)) }))
          .filter((p) => p.d !== '');
        const codes = b.prefectures.map((p) => p.code).filter((code) => kept.has(code));
        const outline = prefectures.length ? toPath(mergedPolygons(topology, { id: b.id, prefectures: codes })) : '';
        return { ...b, prefectures, outline };
      })
      .filter((b) => b.prefectures.length > 0),
  };
}

const union = (a: Box, b: Box): Box => ({
  x0: Math.min(a.x0, b.x0),
  y0: Math.min(a.y0, b.y0),
  x1: Math.max(a.x1, b.x1),
  y1: Math.max(a.y1, b.y1),
});
const grow = (b: Box, by: number): Box => ({ x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by });
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const round1 = (v: number) => Math.round(v * 10) / 10;
const round2 = (v: number) => Math.round(v * 100) / 100;
