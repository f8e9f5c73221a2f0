/**
 * Reads the site's English translation of the source document (data/source/meti-2007.en.csv) and
 * aligns it with the extracted slide text. Each row translates a run of consecutive blocks of one
 * page (src/pipeline/source-document.ts); the rows must cover every block once and in order, start where
 * they say they start, and write no number the Japanese of their blocks does not give, so that a
 * change of the text or of its splitting, or a slip in the English, is caught at the cell.
 */
import { SourceText } from '../schemas/source-text.ts';
import { splitPages, type SourcePage } from './source-document.ts';
import { DataError, type DataProblem } from './data-error.ts';
import { readCsv, type Cell, type CsvRecord } from './read-csv.ts';

export const TRANSLATION_COLUMNS = ['page', 'blocks', 'ja_start', 'en', 'note_ja', 'note_en'] as const;

/** `ja_start` is long enough to notice a shifted block and short enough to copy by hand. */
const JA_START_MIN = 2;
const JA_START_MAX = 10;

const BLOCKS = /^([1-9]\d*)(?:-([1-9]\d*))?$/;
const PAGE = /^[1-9]\d*$/;

export function readSourceTranslation(
  source: { file: string; text: string },
  translation: { file: string; bytes: Uint8Array },
): SourceText {
  const pages = splitPages(source.text);
  if (!pages.length) {
    throw new DataError([
      {
        file: source.file,
        line: 1,
        column: 1,
        field: 'file',
        expected: 'slide text whose pages each end with their page number alone on a line (１ to ６)',
        found: '',
      },
    ]);
  }
  const table = readCsv(translation.file, translation.bytes);
  const { file } = table;
  const problems: DataProblem[] = [];
  const at = (cell: Cell, field: string, expected: string, found: string | undefined = cell.text) =>
    problems.push({ file, line: cell.line, column: cell.column, field, expected, ...(found === undefined ? {} : { found }) });

  checkHeader(table.header, file, problems);
  // Without the right columns no row can be read for what it means.
  if (problems.length) throw new DataError(problems);

  const byNumber = new Map(pages.map((p) => [p.page, p]));
  const pageList = pages.map((p) => p.page).join(', ');
  const segments = new Map<number, SourceText['pages'][number]['segments']>(pages.map((p) => [p.page, []]));
  // Where the next row must start. After a row whose page or blocks cannot be read, the next
  // readable row is taken as it is, so one bad cell is not reported again as a gap.
  const cursor = new Coverage(pages);
  let lost = false;

  for (const record of table.records) {
    const cell = (name: (typeof TRANSLATION_COLUMNS)[number]) => record.cells.get(name)!;
    const pageCell = cell('page');
    const blocksCell = cell('blocks');
    const page = PAGE.test(pageCell.text) ? byNumber.get(Number(pageCell.text)) : undefined;
    if (!page) {
      at(pageCell, 'page', `a page of the source (${pageList})`);
      lost = true;
      continue;
    }
    const range = readRange(blocksCell.text, page);
    if (!range) {
      at(blocksCell, 'blocks', `a block n or a range n-m (n ≤ m) of page ${page.page}, which has blocks 1 to ${page.blocks.length}`);
      lost = true;
      continue;
    }

    const expected = cursor.next;
    if (!lost && expected && (expected.page !== page.page || expected.block !== range.from)) {
      const where = expected.page === page.page ? blocksCell : pageCell;
      const found = expected.page === page.page ? blocksCell.text : `page ${page.page}, blocks ${blocksCell.text}`;
      at(where, where === blocksCell ? 'blocks' : 'page', `block ${expected.block} of page ${expected.page} next`, found);
    } else if (!lost && !expected) {
      at(pageCell, 'page', 'no more rows: every block of every page is already translated', `page ${page.page}, blocks ${blocksCell.text}`);
    }
    cursor.moveAfter(page.page, range.to);
    lost = false;

    checkJaStart(cell('ja_start'), page, range.from, at);
    const rangeName = `page ${page.page} block${range.from === range.to ? ` ${range.from}` : `s ${range.from}–${range.to}`}`;
    const en = cell('en');
    if (en.text.trim() === '') at(en, 'en', `the English of ${rangeName} (this column is required)`);

    const japanese = page.blocks
      .slice(range.from - 1, range.to)
      .map((b) => b.text)
      .join('\n');
    const allowed = japaneseNumbers(japanese);
    // The English cells are read the English way (`1.96 billion`), note_ja the Japanese way
    // (`１９．６億`); a number passes if any of its readings is one the Japanese allows.
    for (const [name, read] of [
      ['en', englishNumbers],
      ['note_en', englishNumbers],
      ['note_ja', japaneseNumberReadings],
    ] as const) {
      for (const number of read(cell(name).text)) {
        if (number.values.some((v) => allowed.has(v))) continue;
        const list = allowed.size
          ? [...allowed]
              .sort((a, b) => a - b)
              .map(showNumber)
              .join(', ')
          : 'none';
        at(cell(name), name, `only numbers the Japanese of ${rangeName} gives (${list})`, number.text);
      }
    }

    const [noteJa, noteEn] = [cell('note_ja'), cell('note_en')];
    if ((noteJa.text === '') !== (noteEn.text === '')) {
      const [empty, name, other] = noteJa.text === '' ? [noteJa, 'note_ja', 'note_en'] : [noteEn, 'note_en', 'note_ja'];
      at(empty, name, `a note in both languages or in neither (${other} is filled)`);
    }

    segments.get(page.page)!.push({ from: range.from, to: range.to, en: en.text, note_ja: noteJa.text, note_en: noteEn.text });
  }

  const end = endOf(table.records, table.header);
  for (const missing of cursor.remaining()) {
    const blocks = missing.from === missing.to ? `block ${missing.from}` : `blocks ${missing.from}–${missing.to}`;
    problems.push({
      file,
      line: end,
      column: 1,
      field: 'blocks',
      expected: `rows for ${blocks} of page ${missing.page} before the end of the file (page ${missing.page} has ${missing.count} blocks)`,
    });
  }

  if (problems.length) throw new DataError(problems);
  // The schema is what the pages read; parsing holds the output to it, coverage included.
  return SourceText.parse({
    pages: pages.map((p) => ({
      page: p.page,
      blocks: p.blocks.map(({ n, text, start }) => ({ n, text, start })),
      segments: segments.get(p.page)!,
    })),
  });
}

function checkHeader(header: Cell[], file: string, problems: DataProblem[]) {
  const index = TRANSLATION_COLUMNS.findIndex((name, i) => header[i]?.text !== name);
  const wrong = index >= 0 ? index : header.length > TRANSLATION_COLUMNS.length ? TRANSLATION_COLUMNS.length : -1;
  if (wrong < 0) return;
  // A missing column is reported at the end of the line, where it would be typed (as readCsv
  // reports a row with too few cells).
  const last = header.at(-1)!;
  const where = header[wrong] ?? { line: last.line, column: last.column + [...last.text].length };
  problems.push({
    file,
    line: where.line,
    column: where.column,
    field: 'header',
    expected: `the columns ${TRANSLATION_COLUMNS.join(',')} in this order`,
    found: header.map((c) => c.text).join(','),
  });
}

function readRange(text: string, page: SourcePage): { from: number; to: number } | undefined {
  const m = BLOCKS.exec(text);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return from <= to && to <= page.blocks.length ? { from, to } : undefined;
}

/**
 * `ja_start` guards the alignment: if the splitting ever changes, the block a row points at no
 * longer starts with what the translator saw. White space is left out because the extraction's
 * line breaks and spaces are not something to copy by hand.
 */
function checkJaStart(cell: Cell, page: SourcePage, n: number, at: (cell: Cell, field: string, expected: string) => void) {
  const start = [...page.blocks[n - 1]!.text.replace(/\s+/gu, '')];
  // A block of one character (a lone 等 or ○) cannot give two: then it is the whole block.
  const min = Math.min(JA_START_MIN, start.length);
  const given = [...cell.text];
  if (given.length >= min && given.length <= JA_START_MAX && given.every((c, i) => c === start[i])) return;
  const sample = start.slice(0, JA_START_MAX).join('');
  const what = start.length < JA_START_MIN ? 'the whole' : `the first ${JA_START_MIN} to ${JA_START_MAX} characters`;
  at(cell, 'ja_start', `${what} of block ${n} of page ${page.page} with white space removed ("${sample}")`);
}

/** Walks the pages' blocks in order, as the rows should. */
class Coverage {
  private index = 0;
  private block = 1;
  private readonly pages: SourcePage[];
  constructor(pages: SourcePage[]) {
    this.pages = pages;
  }

  get next(): { page: number; block: number } | undefined {
    const page = this.pages[this.index];
    return page ? { page: page.page, block: this.block } : undefined;
  }

  /**
   * Goes on after a row that ends at `block` of `page`. Never backwards: after a row that repeats
   * blocks already covered (reported as it is read), the rows that follow it are still expected
   * where the coverage had got to, so one misplaced row is reported once.
   */
  moveAfter(page: number, block: number) {
    let index = this.pages.findIndex((p) => p.page === page);
    let next = block + 1;
    if (next > this.pages[index]!.blocks.length) {
      index++;
      next = 1;
    }
    if (index > this.index || (index === this.index && next > this.block)) {
      this.index = index;
      this.block = next;
    }
  }

  /** The blocks no row has reached, page by page. */
  remaining(): { page: number; from: number; to: number; count: number }[] {
    return this.pages
      .slice(this.index)
      .map((p, i) => ({ page: p.page, from: i === 0 ? this.block : 1, to: p.blocks.length, count: p.blocks.length }));
  }
}

/** The line after the last record, where rows that are missing would go. */
function endOf(records: CsvRecord[], header: Cell[]): number {
  const cells = records.length ? [...records.at(-1)!.cells.values()] : header;
  return Math.max(...cells.map((c) => c.line + (c.text.match(/\n/g)?.length ?? 0))) + 1;
}

// ---------------------------------------------------------------------------------------------
// The number rule: the English may write a number only if the Japanese of the same blocks gives
// it, in some reading a reader of the Japanese would make. Everything else numeric in a
// translation is an addition (or a slip), which is what this catches.

/** A number as written, with the values it may stand for. */
interface WrittenNumber {
  text: string;
  values: number[];
}

const ERA_OFFSET = 1988; // 平成 N年 = 1988 + N
const ERA_LAST_YEAR = 31;

const MULTIPLIER: Record<string, number> = { 千万: 1e7, 千: 1e3, 万: 1e4, 億: 1e8 };
const ENGLISH_MULTIPLIER: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/**
 * NFKC turns full-width digits and separators (`１０，７００`, `１９．６`) and circled digits (①)
 * into ASCII. Thousands separators are only those followed by three digits, so a list like
 * `0, 5, 10` stays three numbers.
 */
const DIGITS = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const JAPANESE_NUMBER = new RegExp(`(?<era>平成|(?<![A-Za-z])H)?(?<digits>${DIGITS})(?<mult>千万|千|万|億)?`, 'g');
const ENGLISH_NUMBER = new RegExp(String.raw`(?<digits>${DIGITS})(?:\s+(?<mult>thousand|million|billion)\b)?`, 'g');

/** Between the two years of an era range (`平成１３年～１７年`, `H9-H18`), the era carries over. */
const ERA_RANGE_JOIN = /^年?[~〜\-–－]$/;

/**
 * Every reading of every number of a Japanese text: the number as printed; times 10⁴, 10⁷, 10⁸ or
 * 10³ after 万, 千万, 億 or 千; and 1988 + N for an era year. An era year is one printed with
 * 平成 or H, the second year of an era range, or a fiscal year printed without its era
 * (`２０年度`: the deck dates everything in Heisei, as src/core/japanese-number.ts also reads it);
 * `２年度目` (the second year) is an ordinal, not a year.
 */
export function japaneseNumberReadings(text: string): WrittenNumber[] {
  const { normal, original } = normalize(text);
  const numbers: WrittenNumber[] = [];
  let previous: { end: number; era: boolean } | undefined;
  for (const m of normal.matchAll(JAPANESE_NUMBER)) {
    const g = m.groups!;
    const value = Number(g.digits!.replaceAll(',', ''));
    const values = [value];
    if (g.mult) values.push(value * MULTIPLIER[g.mult]!);
    const end = m.index + m[0].length;
    const after = normal.slice(end);
    const continuesRange = previous?.era === true && ERA_RANGE_JOIN.test(normal.slice(previous.end, m.index));
    const fiscalWithoutEra = after.startsWith('年度') && !after.startsWith('年度目');
    const isYear = !g.mult && Number.isInteger(value) && value >= 1 && value <= ERA_LAST_YEAR;
    const era = isYear && (g.era !== undefined || continuesRange || fiscalWithoutEra);
    if (era) values.push(ERA_OFFSET + value);
    numbers.push({ text: original(m.index, end), values: values.map(round) });
    previous = { end, era };
  }
  return numbers;
}

/** The set of values the Japanese of a range allows. */
export function japaneseNumbers(text: string): Set<number> {
  return new Set(japaneseNumberReadings(text).flatMap((n) => n.values));
}

/** Numbers of an English text; `1.96 billion` is 1,960,000,000 and nothing else. */
export function englishNumbers(text: string): WrittenNumber[] {
  const { normal, original } = normalize(text);
  return [...normal.matchAll(ENGLISH_NUMBER)].map((m) => {
    const value = Number(m.groups!.digits!.replaceAll(',', ''));
    const mult = m.groups!.mult;
    return { text: original(m.index, m.index + m[0].length), values: [round(mult ? value * ENGLISH_MULTIPLIER[mult]! : value)] };
  });
}

/**
 * NFKC character by character, remembering where each character came from, so a problem quotes
 * the number as the cell has it (`１９．６億`), not as it was read.
 */
function normalize(text: string): { normal: string; original: (from: number, to: number) => string } {
  let normal = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const n = char.normalize('NFKC');
    for (let i = 0; i < n.length; i++) origin.push(offset);
    normal += n;
    offset += char.length;
  }
  origin.push(offset);
  return { normal, original: (from, to) => text.slice(origin[from], origin[to]) };
}

/** Removes binary noise (19.6 × 1e8 → 1960000000, not 1960000000.0000002) so equal readings compare equal. */
function round(n: number): number {
  return Number(n.toPrecision(12));
}

/** Large numbers grouped (`50,000`, `1,960,000,000`); years and small numbers as they are (`2007`). */
function showNumber(n: number): string {
  return n >= 10_000 ? n.toLocaleString('en-GB', { maximumFractionDigits: 10 }) : String(n);
}
