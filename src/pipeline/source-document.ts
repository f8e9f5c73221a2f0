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
  /** The slide's text, from the previous slide break to the next after its number, without the number line. */
  text: string;
  blocks: SourceBlock[];
}

/** Each slide's page number stands alone on a line (full-width １ to ６). */
const PAGE_NUMBER_LINE = /^[ \t]*([１-９])[ \t]*$/gm;

/**
 * Three empty lines (truly empty: a line holding a space is a break inside a slide): where the
 * extraction passes from one slide to the next. The page
 * number line is not always last: on some slides the title is printed after it (page 2's
 * 「産業クラスター政策（１）…」 follows its ２), so a page runs on past its number to the next break.
 */
const SLIDE_BREAK = /\n{4,}/g;

/** A line with nothing but white space (the extraction uses spaces and U+3000 as well as empty lines). */
const BLANK_LINE = /^[ \t\u3000]*$/;

/**
 * The pages, in order. Page 1 also holds the cover (title, date, author) printed before it, which
 * has no number of its own.
 */
export function splitPages(text: string): SourcePage[] {
  const pages: SourcePage[] = [];
  let from = 0;
  for (const m of text.matchAll(PAGE_NUMBER_LINE)) {
    if (m.index < from) continue;
    SLIDE_BREAK.lastIndex = m.index + m[0].length;
    const slideBreak = SLIDE_BREAK.exec(text);
    const to = slideBreak ? slideBreak.index : text.length;
    // The page's text without its number line, which is the slide's furniture, not its content.
    const pageText = text.slice(from, m.index) + text.slice(m.index + m[0].length, to);
    pages.push({ page: m[1]!.charCodeAt(0) - 0xff10, text: pageText, blocks: splitBlocks(pageText) });
    from = slideBreak ? slideBreak.index + slideBreak[0].length : text.length;
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
