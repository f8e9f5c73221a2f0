/**
 * How wide text is in the card font, read from the font file itself (the advance width of each
 * glyph in its `hmtx` table, found through `cmap`), and how many lines it takes when wrapped the
 * way satori wraps it. The layout uses this to choose a font size before drawing, so a long
 * title is made smaller instead of being cut or running off the card. Pure: bytes in, numbers out.
 */

/** Advance width of a character in em (1 = the font size). */
export type Advances = (codePoint: number) => number;

interface Table {
  offset: number;
  length: number;
}

function tables(font: Buffer): Map<string, Table> {
  const count = font.readUInt16BE(4);
  const map = new Map<string, Table>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    map.set(font.toString('latin1', at, at + 4), { offset: font.readUInt32BE(at + 8), length: font.readUInt32BE(at + 12) });
  }
  return map;
}

function table(all: Map<string, Table>, tag: string): Table {
  const t = all.get(tag);
  if (!t) throw new Error(`the card font has no ${tag} table`);
  return t;
}

/** Code point → glyph id, from the Unicode subtable of `cmap` (format 12, else format 4). */
function glyphMap(font: Buffer, cmap: Table): (cp: number) => number {
  const count = font.readUInt16BE(cmap.offset + 2);
  const subtables: { platform: number; encoding: number; at: number }[] = [];
  for (let i = 0; i < count; i++) {
    const rec = cmap.offset + 4 + i * 8;
    subtables.push({ platform: font.readUInt16BE(rec), encoding: font.readUInt16BE(rec + 2), at: cmap.offset + font.readUInt32BE(rec + 4) });
  }
  const full = subtables.find((s) => font.readUInt16BE(s.at) === 12 && (s.platform === 0 || (s.platform === 3 && s.encoding === 10)));
  if (full) {
    const groups = font.readUInt32BE(full.at + 12);
    const starts: number[] = [];
    const ends: number[] = [];
    const glyphs: number[] = [];
    for (let i = 0; i < groups; i++) {
      const g = full.at + 16 + i * 12;
      starts.push(font.readUInt32BE(g));
      ends.push(font.readUInt32BE(g + 4));
      glyphs.push(font.readUInt32BE(g + 8));
    }
    return (cp) => {
      // Groups are sorted by start: binary search.
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (cp < starts[mid]!) hi = mid - 1;
        else if (cp > ends[mid]!) lo = mid + 1;
        else return glyphs[mid]! + cp - starts[mid]!;
      }
      return 0;
    };
  }
  const bmp = subtables.find((s) => font.readUInt16BE(s.at) === 4 && (s.platform === 0 || (s.platform === 3 && s.encoding === 1)));
  if (!bmp) throw new Error('the card font has no Unicode cmap subtable');
  const segments = font.readUInt16BE(bmp.at + 6) / 2;
  const endAt = bmp.at + 14;
  const startAt = endAt + segments * 2 + 2;
  const deltaAt = startAt + segments * 2;
  const rangeAt = deltaAt + segments * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (cp > font.readUInt16BE(endAt + i * 2)) continue;
      const start = font.readUInt16BE(startAt + i * 2);
      if (cp < start) return 0;
      const delta = font.readInt16BE(deltaAt + i * 2);
      const range = font.readUInt16BE(rangeAt + i * 2);
      if (range === 0) return (cp + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeAt + i * 2 + range + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** Reads a TrueType font's advance widths. Cached per call site by the caller: parsing is cheap but not free. */
export function advancesOf(font: Buffer): Advances {
  const all = tables(font);
  const unitsPerEm = font.readUInt16BE(table(all, 'head').offset + 18);
  const metrics = font.readUInt16BE(table(all, 'hhea').offset + 34);
  const hmtx = table(all, 'hmtx').offset;
  const glyphOf = glyphMap(font, table(all, 'cmap'));
  const cache = new Map<number, number>();
  return (cp) => {
    let em = cache.get(cp);
    if (em === undefined) {
      const glyph = glyphOf(cp);
      // Glyphs past numberOfHMetrics share the last advance (monospaced tail of the table).
      em = font.readUInt16BE(hmtx + Math.min(glyph, metrics - 1) * 4) / unitsPerEm;
      cache.set(cp, em);
    }
    return em;
  };
}

/** Width of a run of text in em, summing advances (kerning is ignored: it only ever narrows by a hair). */
export function widthEm(text: string, advances: Advances): number {
  let em = 0;
  for (const ch of text) em += advances(ch.codePointAt(0)!);
  return em;
}

/**
 * Characters that may not begin a line (closing brackets and Japanese punctuation, small kana,
 * the prolonged sound mark), and that may not end one (opening brackets): 禁則 as in UAX #14,
 * which satori's line breaker follows.
 */
const NO_START = /[、。，．,.:;!?！？：；）」』】〕〉》］｝)\]}ーゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・…‥%％]/u;
const NO_END = /[（「『【〔〈《［｛(\[{“‘]/u;
/** Scripts broken between any two characters (Japanese); Latin breaks only at spaces. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\u2460-\u24ff\u2160-\u217f]/u;

/** Pieces between which a line may break, each with the space after it (not counted at a line end). */
export function breakUnits(text: string): { text: string; space: string }[] {
  const units: { text: string; space: string }[] = [];
  let current = '';
  const push = (space = '') => {
    if (current || space) units.push({ text: current, space });
    current = '';
  };
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    if (ch === ' ') {
      push(' ');
      continue;
    }
    current += ch;
    // A break after this character is allowed when either side is CJK, the next may start a
    // line and this one may end it.
    if (next !== undefined && next !== ' ' && (CJK.test(ch) || CJK.test(next)) && !NO_START.test(next) && !NO_END.test(ch)) push();
  }
  push();
  return units.filter((u) => u.text !== '' || u.space !== '');
}

/** How text wraps in a box `width` px wide at `size` px, greedily like a browser: the number of
 *  lines, and how full the last one is (0–1), so a lone word or character can be avoided. */
export function wrap(text: string, width: number, size: number, advances: Advances): { lines: number; lastFill: number } {
  const max = width / size;
  let lines = 1;
  let used = 0;
  for (const unit of breakUnits(text)) {
    const w = widthEm(unit.text, advances);
    const space = widthEm(unit.space, advances);
    if (used > 0 && used + w > max) {
      lines++;
      used = 0;
    }
    if (w > max) {
      // A word wider than the line (a long URL) breaks anywhere, as satori's overflow-wrap does.
      lines += Math.ceil(w / max) - 1;
      used = w % max;
    } else {
      used += w;
    }
    used += space;
  }
  return { lines, lastFill: Math.min(1, used / max) };
}

/** Lines the text takes in a box `width` px wide at `size` px. */
export const countLines = (text: string, width: number, size: number, advances: Advances): number => wrap(text, width, size, advances).lines;
