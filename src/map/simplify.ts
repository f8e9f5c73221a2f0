/**
 * Lighter geometry for small maps (locators): Ramer–Douglas–Peucker per ring, islands smaller
 * than a few square units dropped, coordinates rounded to whole units. A locator a few rem wide
 * draws a map unit at well under a pixel, so nothing visible is lost and the page stays small.
 */
import { parsePath, ringArea, ringsToPath, type Position, type Ring } from './svg-path.ts';

function distanceToSegment([px, py]: Position, [ax, ay]: Position, [bx, by]: Position): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Ramer–Douglas–Peucker on an open polyline; keeps both ends. */
function simplifyLine(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2) return points;
  let index = 0;
  let farthest = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = distanceToSegment(points[i]!, points[0]!, points[points.length - 1]!);
    if (d > farthest) {
      farthest = d;
      index = i;
    }
  }
  if (farthest <= tolerance) return [points[0]!, points[points.length - 1]!];
  return [...simplifyLine(points.slice(0, index + 1), tolerance).slice(0, -1), ...simplifyLine(points.slice(index), tolerance)];
}

/** A closed ring simplified; split at its farthest point so both halves keep their shape. */
export function simplifyRing(ring: Ring, tolerance: number): Ring {
  const open = ring.slice(0, -1);
  if (open.length < 4) return ring;
  const start = open[0]!;
  let split = 1;
  for (let i = 1; i < open.length; i++) if (Math.hypot(open[i]![0] - start[0], open[i]![1] - start[1]) > Math.hypot(open[split]![0] - start[0], open[split]![1] - start[1])) split = i;
  const first = simplifyLine(open.slice(0, split + 1), tolerance);
  const second = simplifyLine([...open.slice(split), start], tolerance);
  return [...first.slice(0, -1), ...second];
}

export interface SimplifyOptions {
  /** Largest distance, in map units, a dropped vertex may lie from the simplified line. */
  tolerance: number;
  /** Rings with a smaller area (square map units) are left out. */
  minArea: number;
}

export function simplifyPath(d: string, { tolerance, minArea }: SimplifyOptions): string {
  const rings = parsePath(d)
    .filter((ring) => Math.abs(ringArea(ring)) >= minArea)
    .map((ring) => simplifyRing(ring, tolerance))
    .filter((ring) => ring.length >= 4);
  return ringsToPath(rings, 0);
}
