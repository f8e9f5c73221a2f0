/** The CSV reader's normalisation and the one formula rule the pipeline and the downloads share. */
import { describe, expect, it } from 'vitest';
import { hiddenCharacter, isFormulaLike, isSignedFigure } from '../../src/core/cell-text.ts';
import { readCsv } from '../../src/pipeline/read-csv.ts';

const read = (text: string) => readCsv('data/t.csv', new TextEncoder().encode(text));
const cell = (text: string, column = 'b') => read(text).records[0]!.cells.get(column)!.text;

describe('readCsv', () => {
  it('normalises decomposed Japanese to NFC (が as one code point, not か + ゛)', () => {
    const decomposed = 'か\u3099き';
    expect(decomposed).toHaveLength(3);
    expect(cell(`a,b\n1,${decomposed}\n`)).toBe('がき');
  });

  it('reads a cell of only spaces (ASCII or ideographic) as empty, and keeps other cells as typed', () => {
    expect(cell('a,b\n1,  \u3000 \n')).toBe('');
    expect(cell('a,b\n1, x \n')).toBe(' x ');
  });

  it('reads a CRLF inside a quoted cell as a line feed, in a file of CRLF line ends', () => {
    expect(cell('a,b\r\n1,"one\r\ntwo"\r\n')).toBe('one\ntwo');
  });

  it('keeps characters outside the Basic Multilingual Plane whole and counts them as one column', () => {
    const table = read('a,b,c\n𠮷,x,y\n');
    expect(table.records[0]!.cells.get('a')!.text).toBe('𠮷');
    expect(table.records[0]!.cells.get('b')!.column).toBe(3);
  });
});

describe('the formula rule (src/core/cell-text.ts), shared by the input check and the downloads', () => {
  it.each(['=1+1', '+81 22', '-1+1', '-2+3+cmd|calc', '@SUM(A1)', '\t=1', ' =1+1', '\u3000=1', '-A1'])('finds %j formula-like', (text) => {
    expect(isFormulaLike(text)).toBe(true);
  });
  it.each(['北海道', 'Sapporo', '1-2', 'a=b', ''])('finds %j not formula-like', (text) => {
    expect(isFormulaLike(text)).toBe(false);
  });
  it.each(['-880社', '－１２．５％', '-1'])('finds %j a signed figure, which the pipeline leaves to the number columns', (text) => {
    expect(isFormulaLike(text) || text.startsWith('－')).toBe(true);
    expect(isSignedFigure(text)).toBe(true);
  });
  it.each(['-1+1', '-A1', '-2+3+cmd|calc', '-1)'])('finds %j no signed figure', (text) => {
    expect(isSignedFigure(text)).toBe(false);
  });
});

describe('hidden characters', () => {
  it.each([
    ['a\u0000b', 'U+0000'],
    ['a\u0007b', 'U+0007'],
    ['a\tb', 'U+0009'],
    ['a\u202eb', 'U+202E'],
    ['a\u2066b', 'U+2066'],
    ['a\u0085b', 'U+0085'],
  ])('finds %j and names it %s', (text, name) => {
    expect(hiddenCharacter(text)).toBe(name);
  });
  it('lets line feeds and ordinary Japanese through', () => {
    expect(hiddenCharacter('一行目\n二行目（注）')).toBeUndefined();
  });
});
