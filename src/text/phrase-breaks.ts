/**
 * Japanese headings in the browser break where the images' titles break: between phrases (文節).
 * Browsers break Japanese between any two characters (「全 / 体像」), and CSS
 * `word-break: auto-phrase` is Chromium's alone, so the phrase boundaries are written into the
 * HTML at build time, found by the same rules as every line drawn at build time (wrap-text.ts
 * `breakUnits`: UAX #14 and BudouX): each phrase an inline block (<span class="phrase">), a <wbr>
 * between phrases, and `word-break: keep-all` (global.css) for what is left. keep-all alone is not
 * enough: Chromium still breaks after 」：・% inside a phrase. Spans and <wbr> add no text: what is
 * searched, copied and audited is unchanged.
 */
import { breakUnits } from './wrap-text.ts';

/** Kana, kanji and the full-width forms: text between which only a <wbr> lets a heading break. */
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Letters and digits: what a line needs more than one of (marks and punctuation do not count). */
const letters = (s: string): number => s.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/**
 * The phrases of a text, in order; joined they give the text back. A break is allowed only
 * between two of them. Latin text is one piece per UAX #14 unit (it breaks at its spaces anyway).
 * A phrase of one letter joins its neighbour (BudouX gives 「全体 / 像」), so no line can hold
 * a single character.
 */
export function phrases(text: string): string[] {
  const units = breakUnits(text);
  const joined: string[] = [];
  for (const unit of units) {
    const last = joined.length - 1;
    if (last >= 0 && (letters(unit) <= 1 || letters(joined[last]!) <= 1) && !/\s$/u.test(joined[last]!)) joined[last] += unit;
    else joined.push(unit);
  }
  return joined;
}

/** Offsets inside `text` (UTF-16) where a <wbr> lets a line break: phrase ends next to Japanese, not at a space. */
export function phraseBreakOffsets(text: string): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const unit of phrases(text)) {
    at += unit.length;
    if (at >= text.length) break;
    const before = text[at - 1]!;
    const after = text[at]!;
    if (/\s/u.test(before) || /\s/u.test(after)) continue;
    if (JAPANESE.test(before) || JAPANESE.test(after)) offsets.push(at);
  }
  return offsets;
}

/** The elements whose text gets phrase breaks: headings, and anything marked `data-phrases`. */
const TARGET = /<(h[1-6])\b[^>]*>[\s\S]*?<\/\1\s*>|<([a-z][a-z0-9]*)\b[^>]*\sdata-phrases\b[^>]*>[\s\S]*?<\/\2\s*>/giu;
/** Elements inside a heading whose text is left as it is (code, drawings, scripts). */
const OPAQUE = /<(code|kbd|samp|pre|svg|math|script|style|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>/giu;
const TAG = /<[^>]*>/gu;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** One character of escaped HTML text, decoded, and how many raw characters it takes. */
function decodeAt(raw: string, i: number): [string, number] {
  if (raw[i] === '&') {
    const entity = /^&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/iu.exec(raw.slice(i, i + 12));
    if (entity) {
      const name = entity[1]!;
      const code =
        name.startsWith('#x') || name.startsWith('#X')
          ? Number.parseInt(name.slice(2), 16)
          : name.startsWith('#')
            ? Number(name.slice(1))
            : undefined;
      const char = code !== undefined ? String.fromCodePoint(code) : NAMED[name.toLowerCase()];
      if (char !== undefined) return [char, entity[0].length];
    }
  }
  const point = raw.codePointAt(i)!;
  const char = String.fromCodePoint(point);
  return [char, char.length];
}

/** Characters a line may not begin with, or end with (禁則), for the breaks inside a long phrase. */
const NO_START = /[)\]}）〕］｝〉》」』】、。，．,.・：；:;！？!?ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ%％〜～]/u;
const NO_END = /[([{（〔［｛〈《「『【]/u;

/**
 * A phrase's text (escaped HTML without tags) with a <wbr> between its words, for a phrase wider
 * than the line: it breaks there rather than anywhere. Inside its inline block these breaks are
 * used only when the phrase does not fit on a line.
 */
function wordBreaks(phrase: string): string {
  if (phrase.includes('&')) return phrase;
  const katakana = /[\p{Script=Katakana}ー]/u;
  const words = [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(phrase)];
  const candidates = words
    .slice(1)
    .filter((w, k) => {
      const at = w.index;
      if (NO_START.test(phrase[at]!) || NO_END.test(phrase[at - 1]!) || /\s/u.test(phrase[at]! + phrase[at - 1]!)) return false;
      // ICU also cuts loanwords (クラス / ター): between katakana, only two words of three letters or more.
      return !(katakana.test(phrase[at - 1]!) && katakana.test(phrase[at]!)) || (letters(words[k]!.segment) > 2 && letters(w.segment) > 2);
    })
    .map((w) => w.index);
  // No piece of one letter on either side (全体 / 像).
  const kept: number[] = [];
  for (const at of candidates) {
    const from = kept.at(-1) ?? 0;
    if (letters(phrase.slice(from, at)) > 1 && letters(phrase.slice(at)) > 1) kept.push(at);
  }
  return [0, ...kept].map((from, i) => phrase.slice(from, kept[i] ?? phrase.length)).join('<wbr>');
}

/**
 * One phrase of a heading as HTML: an inline block (global.css `.phrase`), so the browser keeps
 * it on one line whatever its punctuation allows, unless it is wider than a line. Spaces stay
 * outside (they are breaks of their own); a phrase that spans a tag is left as it is.
 */
function wrapPhrase(piece: string): string {
  if (piece.includes('<') || !JAPANESE.test(piece)) return piece;
  return piece
    .split(/(\s+)/u)
    .map((part) => (part && !/\s/u.test(part) && JAPANESE.test(part) ? `<span class="phrase">${wordBreaks(part)}</span>` : part))
    .join('');
}

/**
 * One run of a heading's inner HTML (no opaque element inside) with each phrase in an inline
 * block and a <wbr> between phrases. The phrases are found on the run's text as a whole, across
 * inline tags.
 */
function breakRun(html: string): string {
  // The text, and for each of its UTF-16 offsets the raw offset it starts at.
  let text = '';
  const rawAt: number[] = [];
  let i = 0;
  while (i < html.length) {
    if (html[i] === '<') {
      const end = html.indexOf('>', i);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const [char, width] = decodeAt(html, i);
    for (let k = 0; k < char.length; k++) rawAt.push(i);
    text += char;
    i += width;
  }
  const offsets = phraseBreakOffsets(text);
  const pieces: string[] = [];
  let from = 0;
  for (const offset of offsets) {
    // A phrase that begins with an element (a link, a mark) breaks before its opening tag.
    let at = rawAt[offset]!;
    while (at > from && html[at - 1] === '>') {
      const open = html.lastIndexOf('<', at - 1);
      if (open < from || html[open + 1] === '/') break;
      at = open;
    }
    pieces.push(html.slice(from, at));
    from = at;
  }
  pieces.push(html.slice(from));
  return pieces.map(wrapPhrase).join('<wbr>');
}

/** The inner HTML of a heading with phrase breaks, opaque elements left as they are. */
function breakInner(inner: string): string {
  let out = '';
  let from = 0;
  for (const m of inner.matchAll(OPAQUE)) {
    out += breakRun(inner.slice(from, m.index)) + m[0];
    from = m.index + m[0].length;
  }
  return out + breakRun(inner.slice(from));
}

/**
 * A page's HTML with the phrases of every heading (h1–h6) and every element marked
 * `data-phrases` kept whole, so that Japanese titles break only between phrases. Text is unchanged.
 */
export function phraseBreakHtml(html: string): string {
  return html.replace(TARGET, (element) => {
    const open = element.indexOf('>') + 1;
    const close = element.lastIndexOf('</');
    const inner = element.slice(open, close);
    const broken = breakInner(inner);
    if (broken === inner) return element;
    return namedAsWritten(element.slice(0, open), inner) + broken + element.slice(close);
  });
}

/**
 * A heading's opening tag, named by its text as written. Browsers put a space between inline
 * blocks when they compute an accessible name (「共有と ダウンロード」), so a heading whose phrases
 * are inline blocks says its own name; other elements marked `data-phrases` are not named (ARIA
 * forbids a name on a generic element).
 */
function namedAsWritten(openTag: string, inner: string): string {
  if (!/^<h[1-6]\b/iu.test(openTag) || /\saria-label(ledby)?=/iu.test(openTag)) return openTag;
  const shown = inner.replace(/<([a-z][a-z0-9]*)\b[^>]*\saria-hidden="true"[^>]*>[\s\S]*?<\/\1\s*>/giu, '');
  const text = htmlText(shown).replace(/\s+/gu, ' ').trim().replaceAll('"', '&quot;');
  return `${openTag.slice(0, -1)} aria-label="${text}">`;
}

/** The tags of a piece of HTML taken out, for comparing text before and after. */
export const htmlText = (html: string): string => html.replace(TAG, '');
