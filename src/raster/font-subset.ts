/**
 * The project's font cut down to the characters one SVG uses, for resvg to draw that SVG's text.
 *
 * Why: resvg-js takes fonts only as files, and its font database reads the whole file again each
 * time it needs a face (every text chunk, every glyph outline lookup): about a thousand reads of
 * the 5.4 MB Noto Sans JP per figure, half a second of system time and 100,000 page faults per
 * PNG, most of a small build's image time. A subset of a few dozen glyphs makes those reads
 * cheap. HarfBuzz's subsetter keeps the glyphs' outlines, advances and every layout feature
 * (kerning, proportional punctuation), so the text is drawn exactly as with the whole font.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The exports of hb-subset.wasm we call (C functions on the module's linear memory). */
interface HbSubset {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
/** hb_subset_sets_t: the set of layout feature tags to keep (all of them, once inverted). */
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

let hb: HbSubset | undefined;
function subsetter(): HbSubset {
  if (!hb) {
    const require = createRequire(import.meta.url);
    const wasm = readFileSync(require.resolve('harfbuzzjs/hb-subset.wasm'));
    hb = new WebAssembly.Instance(new WebAssembly.Module(wasm), {}).exports as unknown as HbSubset;
  }
  return hb;
}

/** Faces loaded into the subsetter's memory, once per font per thread. */
const faces = new Map<Buffer, number>();
function faceOf(font: Buffer): number {
  let face = faces.get(font);
  if (face === undefined) {
    const h = subsetter();
    const ptr = h.malloc(font.byteLength);
    new Uint8Array(h.memory.buffer).set(font, ptr);
    const blob = h.hb_blob_create(ptr, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
    face = h.hb_face_create(blob, 0);
    h.hb_blob_destroy(blob);
    faces.set(font, face);
  }
  return face;
}

/** Every character an SVG's text can contain: each code point of its source, and those its numeric character references name. */
export function svgCodePoints(svg: string): number[] {
  const points = new Set<number>();
  for (const c of svg) points.add(c.codePointAt(0)!);
  for (const [, hex, dec] of svg.matchAll(/&#(?:x([0-9a-f]+)|(\d+));/gi)) points.add(hex ? Number.parseInt(hex, 16) : Number(dec));
  return [...points].sort((a, b) => a - b);
}

/** A TrueType font holding only the glyphs of `codePoints` (and what they need), with all of the font's layout features. */
export function subsetFont(font: Buffer, codePoints: readonly number[]): Buffer {
  const h = subsetter();
  const face = faceOf(font);
  const input = h.hb_subset_input_create_or_fail();
  if (!input) throw new Error('HarfBuzz could not start a font subset');
  try {
    const unicodes = h.hb_subset_input_unicode_set(input);
    for (const point of codePoints) h.hb_set_add(unicodes, point);
    const features = h.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    h.hb_set_clear(features);
    h.hb_set_invert(features);
    const subset = h.hb_subset_or_fail(face, input);
    if (!subset) throw new Error('HarfBuzz could not subset the font');
    const blob = h.hb_face_reference_blob(subset);
    try {
      const length = h.hb_blob_get_length(blob);
      if (length === 0) throw new Error('HarfBuzz made an empty font subset');
      const data = h.hb_blob_get_data(blob, 0);
      // Copied out: the module's memory may grow (and move) on the next call.
      return Buffer.from(new Uint8Array(h.memory.buffer, data, length));
    } finally {
      h.hb_blob_destroy(blob);
      h.hb_face_destroy(subset);
    }
  } finally {
    h.hb_subset_input_destroy(input);
  }
}
