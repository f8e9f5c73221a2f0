/**
 * The source document as the site shows it: the extracted text of the six slides, split into
 * pages and, within a page, into blocks (runs of non-blank lines). Blocks are what the English
 * translation is aligned to and what a figure's anchor points into. Pure: text in, structure out.
 */

export interface SourceBlock {
  /** 1-based within its page. */
  n: number;
  /** The block's lines exactly as extracted (trailing spaces kept), joined with \n. */
  text: string;
  /** Offset of `text` in the page's text, so a figure found in the page can be placed in its block. */
  start: number;
}

export interface SourcePage {
  /** 1–6, the number printed at the foot of the slide. */
  page: number;
  /** Everything between the previous page-number line and this one. */
  text: string;
  blocks: SourceBlock[];
}

/** Each slide ends with its page number alone on a line (full-width １ to ６). */
const PAGE_NUMBER_LINE = /^[ \t]*([１-９])[ \t]*$/gm;

/** A line with nothing but white space (the extraction uses spaces and U+3000 as well as empty lines). */
const BLANK_LINE = /^[ \t\u3000]*$/;

export function splitPages(text: string): SourcePage[] {
  const pages: SourcePage[] = [];
  let from = 0;
  for (const m of text.matchAll(PAGE_NUMBER_LINE)) {
    const pageText = text.slice(from, m.index);
    pages.push({ page: m[1]!.charCodeAt(0) - 0xff10, text: pageText, blocks: splitBlocks(pageText) });
    from = m.index + m[0].length;
  }
  return pages;
}

export function splitBlocks(pageText: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let offset = 0;
  let current: { lines: string[]; start: number } | null = null;
  for (const line of pageText.split('\n')) {
    if (BLANK_LINE.test(line)) {
      if (current) blocks.push({ n: blocks.length + 1, text: current.lines.join('\n'), start: current.start });
      current = null;
    } else if (current) current.lines.push(line);
    else current = { lines: [line], start: offset };
    offset += line.length + 1;
  }
  if (current) blocks.push({ n: blocks.length + 1, text: current.lines.join('\n'), start: current.start });
  return blocks;
}
