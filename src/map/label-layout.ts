/**
 * Places text labels next to points without overlap, at build time, so a map names its marks
 * directly and a test can check the boxes. Generic (it knows nothing of projects or prefectures):
 * each request is a box of a given size that wants to sit `gap` away from its anchor; obstacles
 * (the symbols, other text) are circles and boxes it must keep clear of.
 *
 * Greedy and deterministic, as cartographers place point labels (Imhof's order of positions):
 * requests are taken by priority (ties by id, never by input order), and each tries the positions
 * touching its anchor first (right, left, the four corners, above, below), then the same directions
 * farther out, ring by ring, joined to the anchor by a leader line. The first position that stays
 * inside `bounds`, keeps `padding` from every obstacle, every label and leader placed before it,
 * and whose leader crosses no symbol, label or leader, wins. A request with no such position gets
 * `null`: the caller decides what to do (a number, a key), never an overlap.
 */

export interface LabelPoint {
  x: number;
  y: number;
}
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface LabelCircle {
  x: number;
  y: number;
  r: number;
}
export type LabelObstacle = LabelCircle | LabelBox;

export interface LabelRequest {
  id: string;
  anchor: LabelPoint;
  width: number;
  height: number;
  /** Distance from the anchor the label keeps before its padding, e.g. the radius of the symbol it names. */
  gap: number;
  /** Higher is placed first and so gets the better position. */
  priority: number;
}

export interface Leader {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PlacedLabel extends LabelBox {
  id: string;
  /** From the edge of the anchor's gap to the nearest point of the box; only for labels placed away from their anchor. */
  leader?: Leader;
}

export interface LabelLayoutOptions {
  /** Clear space kept between a label and anything else (and between the label and its anchor's gap). Default 1. */
  padding?: number;
  /** How far each ring of leader positions lies beyond the previous one. Default: twice the padding plus the label's height. */
  step?: number;
  /** How many rings of leader positions are tried beyond the adjacent ones; 0 means no leaders. Default 4. */
  rings?: number;
  /** Directions tried, in degrees clockwise from east (y points down, as in SVG), best first. Default: Imhof's order. */
  directions?: number[];
  /** Directions tried on the leader rings. Default: every 22.5° starting east, after `directions`. */
  leaderDirections?: number[];
}

/** Right, left, the corners (upper right first), then above and below. */
export const DEFAULT_DIRECTIONS = [0, 180, -45, 45, -135, 135, -90, 90];
const DEFAULT_LEADER_DIRECTIONS = [...DEFAULT_DIRECTIONS, ...[22.5, 67.5, 112.5, 157.5, 202.5, 247.5, 292.5, 337.5].map((d) => d - 360)];

export function isCircle(o: LabelObstacle): o is LabelCircle {
  return 'r' in o;
}

/**
 * For each request, in input order, the box it takes (and its leader line, if it sits away from
 * its anchor), or `null` if no position is free. Same input, same output.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly LabelObstacle[],
  bounds: LabelBox,
  options: LabelLayoutOptions = {},
): (PlacedLabel | null)[] {
  const padding = options.padding ?? 1;
  const rings = options.rings ?? 4;
  const directions = options.directions ?? DEFAULT_DIRECTIONS;
  const leaderDirections = options.leaderDirections ?? DEFAULT_LEADER_DIRECTIONS;
  const ids = new Set<string>();
  for (const r of requests) {
    if (ids.has(r.id)) throw new Error(`placeLabels: label id ${r.id} appears twice`);
    ids.add(r.id);
    for (const v of [r.anchor.x, r.anchor.y, r.width, r.height, r.gap, r.priority]) {
      if (!Number.isFinite(v)) throw new Error(`placeLabels: label ${r.id} has a value that is not a finite number`);
    }
    if (r.width < 0 || r.height < 0 || r.gap < 0) throw new Error(`placeLabels: label ${r.id} has a negative size or gap`);
  }

  const circles = obstacles.filter(isCircle);
  const boxes = obstacles.filter((o): o is LabelBox => !isCircle(o));
  const placedBoxes: LabelBox[] = [];
  const placedLeaders: Leader[] = [];
  const result = new Map<string, PlacedLabel | null>();

  const order = [...requests].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const req of order) {
    const step = options.step ?? req.height + 2 * padding;
    let found: PlacedLabel | null = null;
    for (let ring = 0; ring <= rings && !found; ring++) {
      const distance = req.gap + padding + ring * step;
      for (const degrees of ring === 0 ? directions : leaderDirections) {
        const box = boxAt(req, distance, degrees);
        const leader = ring === 0 ? undefined : leaderTo(req, box);
        if (fits(box, leader, req)) {
          found = { id: req.id, ...box, ...(leader ? { leader } : {}) };
          break;
        }
      }
    }
    result.set(req.id, found);
    if (found) {
      placedBoxes.push(found);
      if (found.leader) placedLeaders.push(found.leader);
    }
  }
  return requests.map((r) => result.get(r.id) ?? null);

  function fits(box: LabelBox, leader: Leader | undefined, req: LabelRequest): boolean {
    if (
      box.x < bounds.x ||
      box.y < bounds.y ||
      box.x + box.width > bounds.x + bounds.width ||
      box.y + box.height > bounds.y + bounds.height
    ) {
      return false;
    }
    for (const c of circles) if (boxCircleDistance(box, c) < c.r + padding) return false;
    for (const b of boxes) if (boxesOverlap(box, b, padding)) return false;
    for (const b of placedBoxes) if (boxesOverlap(box, b, padding)) return false;
    for (const l of placedLeaders) if (segmentHitsBox(l, grow(box, padding))) return false;
    if (leader) {
      for (const c of circles) {
        // The leader starts at the edge of its own symbol: only other circles count.
        if (Math.hypot(c.x - req.anchor.x, c.y - req.anchor.y) <= c.r) continue;
        if (segmentCircleDistance(leader, c) < c.r + padding / 2) return false;
      }
      for (const b of boxes) if (segmentHitsBox(leader, b)) return false;
      for (const b of placedBoxes) if (segmentHitsBox(leader, grow(b, padding / 2))) return false;
      for (const l of placedLeaders) if (segmentsCross(leader, l)) return false;
    }
    return true;
  }
}

/** The box whose point nearest the anchor lies `distance` away in direction `degrees`. */
function boxAt(req: LabelRequest, distance: number, degrees: number): LabelBox {
  const t = (degrees * Math.PI) / 180;
  const cos = round6(Math.cos(t));
  const sin = round6(Math.sin(t));
  const px = req.anchor.x + distance * cos;
  const py = req.anchor.y + distance * sin;
  // Within about 20° of an axis the box is centred across it; otherwise a corner faces the anchor.
  const x = cos > 0.35 ? px : cos < -0.35 ? px - req.width : px - req.width / 2;
  const y = sin > 0.35 ? py : sin < -0.35 ? py - req.height : py - req.height / 2;
  return { x: round1(x), y: round1(y), width: req.width, height: req.height };
}

/** From the edge of the anchor's gap towards the box, to the nearest point of the box. */
function leaderTo(req: LabelRequest, box: LabelBox): Leader {
  const x2 = clamp(req.anchor.x, box.x, box.x + box.width);
  const y2 = clamp(req.anchor.y, box.y, box.y + box.height);
  const d = Math.hypot(x2 - req.anchor.x, y2 - req.anchor.y);
  const k = d === 0 ? 0 : req.gap / d;
  return {
    x1: round1(req.anchor.x + (x2 - req.anchor.x) * k),
    y1: round1(req.anchor.y + (y2 - req.anchor.y) * k),
    x2: round1(x2),
    y2: round1(y2),
  };
}

/** Whether two boxes come closer than `padding` (touching at exactly `padding` is allowed). */
export function boxesOverlap(a: LabelBox, b: LabelBox, padding = 0): boolean {
  return (
    a.x < b.x + b.width + padding - 1e-9 &&
    b.x < a.x + a.width + padding - 1e-9 &&
    a.y < b.y + b.height + padding - 1e-9 &&
    b.y < a.y + a.height + padding - 1e-9
  );
}

/** Distance from a circle's centre to the nearest point of a box (0 inside it). */
export function boxCircleDistance(box: LabelBox, c: LabelPoint): number {
  const dx = c.x - clamp(c.x, box.x, box.x + box.width);
  const dy = c.y - clamp(c.y, box.y, box.y + box.height);
  return Math.hypot(dx, dy);
}

function grow(b: LabelBox, by: number): LabelBox {
  return { x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by };
}

function segmentCircleDistance(s: Leader, c: LabelPoint): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : clamp(((c.x - s.x1) * dx + (c.y - s.y1) * dy) / len, 0, 1);
  return Math.hypot(s.x1 + dx * t - c.x, s.y1 + dy * t - c.y);
}

/** Whether a segment passes through the inside of a box (Liang–Barsky clipping). */
function segmentHitsBox(s: Leader, b: LabelBox): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const edges: [number, number][] = [
    [-dx, s.x1 - b.x],
    [dx, b.x + b.width - s.x1],
    [-dy, s.y1 - b.y],
    [dy, b.y + b.height - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 >= t1) return false;
    }
  }
  return t1 - t0 > 1e-9;
}

function segmentsCross(a: Leader, b: Leader): boolean {
  const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  const d1 = o(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const d2 = o(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  const d3 = o(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const d4 = o(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  return d1 !== d2 && d3 !== d4 && d1 !== 0 && d2 !== 0;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}
function round1(v: number): number {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r;
}
function round6(v: number): number {
  const r = Math.round(v * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}
