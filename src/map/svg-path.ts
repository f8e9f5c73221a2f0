/**
 * The two ends of the map's path handling: reading the package's relative `m … z` paths into
 * absolute rings, and writing rings back as a compact absolute path with rounded coordinates.
 */

export type Position = [number, number];
/** A closed ring: the last position repeats the first. */
export type Ring = Position[];

const TOKEN = /[a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/**
 * Parses an SVG path made of move-to, line-to and close-path commands (`M m L l Z z`, with the
 * implicit line-tos that follow a move-to) into closed absolute rings. Anything else (curves,
 * arcs, H/V) throws: the map's source uses none, and a silent misread would bend the coastline.
 */
export function parsePath(d: string): Ring[] {
  const tokens = d.match(TOKEN) ?? [];
  const rings: Ring[] = [];
  let ring: Ring | null = null;
  let command = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const close = () => {
    if (ring && ring.length > 0) rings.push(closeRing(ring));
    ring = null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (/[a-zA-Z]/.test(token)) {
      if (!'MmLlZz'.includes(token)) throw new Error(`parsePath: unsupported command "${token}" at token ${i}`);
      command = token;
      if (token === 'Z' || token === 'z') {
        close();
        // After a close-path the current point is the start of the subpath just closed.
        x = startX;
        y = startY;
      }
      continue;
    }
    if (command === '' || command === 'Z' || command === 'z')
      throw new Error(`parsePath: number "${token}" without a command at token ${i}`);
    const next = tokens[i + 1];
    if (next === undefined || /[a-zA-Z]/.test(next)) throw new Error(`parsePath: odd number of coordinates at token ${i}`);
    i++;
    const a = Number(token);
    const b = Number(next);
    const relative = command === command.toLowerCase();
    x = relative ? x + a : a;
    y = relative ? y + b : b;
    if (command === 'M' || command === 'm') {
      close();
      ring = [[x, y]];
      startX = x;
      startY = y;
      // Further pairs after a move-to are line-tos of the same kind.
      command = relative ? 'l' : 'L';
    } else {
      if (!ring) ring = [[startX, startY]];
      ring.push([x, y]);
    }
  }
  close();
  return rings;
}

/** Returns the ring with its first position repeated at the end, if it was not already. */
export function closeRing(ring: Ring): Ring {
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, [first[0], first[1]]];
}

/** Rounds to `decimals` places, without `-0`. */
export function round(value: number, decimals = 1): number {
  const k = 10 ** decimals;
  const r = Math.round(value * k) / k;
  return r === 0 ? 0 : r;
}

/**
 * Rounds every position to `decimals` places and drops what rounding makes redundant: repeated
 * positions, and rings left with fewer than three distinct corners or no area.
 */
export function roundRings(rings: Ring[], decimals = 1): Ring[] {
  const out: Ring[] = [];
  for (const ring of rings) {
    const rounded: Ring = [];
    for (const [x, y] of ring) {
      const p: Position = [round(x, decimals), round(y, decimals)];
      const prev = rounded[rounded.length - 1];
      if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) rounded.push(p);
    }
    const closed = closeRing(rounded);
    if (closed.length >= 4 && Math.abs(ringArea(closed)) > 0) out.push(closed);
  }
  return out;
}

/** Signed area of a ring (shoelace); the sign depends on the winding. */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  }
  return sum / 2;
}

/** Writes closed rings as an absolute path: `M x,y L x,y … Z` per ring, numbers rounded. */
export function ringsToPath(rings: Ring[], decimals = 1): string {
  let d = '';
  for (const ring of rings) {
    // A closed ring repeats its first position; `Z` draws that last edge.
    const open =
      ring.length > 1 && ring[0]![0] === ring[ring.length - 1]![0] && ring[0]![1] === ring[ring.length - 1]![1] ? ring.slice(0, -1) : ring;
    if (open.length === 0) continue;
    d += `M${open.map(([x, y]) => `${round(x, decimals)},${round(y, decimals)}`).join('L')}Z`;
  }
  return d;
}

/**
 * Writes lines as a compact relative path: `M x y` at each start, then one `l` with every step as
 * a difference, numbers without leading zeros or needless separators; a line that ends where it
 * starts (a ring, an island's coast) ends in `z` instead of its last step. The positions are
 * rounded first and the steps taken between rounded positions, so no rounding error adds up
 * along a coast. About half the bytes of ringsToPath for the same points.
 */
export function toRelativePath(lines: Position[][], decimals = 1): string {
  const k = 10 ** decimals;
  let d = '';
  for (const line of lines) {
    const points: Position[] = [];
    for (const [x, y] of line) {
      const p: Position = [Math.round(x * k), Math.round(y * k)];
      const prev = points[points.length - 1];
      if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) points.push(p);
    }
    const closed = points.length > 2 && points[0]![0] === points.at(-1)![0] && points[0]![1] === points.at(-1)![1];
    if (closed) points.pop();
    if (points.length < 2) continue;
    const [x0, y0] = points[0]!;
    d += `M${joinNumbers([x0 / k, y0 / k])}l${joinNumbers(points.slice(1).flatMap(([x, y], i) => [(x - points[i]![0]) / k, (y - points[i]![1]) / k]))}`;
    if (closed) d += 'z';
  }
  return d;
}

/** Numbers in path syntax with the fewest separators: `1.5-2 .5.5` reads 1.5, −2, 0.5, 0.5. */
function joinNumbers(values: number[]): string {
  let out = '';
  let lastHasPoint = false;
  for (const v of values) {
    const text = String(v === 0 ? 0 : v).replace(/^(-?)0\./, '$1.');
    // A sign always starts a new number; so does a point after a number that already has one.
    const needsSpace = out !== '' && !text.startsWith('-') && !(text.startsWith('.') && lastHasPoint);
    out += (needsSpace ? ' ' : '') + text;
    lastHasPoint = text.includes('.');
  }
  return out;
}
