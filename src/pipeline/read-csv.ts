/**
 * Reads a dataset CSV (RFC 4180) keeping the line and column of every cell, so that every
 * later error can point at the cell. Refuses, with one located line each, what would silently
 * corrupt or lose figures: a file too large to be a dataset, a BOM, UTF-16, bytes that are not
 * UTF-8 (a Shift_JIS export), a file cut inside a character, lone-CR or mixed line ends, a quote
 * never closed, ragged rows, a header with no rows, oversized cells, hidden characters and
 * formula-like cells. Every problem found is raised: the reader never returns part of a file.
 * Cells are normalised to NFC, and a cell of only spaces is empty.
 */
import { hiddenCharacter, isFormulaLike, isSignedFigure } from '../core/cell-text.ts';
import { DataError, type DataProblem } from './data-error.ts';

export interface Cell {
  text: string;
  line: number;
  /** 1-based, in characters (code points), as editors count them. */
  column: number;
}

export interface CsvRecord {
  line: number;
  cells: Map<string, Cell>;
}

export interface CsvTable {
  file: string;
  header: Cell[];
  records: CsvRecord[];
}

/** Larger than any dataset needs (the largest is a few kB, a hundredfold synthetic set under 1 MB): refused before decoding. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Longer than any cell needs (the longest, a translated paragraph, is a few hundred characters). */
export const MAX_CELL_CHARS = 4000;

const problem = (file: string, line: number, column: number, expected: string, found?: string): DataProblem => ({
  file,
  line,
  column,
  field: 'file',
  expected,
  ...(found === undefined ? {} : { found }),
});

/** Line and column (code points) of a UTF-16 offset in `text`. */
function locate(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: [...before.slice(lineStart)].length + 1 };
}

export function decodeUtf8(file: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new DataError([
      problem(
        file,
        1,
        1,
        `a file of at most ${MAX_FILE_BYTES} bytes (a dataset is far smaller; is this the right file?)`,
        `${bytes.length} bytes`,
      ),
    ]);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new DataError([problem(file, 1, 1, 'UTF-8 without a byte-order mark (BOM); save the file as plain UTF-8', 'BOM EF BB BF')]);
  }
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
      ? `byte-order mark ${bytes[0] === 0xff ? 'FF FE' : 'FE FF'}`
      : bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0)
        ? 'NUL bytes between the characters'
        : undefined;
  if (utf16) throw new DataError([problem(file, 1, 1, 'UTF-8 text (this file is UTF-16; re-save it as UTF-8)', utf16)]);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = locate(new TextDecoder('utf-8').decode(bytes.subarray(0, bad)), Number.MAX_SAFE_INTEGER);
    const byte = `byte 0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')}`;
    // A lead byte with too few continuation bytes left: the file stops inside a character.
    if (endsInsideCharacter(bytes, bad)) {
      throw new DataError([
        problem(
          file,
          line,
          column,
          'a complete last character (the file ends in the middle of one: it looks cut short; restore the whole file)',
          byte,
        ),
      ]);
    }
    throw new DataError([
      problem(file, line, column, 'UTF-8 text (this looks like Shift_JIS or another legacy encoding; re-save the file as UTF-8)', byte),
    ]);
  }
}

/** Whether the bytes from `at` on are the start of one multi-byte UTF-8 character, cut short. */
function endsInsideCharacter(bytes: Uint8Array, at: number): boolean {
  const lead = bytes[at]!;
  const length = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 && lead < 0xe0 ? 2 : 0;
  const rest = bytes.subarray(at + 1);
  return length > 0 && rest.length < length - 1 && rest.every((b) => b >= 0x80 && b <= 0xbf);
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix; a cut inside a multi-byte character is tolerated by trying up to 3 more bytes.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (validPrefix(decoder, bytes, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function validPrefix(decoder: TextDecoder, bytes: Uint8Array, end: number): boolean {
  for (let extra = 0; extra <= 3 && end + extra <= bytes.length; extra++) {
    try {
      decoder.decode(bytes.subarray(0, end + extra));
      return true;
    } catch {
      /* try a longer cut */
    }
  }
  return false;
}

/**
 * Splits CSV text into rows of located cells. Line ends are LF or CRLF, one kind per file (a line
 * break inside a quoted cell may be either, as spreadsheets write them). Walks the text by index,
 * never copying it into an array of characters, so memory stays near the file's own size.
 */
export function tokenize(file: string, text: string): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  let lineEnd: { kind: 'LF' | 'CRLF'; line: number } | undefined;
  const fail = (at: { line: number; column: number }, expected: string, found?: string): never => {
    throw new DataError([problem(file, at.line, at.column, expected, found)]);
  };
  const tooLong = (start: { line: number; column: number }) =>
    fail(
      start,
      `a cell of at most ${MAX_CELL_CHARS} characters (is a closing quote or a line end missing?)`,
      `more than ${MAX_CELL_CHARS} characters`,
    );
  /** The code point at i and its length in UTF-16 units. */
  const at = (k: number) => {
    const code = text.codePointAt(k)!;
    return { c: String.fromCodePoint(code), size: code > 0xffff ? 2 : 1 };
  };
  while (i <= text.length) {
    const start = { line, column };
    let value = '';
    let chars = 0;
    if (text[i] === '"') {
      i++;
      column++;
      for (;;) {
        if (i >= text.length) fail(start, 'a closing quote for the quoted cell that starts here', 'the end of the file');
        const { c, size } = at(i);
        if (c === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
          column += 2;
        } else if (c === '"') {
          i++;
          column++;
          break;
        } else if (c === '\r' && text[i + 1] === '\n') {
          value += '\n';
          i += 2;
          line++;
          column = 1;
        } else {
          value += c;
          i += size;
          if (c === '\n') {
            line++;
            column = 1;
          } else column++;
        }
        if (++chars > MAX_CELL_CHARS) tooLong(start);
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\n' && !(text[i] === '\r' && text[i + 1] === '\n')) {
        // A quoted cell that ran over lines before this stray quote most likely never closed where it opened.
        if (line > start.line) {
          fail(
            start,
            `a closing quote for the quoted cell that starts here (it runs on to line ${line}, where a quote is followed by text)`,
            at(i).c,
          );
        }
        fail({ line, column }, 'a comma or line end after a closing quote', at(i).c);
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\n' && !(text[i] === '\r' && text[i + 1] === '\n')) {
        const { c, size } = at(i);
        if (c === '\r') {
          fail(
            { line, column },
            'line ends of LF or CRLF (this file ends lines with a lone CR, as old Mac editors did; re-save it with LF line ends)',
            'CR',
          );
        }
        value += c;
        i += size;
        column++;
        if (++chars > MAX_CELL_CHARS) tooLong(start);
      }
    }
    row.push({ text: value, ...start });
    if (text[i] === ',') {
      i++;
      column++;
      continue;
    }
    if (i < text.length) {
      const kind = text[i] === '\r' ? 'CRLF' : 'LF';
      if (lineEnd && lineEnd.kind !== kind) {
        fail(
          { line, column },
          `one kind of line end throughout (line ${lineEnd.line} ends with ${lineEnd.kind}; re-save the file with LF line ends)`,
          kind,
        );
      }
      lineEnd ??= { kind, line };
      if (kind === 'CRLF') i++;
    }
    i++;
    // A blank line (one empty cell) is not a record: trailing newlines are common.
    if (!(row.length === 1 && row[0]!.text === '')) rows.push(row);
    row = [];
    line++;
    column = 1;
  }
  return rows;
}

export function readCsv(file: string, bytes: Uint8Array): CsvTable {
  const rows = tokenize(file, decodeUtf8(file, bytes));
  const [header, ...body] = rows;
  if (!header) throw new DataError([problem(file, 1, 1, 'a header row naming the columns', '')]);
  if (!body.length) {
    const last = header.at(-1)!;
    throw new DataError([
      problem(file, 2, 1, 'rows of data below the header (the file has only its header: was it cut short?)', `nothing after ${last.text}`),
    ]);
  }
  const problems: DataProblem[] = [];
  const seen = new Set<string>();
  for (const cell of header) {
    if (seen.has(cell.text))
      problems.push({ file, line: cell.line, column: cell.column, field: 'header', expected: 'each column name once', found: cell.text });
    seen.add(cell.text);
  }
  const records: CsvRecord[] = [];
  for (const row of body) {
    const line = row[0]!.line;
    if (row.length !== header.length) {
      const last = row[Math.min(row.length, header.length) - 1]!;
      problems.push({
        file,
        line,
        column: row.length > header.length ? row[header.length]!.column : last.column + [...last.text].length,
        field: row.length > header.length ? 'row' : header[row.length]!.text,
        expected: `${header.length} cells as in the header`,
        found: `${row.length} cells`,
      });
      continue;
    }
    const cells = new Map<string, Cell>();
    row.forEach((cell, index) => {
      const name = header[index]!.text;
      const cellProblem = (expected: string, found: string) =>
        problems.push({ file, line: cell.line, column: cell.column, field: name, expected, found });
      if (isFormulaLike(cell.text) && !isSignedFigure(cell.text)) {
        cellProblem('text that does not start with =, +, -, @ or a tab (a spreadsheet would run it as a formula)', cell.text);
      } else {
        const hidden = hiddenCharacter(cell.text);
        if (hidden)
          cellProblem(
            'text without control or bidirectional-override characters (they hide or reorder what a reader sees; delete it)',
            hidden,
          );
      }
      // NFC: the same kana and kanji always have the same code points (a decomposed が is two).
      const normal = cell.text.normalize('NFC');
      cells.set(name, { ...cell, text: normal.trim() === '' ? '' : normal });
    });
    records.push({ line, cells });
  }
  if (problems.length) throw new DataError(problems);
  return { file, header, records };
}
