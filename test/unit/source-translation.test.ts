/**
 * The English translation of the source document against its slide text: the committed
 * data/source/meti-2007.en.csv, and small in-memory CSVs that break one rule each. Positions
 * (line:column) are counted in the test CSVs by hand: a column is 1 + the characters before the
 * cell on its line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, formatProblem } from '../../src/pipeline/data-error.ts';
import { readSourceTranslation } from '../../src/pipeline/source-translation.ts';
import { splitPages } from '../../src/pipeline/source-document.ts';
import { ROOT } from '../fixtures/data-dir.ts';

const SOURCE_FILE = 'data/source/meti-2007.txt';
const CSV_FILE = 'data/source/meti-2007.en.csv';
const REAL_SOURCE = { file: SOURCE_FILE, text: readFileSync(join(ROOT, SOURCE_FILE), 'utf8') };
const REAL_CSV = readFileSync(join(ROOT, CSV_FILE), 'utf8');

/**
 * Two pages: page 1 has blocks 一月 / 二月⏎三月 / 四月, page 2 has 五月 / 六月. Each page ends with
 * its full-width page number alone on a line, as in the deck.
 */
// Slides are separated by three empty lines, as in the extraction.
const SMALL_SOURCE = { file: 'small.txt', text: '一月\n\n二月\n三月\n\n四月\n１\n\n\n\n五月\n\n六月\n２\n' };

const HEADER = 'page,blocks,ja_start,en,note_ja,note_en';
const GOOD = ['1,1,一月,January,,', '1,2,二月三月,February and March,,', '1,3,四月,April,,', '2,1-2,五月,May and June,,'];

const encode = (text: string) => new TextEncoder().encode(text);
const csv = (rows: string[], header = HEADER) => ({ file: 'small.en.csv', bytes: encode([header, ...rows, ''].join('\n')) });

/** The problems a read reports, formatted as the pipeline prints them. */
function problemsOf(read: () => unknown): string[] {
  try {
    read();
  } catch (error) {
    if (error instanceof DataError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

const small = (rows: string[], header?: string) => problemsOf(() => readSourceTranslation(SMALL_SOURCE, csv(rows, header)));

/**
 * The committed CSV with one record replaced by `row` (a single line). The record is found by the
 * start of its line and ends where the next record starts (or at the end of the file), since an
 * English cell may span lines.
 * Returns the problems and the line the new row is on.
 */
function withRecord(start: string, next: string | undefined, row: string): { problems: string[]; line: number } {
  const lines = REAL_CSV.split('\n');
  const from = lines.findIndex((l) => l.startsWith(start));
  // The last record ends before the empty string after the file's final newline.
  const to = next === undefined ? lines.length - 1 : lines.findIndex((l) => l.startsWith(next));
  if (from < 0 || to <= from) throw new Error(`no record starting ${start} before ${next ?? 'the end'} in ${CSV_FILE}`);
  const text = [...lines.slice(0, from), row, ...lines.slice(to)].join('\n');
  return { problems: problemsOf(() => readSourceTranslation(REAL_SOURCE, { file: CSV_FILE, bytes: encode(text) })), line: from + 1 };
}

describe('readSourceTranslation(…) on the committed translation', () => {
  // Read in each test, so a problem fails the tests rather than the collection of the file.
  const committed = () => readSourceTranslation(REAL_SOURCE, { file: CSV_FILE, bytes: readFileSync(join(ROOT, CSV_FILE)) });

  it('accepts data/source/meti-2007.en.csv and covers all 305 blocks of the six pages', () => {
    const text = committed();
    expect(text.pages.map((p) => p.page)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(text.pages.map((p) => p.blocks.length)).toEqual([86, 64, 23, 41, 30, 61]);
    let covered = 0;
    for (const page of text.pages) {
      const numbers = page.segments.flatMap((s) => Array.from({ length: s.to - s.from + 1 }, (_, i) => s.from + i));
      expect(numbers).toEqual(page.blocks.map((b) => b.n));
      covered += numbers.length;
    }
    expect(covered).toBe(305);
  });

  it('gives the blocks exactly as splitPages gives them', () => {
    expect(committed().pages.map((p) => p.blocks)).toEqual(splitPages(REAL_SOURCE.text).map((p) => p.blocks));
  });

  it('is UTF-8 without a BOM, with the header exactly as specified', () => {
    expect(REAL_CSV.charCodeAt(0)).not.toBe(0xfeff);
    expect(REAL_CSV.split('\n')[0]).toBe(HEADER);
  });

  it('gives every note in both languages or in neither', () => {
    for (const segment of committed().pages.flatMap((p) => p.segments)) {
      expect(segment.en.trim()).not.toBe('');
      expect(segment.note_ja === '').toBe(segment.note_en === '');
    }
  });
});

describe('readSourceTranslation(…) on a small source', () => {
  it('returns every block of each page and the segments in order', () => {
    const text = readSourceTranslation(SMALL_SOURCE, csv(GOOD));
    expect(text).toEqual({
      pages: [
        {
          page: 1,
          blocks: [
            { n: 1, text: '一月', start: 0 },
            { n: 2, text: '二月\n三月', start: 4 },
            { n: 3, text: '四月', start: 11 },
          ],
          segments: [
            { from: 1, to: 1, en: 'January', note_ja: '', note_en: '' },
            { from: 2, to: 2, en: 'February and March', note_ja: '', note_en: '' },
            { from: 3, to: 3, en: 'April', note_ja: '', note_en: '' },
          ],
        },
        {
          page: 2,
          blocks: [
            // Page 2 begins after the slide break that follows page 1's number.
            { n: 1, text: '五月', start: 0 },
            { n: 2, text: '六月', start: 4 },
          ],
          segments: [{ from: 1, to: 2, en: 'May and June', note_ja: '', note_en: '' }],
        },
      ],
    });
  });

  it('reports a header that is not page,blocks,ja_start,en,note_ja,note_en at the first wrong column', () => {
    expect(small(GOOD, 'page,block,ja_start,en,note_ja,note_en')).toEqual([
      'small.en.csv:1:6 header: expected the columns page,blocks,ja_start,en,note_ja,note_en in this order, found "page,block,ja_start,en,note_ja,note_en"',
    ]);
  });

  it('reports a missing last column of the header at the end of the header line', () => {
    const rows = GOOD.map((r) => r.slice(0, -1));
    expect(small(rows, 'page,blocks,ja_start,en,note_ja')).toEqual([
      'small.en.csv:1:32 header: expected the columns page,blocks,ja_start,en,note_ja,note_en in this order, found "page,blocks,ja_start,en,note_ja"',
    ]);
  });

  it('reports a page the source does not have, once, without a gap at the next row', () => {
    expect(small([...GOOD.slice(0, 3), '3,1,五月,May,,', GOOD[3]!])).toEqual([
      'small.en.csv:5:1 page: expected a page of the source (1, 2), found "3"',
    ]);
  });

  it.each(['2-x', '3-2', '4', '0', '2-4', ' 2'])('reports a block range that is not n or n-m within the page (%j)', (blocks) => {
    expect(small([GOOD[0]!, `1,${blocks},二月三月,February and March,,`, ...GOOD.slice(2)])).toEqual([
      `small.en.csv:3:3 blocks: expected a block n or a range n-m (n ≤ m) of page 1, which has blocks 1 to 3, found ${JSON.stringify(blocks)}`,
    ]);
  });

  it('reports a block range that skips a block', () => {
    expect(small([GOOD[0]!, GOOD[2]!, GOOD[3]!])).toEqual(['small.en.csv:3:3 blocks: expected block 2 of page 1 next, found "3"']);
  });

  it('reports a block range that overlaps the previous row, once', () => {
    expect(small(['1,1-2,一月,January to March,,', '1,2-3,二月三月,February to April,,', GOOD[3]!])).toEqual([
      'small.en.csv:3:3 blocks: expected block 3 of page 1 next, found "2-3"',
    ]);
  });

  it('reports a row that moves to the next page before the current one is covered', () => {
    expect(small([GOOD[0]!, GOOD[3]!])).toEqual(['small.en.csv:3:1 page: expected block 2 of page 1 next, found "page 2, blocks 1-2"']);
  });

  it('reports a row out of page order, once', () => {
    expect(small(['1,1-3,一月,January to April,,', '2,1,五月,May,,', '1,3,四月,April,,', '2,2,六月,June,,'])).toEqual([
      'small.en.csv:4:1 page: expected block 2 of page 2 next, found "page 1, blocks 3"',
    ]);
  });

  it('reports a page whose blocks are not all covered at the end of the file', () => {
    expect(small(['1,1-3,一月,January to April,,', '2,1,五月,May,,'])).toEqual([
      'small.en.csv:4:1 blocks: expected rows for block 2 of page 2 before the end of the file (page 2 has 2 blocks)',
    ]);
  });

  it('reports every page left uncovered at the end of the file, after a last row that spans two lines', () => {
    expect(small(['1,1-2,一月,"January\nto March",,'])).toEqual([
      'small.en.csv:4:1 blocks: expected rows for block 3 of page 1 before the end of the file (page 1 has 3 blocks)',
      'small.en.csv:4:1 blocks: expected rows for blocks 1–2 of page 2 before the end of the file (page 2 has 2 blocks)',
    ]);
  });

  it('reports a row after every block is covered', () => {
    expect(small([...GOOD, '2,2,六月,June,,'])).toEqual([
      'small.en.csv:6:1 page: expected no more rows: every block of every page is already translated, found "page 2, blocks 2"',
    ]);
  });

  it('accepts a ja_start of 2 to 10 characters read across the line breaks of the block', () => {
    expect(small([GOOD[0]!, '1,2,二月三,February and March,,', ...GOOD.slice(2)])).toEqual([]);
  });

  it.each(['三月', '二', '二月 三月', '２月'])('reports a ja_start that is not the start of the first block of the range (%j)', (start) => {
    expect(small([GOOD[0]!, `1,2,${start},February and March,,`, ...GOOD.slice(2)])).toEqual([
      `small.en.csv:3:5 ja_start: expected the first 2 to 10 characters of block 2 of page 1 with white space removed ("二月三月"), found ${JSON.stringify(start)}`,
    ]);
  });

  it('reports a ja_start longer than 10 characters', () => {
    const { problems, line } = withRecord('1,1,', '1,2,', '1,1,経済産業省における地域,Regional technology policy at METI,,');
    expect(problems).toEqual([
      `${CSV_FILE}:${line}:5 ja_start: expected the first 2 to 10 characters of block 1 of page 1 with white space removed ("経済産業省における地"), found "経済産業省における地域"`,
    ]);
  });

  it('takes the whole block as ja_start when the block is a single character', () => {
    const source = { file: 'one.txt', text: '等\n１\n' };
    const read = (start: string) => problemsOf(() => readSourceTranslation(source, csv([`1,1,${start},etc.,,`])));
    expect(read('等')).toEqual([]);
    expect(read('等々')).toEqual([
      'small.en.csv:2:5 ja_start: expected the whole of block 1 of page 1 with white space removed ("等"), found "等々"',
    ]);
  });

  it('reports an empty en', () => {
    expect(small(['1,1,一月,,,', ...GOOD.slice(1)])).toEqual([
      'small.en.csv:2:8 en: expected the English of page 1 block 1 (this column is required), found ""',
    ]);
  });

  it('reports a note given in one language only, at the empty one', () => {
    expect(small(['1,1,一月,January,注。,', ...GOOD.slice(1)])).toEqual([
      'small.en.csv:2:19 note_en: expected a note in both languages or in neither (note_ja is filled), found ""',
    ]);
    expect(small(['1,1,一月,January,,Note.', ...GOOD.slice(1)])).toEqual([
      'small.en.csv:2:16 note_ja: expected a note in both languages or in neither (note_en is filled), found ""',
    ]);
  });

  it('collects every problem of every row into one DataError', () => {
    const rows = ['1,1,二月,January,,', '1,3,四月,,,', '9,1,x,y,,'];
    let error: unknown;
    try {
      readSourceTranslation(SMALL_SOURCE, csv(rows));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    const expected = [
      'small.en.csv:2:5 ja_start: expected the first 2 to 10 characters of block 1 of page 1 with white space removed ("一月"), found "二月"',
      'small.en.csv:3:3 blocks: expected block 2 of page 1 next, found "3"',
      'small.en.csv:3:8 en: expected the English of page 1 block 3 (this column is required), found ""',
      'small.en.csv:4:1 page: expected a page of the source (1, 2), found "9"',
      'small.en.csv:5:1 blocks: expected rows for blocks 1–2 of page 2 before the end of the file (page 2 has 2 blocks)',
    ];
    expect((error as DataError).problems.map(formatProblem)).toEqual(expected);
    expect((error as DataError).message).toBe(expected.join('\n'));
  });

  it("passes on readCsv's own checks (a BOM)", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...csv(GOOD).bytes]);
    expect(problemsOf(() => readSourceTranslation(SMALL_SOURCE, { file: 'small.en.csv', bytes }))).toEqual([
      'small.en.csv:1:1 file: expected UTF-8 without a byte-order mark (BOM); save the file as plain UTF-8, found "BOM EF BB BF"',
    ]);
  });
});

describe('readSourceTranslation(…) and the number rule, on the real source', () => {
  // Page 1 blocks 46–47: 新規事業開始件数 / 約５万件. The en cell starts at column 18.
  const newBusinesses = (en: string) => withRecord('1,46-47,', '1,48-56,', `1,46-47,新規事業開始件数,"${en}",,`);

  it('accepts 50,000 and 50 thousand for 約５万件', () => {
    expect(newBusinesses('Number of new businesses started: about 50,000').problems).toEqual([]);
    expect(newBusinesses('Number of new businesses started: about 50 thousand').problems).toEqual([]);
  });

  it('refuses 50,001 for 約５万件, naming the number and the numbers the Japanese allows', () => {
    const { problems, line } = newBusinesses('Number of new businesses started: about 50,001');
    expect(problems).toEqual([
      `${CSV_FILE}:${line}:18 en: expected only numbers the Japanese of page 1 blocks 46–47 gives (5, 50,000), found "50,001"`,
    ]);
  });

  it('accepts 2007 for 平成１９年 and refuses 2008', () => {
    const date = (en: string) => withRecord('1,2,', '1,3,', `1,2,平成１９年,${en},,`);
    expect(date('25 October 2007').problems).toEqual([]);
    const { problems, line } = date('25 October 2008');
    expect(problems).toEqual([
      `${CSV_FILE}:${line}:11 en: expected only numbers the Japanese of page 1 block 2 gives (10, 19, 25, 2007), found "2008"`,
    ]);
  });

  it('accepts ¥1.96 billion for １９．６億円 and refuses ¥1.9 billion', () => {
    const budget = (en: string) => withRecord('5,3,', '5,4-5,', `5,3,（平成１９年度,${en},,`);
    expect(budget('(FY2007 budget: ¥1.96 billion)').problems).toEqual([]);
    const { problems, line } = budget('(FY2007 budget: ¥1.9 billion)');
    expect(problems).toEqual([
      `${CSV_FILE}:${line}:13 en: expected only numbers the Japanese of page 5 block 3 gives (19, 19.6, 2007, 1,960,000,000), found "1.9 billion"`,
    ]);
  });

  it('accepts ¥30 million for ３千万円 and refuses 1990 for ２年度目, the second year, which is not an era year', () => {
    const limits = (en: string) => withRecord('5,9-10,', '5,11-12,', `5,9-10,研究開発期間,"${en}",,`);
    expect(
      limits('R&D period: up to 2 years. R&D funding: up to ¥30 million in the first year, ¥20 million in the second').problems,
    ).toEqual([]);
    const { problems, line } = limits('R&D funding: ¥20 million in 1990');
    expect(problems).toEqual([
      `${CSV_FILE}:${line}:15 en: expected only numbers the Japanese of page 5 blocks 9–10 gives (2, 3, 20,000,000, 30,000,000), found "1990"`,
    ]);
  });

  it('reads the second year of an era range (平成１３年～１７年) and a fiscal year without its era (２０年度) as era years', () => {
    expect(
      withRecord(
        '1,45,',
        '1,46-47,',
        '1,45,【平成１３年,"[Results, 2001–2005] About 10,700 participating companies, about 290 universities",,',
      ).problems,
    ).toEqual([]);
    expect(
      withRecord(
        '6,60-61,',
        undefined,
        '6,60-61,地域イノベーショ,Regional Innovation Co-creation Programme (new request for FY2008: ¥9.2 billion),,',
      ).problems,
    ).toEqual([]);
  });

  it('reads circled digits as numbers: ① allows 1, not 2', () => {
    const part = (en: string) => withRecord('6,40,', '6,41,', `6,40,①イノベーション,${en},,`);
    expect(part('(1) Building the infrastructure for innovation').problems).toEqual([]);
    const { problems, line } = part('(2) Building the infrastructure for innovation');
    expect(problems).toEqual([`${CSV_FILE}:${line}:15 en: expected only numbers the Japanese of page 6 block 40 gives (1), found "2"`]);
  });

  it('holds note_ja and note_en to the same rule, quoting the number as written', () => {
    const { problems, line } = withRecord(
      '5,3,',
      '5,4-5,',
      '5,3,（平成１９年度,(FY2007 budget: ¥1.96 billion),平成２０年度の予算。,The FY2008 budget.',
    );
    const allowed = '(19, 19.6, 2007, 1,960,000,000)';
    expect(problems).toEqual([
      `${CSV_FILE}:${line}:55 note_en: expected only numbers the Japanese of page 5 block 3 gives ${allowed}, found "2008"`,
      `${CSV_FILE}:${line}:44 note_ja: expected only numbers the Japanese of page 5 block 3 gives ${allowed}, found "平成２０"`,
    ]);
  });
});
