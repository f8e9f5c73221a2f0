/**
 * Reads a dataset CSV (RFC 4180) keeping the line and column of every cell, so that every
 * later error can point at the cell. Refuses what would silently corrupt figures: a BOM,
 * bytes that are not UTF-8 (a Shift_JIS export), ragged rows and formula-like cells.
 */
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

/** Cells a spreadsheet would run as a formula. `-` is left to the column types (negative counts). */
const FORMULA_START = /^[=+@\t\r]/;

export function decodeUtf8(file: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new DataError([
      {
        file,
        line: 1,
        column: 1,
        field: 'file',
        expected: 'UTF-8 without a byte-order mark (BOM); save the file as plain UTF-8',
        found: 'BOM EF BB BF',
      },
    ]);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const lines = before.split('\n');
    throw new DataError([
      {
        file,
        line: lines.length,
        column: [...lines.at(-1)!].length + 1,
        field: 'file',
        expected: 'UTF-8 text (this looks like Shift_JIS or another legacy encoding; re-save the file as UTF-8)',
        found: `byte 0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')}`,
      },
    ]);
  }
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

/** Splits CSV text into rows of located cells. */
export function tokenize(file: string, text: string): Cell[][] {
  const rows: Cell[][] = [];
  const chars = [...text];
  let row: Cell[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  const problems: DataProblem[] = [];
  while (i <= chars.length) {
    const start = { line, column };
    let value = '';
    if (chars[i] === '"') {
      i++;
      column++;
      for (;;) {
        if (i >= chars.length) {
          problems.push({ file, ...start, field: 'file', expected: 'a closing quote for the quoted cell that starts here' });
          return rows;
        }
        const c = chars[i]!;
        if (c === '"' && chars[i + 1] === '"') {
          value += '"';
          i += 2;
          column += 2;
        } else if (c === '"') {
          i++;
          column++;
          break;
        } else {
          value += c;
          i++;
          if (c === '\n') {
            line++;
            column = 1;
          } else column++;
        }
      }
      if (i < chars.length && chars[i] !== ',' && chars[i] !== '\n' && chars[i] !== '\r') {
        problems.push({ file, line, column, field: 'file', expected: 'a comma or line end after a closing quote', found: chars[i]! });
        break;
      }
    } else {
      while (i < chars.length && chars[i] !== ',' && chars[i] !== '\n' && !(chars[i] === '\r' && chars[i + 1] === '\n')) {
        value += chars[i];
        i++;
        column++;
      }
    }
    row.push({ text: value, ...start });
    const c = chars[i];
    if (c === ',') {
      i++;
      column++;
      continue;
    }
    if (c === '\r') i++;
    i++;
    // A blank line (one empty cell) is not a record: trailing newlines are common.
    if (!(row.length === 1 && row[0]!.text === '')) rows.push(row);
    row = [];
    line++;
    column = 1;
  }
  if (problems.length) throw new DataError(problems);
  return rows;
}

export function readCsv(file: string, bytes: Uint8Array): CsvTable {
  const rows = tokenize(file, decodeUtf8(file, bytes));
  const [header, ...body] = rows;
  if (!header) throw new DataError([{ file, line: 1, column: 1, field: 'file', expected: 'a header row naming the columns', found: '' }]);
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
      const at = row[Math.min(row.length, header.length) - 1]!;
      problems.push({
        file,
        line,
        column: row.length > header.length ? row[header.length]!.column : at.column + [...at.text].length,
        field: row.length > header.length ? 'row' : header[row.length]!.text,
        expected: `${header.length} cells as in the header`,
        found: `${row.length} cells`,
      });
      continue;
    }
    const cells = new Map<string, Cell>();
    row.forEach((cell, index) => {
      const name = header[index]!.text;
      if (FORMULA_START.test(cell.text)) {
        problems.push({
          file,
          line: cell.line,
          column: cell.column,
          field: name,
          expected: 'text that does not start with =, +, @ or a tab (a spreadsheet would run it as a formula)',
          found: cell.text,
        });
      }
      cells.set(name, cell);
    });
    records.push({ line, cells });
  }
  if (problems.length) throw new DataError(problems);
  return { file, header, records };
}
