/**
 * Reads the slides' titles (data/source/slides.csv): one row per page, the title exactly as the
 * slide prints it and the site's English. A title is checked against its page's text, white space
 * aside, so a title that is not on its page (or a page out of place) stops the build at its cell.
 */
import type { SourceText } from '../schemas/source-text.ts';
import { DataError, type DataProblem } from './data-error.ts';
import { readCsv } from './read-csv.ts';

export const SLIDE_COLUMNS = ['page', 'title_ja', 'title_en'] as const;

export interface SlideTitle {
  page: number;
  title_ja: string;
  title_en: string;
}

const squash = (s: string) => s.replace(/\s+/g, '');

export function readSlideTitles(input: { file: string; bytes: Uint8Array }, source: SourceText): SlideTitle[] {
  const table = readCsv(input.file, input.bytes);
  const { file } = table;
  const problems: DataProblem[] = [];
  const header = table.header.map((c) => c.text).join(',');
  if (header !== SLIDE_COLUMNS.join(','))
    throw new DataError([{ file, line: 1, column: 1, field: 'header', expected: `the columns ${SLIDE_COLUMNS.join(',')}`, found: header }]);
  const titles: SlideTitle[] = [];
  for (const record of table.records) {
    const cell = (name: (typeof SLIDE_COLUMNS)[number]) => record.cells.get(name)!;
    const expectedPage = titles.length + 1;
    const page = source.pages.find((p) => String(p.page) === cell('page').text);
    if (!page || page.page !== expectedPage) {
      problems.push({
        file,
        line: cell('page').line,
        column: cell('page').column,
        field: 'page',
        expected: `page ${expectedPage} (one row per page, in order)`,
        found: cell('page').text,
      });
      titles.push({ page: expectedPage, title_ja: '', title_en: '' });
      continue;
    }
    const pageText = squash(page.blocks.map((b) => b.text).join(''));
    if (!cell('title_ja').text || !pageText.includes(squash(cell('title_ja').text))) {
      problems.push({
        file,
        line: cell('title_ja').line,
        column: cell('title_ja').column,
        field: 'title_ja',
        expected: `the title exactly as printed on page ${page.page} of the source`,
        found: cell('title_ja').text,
      });
    }
    if (!cell('title_en').text.trim())
      problems.push({
        file,
        line: cell('title_en').line,
        column: cell('title_en').column,
        field: 'title_en',
        expected: 'the title in English',
        found: '',
      });
    titles.push({ page: page.page, title_ja: cell('title_ja').text, title_en: cell('title_en').text });
  }
  if (titles.length !== source.pages.length) {
    problems.push({
      file,
      line: (table.records.at(-1)?.line ?? 1) + 1,
      column: 1,
      field: 'page',
      expected: `a title for each of the ${source.pages.length} pages`,
      found: `${titles.length} rows`,
    });
  }
  if (problems.length) throw new DataError(problems);
  return titles;
}
