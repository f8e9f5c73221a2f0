/**
 * Takes off a card's clips that clip nothing. satori wraps every run of text inside an
 * `overflow: hidden` box in a mask and a clip path (the box's rectangle), and resvg draws each
 * masked or clipped group on canvases of its own the size of the card, then composites them:
 * about a third of resvg's time per card. Most text lies wholly inside its box, and then the mask
 * and the clip change no pixel; only a run whose outline reaches past its box (a descender of the
 * title's last line) keeps its clip, and the mask only if it closes more than the clip. The test is exact: the outline's control points (whose hull
 * holds every curve) inside the rectangles shrunk to whole pixels, so every pixel the run touches
 * is one the mask and the clip leave wholly open.
 *
 * It reads only the shapes satori writes (a mask or clip path of one rectangle, nested by
 * reference; a group of one path of absolute M/L/Q/C/Z commands); anything else stays as it is.
 */

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface RectDef {
  box: Box;
  /** Whether the rectangle's edges lie on whole pixels, so it opens or closes each pixel wholly. */
  whole: boolean;
  /** The mask or clip path this one is itself masked or clipped by. */
  parent: string | undefined;
}

const NUM = String.raw`(-?[\d.]+)`;
const RECT = `<rect x="${NUM}" y="${NUM}" width="${NUM}" height="${NUM}"`;
const MASK_DEF = new RegExp(String.raw`<mask id="([^"]+)">${RECT} fill="#fff"(?: mask="url\(#([^)"]+)\)")?/></mask>`, 'g');
const CLIP_DEF = new RegExp(String.raw`<clipPath id="([^"]+)"(?: clip-path="url\(#([^)"]+)\)")?>${RECT}/></clipPath>`, 'g');
const CLIPPED_PATH = /<g mask="url\(#([^)"]+)\)" clip-path="url\(#([^)"]+)\)">(<path fill="[^"]*" d="([^"]*)"\/>)<\/g>/g;
const CLIPPED_RECT = new RegExp(String.raw`(${RECT} fill="[^"]*") clip-path="url\(#([^)"]+)\)" mask="url\(#([^)"]+)\)"/>`, 'g');

function rectDefs(svg: string, pattern: RegExp): Map<string, RectDef> {
  const defs = new Map<string, RectDef>();
  for (const m of svg.matchAll(pattern)) {
    // The two patterns capture the parent at different places: a mask's after its rectangle, a clip's before.
    const [id, parent, x, y, w, h] = pattern === MASK_DEF ? [m[1], m[6], m[2], m[3], m[4], m[5]] : [m[1], m[2], m[3], m[4], m[5], m[6]];
    const [bx, by, bw, bh] = [x, y, w, h].map(Number) as [number, number, number, number];
    // Shrunk to whole pixels: a pixel the rectangle's edge crosses is only partly open.
    const box = { x0: Math.ceil(bx), y0: Math.ceil(by), x1: Math.floor(bx + bw), y1: Math.floor(by + bh) };
    defs.set(id!, { box, whole: box.x0 === bx && box.y0 === by && box.x1 === bx + bw && box.y1 === by + bh, parent });
  }
  return defs;
}

/**
 * The region a mask or clip leaves wholly open: its rectangle within its parents', and whether all
 * of them lie on whole pixels (then it closes every other pixel wholly); undefined if one of them
 * is not a plain rectangle.
 */
function openBox(id: string, defs: Map<string, RectDef>, depth = 0): (Box & { whole: boolean }) | undefined {
  const def = defs.get(id);
  if (!def || depth > 32) return undefined;
  if (def.parent === undefined) return { ...def.box, whole: def.whole };
  const outer = openBox(def.parent, defs, depth + 1);
  if (!outer) return undefined;
  return {
    x0: Math.max(def.box.x0, outer.x0),
    y0: Math.max(def.box.y0, outer.y0),
    x1: Math.min(def.box.x1, outer.x1),
    y1: Math.min(def.box.y1, outer.y1),
    whole: def.whole && outer.whole,
  };
}

/**
 * The box of a path's points (end and control points), or undefined if it uses any command but
 * absolute M, L, Q, C, Z. One pass over the characters: a card's text is some 150 KB of path data.
 */
function pointsBox(d: string): Box | undefined {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  let count = 0;
  // The number being read, digit by digit (no substring, no Number(): a card has some 20,000).
  let reading = false;
  let negative = false;
  let value = 0;
  let scale = 0;
  const start = (minus: boolean) => {
    reading = true;
    negative = minus;
    value = 0;
    scale = 0;
  };
  const take = () => {
    const v = negative ? -value / (scale || 1) : value / (scale || 1);
    if (count++ % 2 === 0) {
      if (v < box.x0) box.x0 = v;
      if (v > box.x1) box.x1 = v;
    } else {
      if (v < box.y0) box.y0 = v;
      if (v > box.y1) box.y1 = v;
    }
    reading = false;
  };
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (!reading) start(false);
      value = value * 10 + (c - 48);
      if (scale) scale *= 10;
    } else if (c === 46) {
      if (!reading) start(false);
      if (scale) return undefined; // a second point: "1.5.5" is two numbers in SVG, not read here
      scale = 1;
    } else if (c === 45) {
      if (reading) take();
      start(true);
    } else {
      if (reading) take();
      // M, L, Q, C, Z, space and comma separate numbers; anything else (a relative or arc command, an exponent) is not read here
      if (c !== 77 && c !== 76 && c !== 81 && c !== 67 && c !== 90 && c !== 32 && c !== 44) return undefined;
    }
  }
  if (reading) take();
  return count > 0 && count % 2 === 0 ? box : undefined;
}

const inside = (inner: Box, outer: Box) => inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;

/**
 * The SVG with every mask and clip path that leaves wholly open what it applies to (a group of one
 * path: a run of text; a rectangle: a key figure's rule) taken off. Where a run of text does reach
 * past its box (a descender of the title's last line), the clip stays, and the mask goes if it
 * leaves open all the clip does: both on whole pixels, the clip's rectangle within the mask's.
 */
export function dropIdleClips(svg: string): string {
  const masks = rectDefs(svg, MASK_DEF);
  const clips = rectDefs(svg, CLIP_DEF);
  const idle = (shape: Box | undefined, maskBox: Box | undefined, clipBox: Box | undefined) =>
    shape !== undefined && maskBox !== undefined && clipBox !== undefined && inside(shape, maskBox) && inside(shape, clipBox);
  return svg
    .replace(CLIPPED_PATH, (group, maskId: string, clipId: string, path: string, d: string) => {
      const maskBox = openBox(maskId, masks);
      const clipBox = openBox(clipId, clips);
      if (idle(pointsBox(d), maskBox, clipBox)) return path;
      if (maskBox?.whole && clipBox?.whole && inside(clipBox, maskBox)) return `<g clip-path="url(#${clipId})">${path}</g>`;
      return group;
    })
    .replace(CLIPPED_RECT, (rect, open: string, x: string, y: string, w: string, h: string, clipId: string, maskId: string) => {
      const box = { x0: Number(x), y0: Number(y), x1: Number(x) + Number(w), y1: Number(y) + Number(h) };
      return idle(box, openBox(maskId, masks), openBox(clipId, clips)) ? `${open}/>` : rect;
    });
}
