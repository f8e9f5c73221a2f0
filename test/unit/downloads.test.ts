/**
 * src/downloads/dataset-downloads.ts: entries flattened to columns, CSV that opens safely in a spreadsheet
 * (CRLF, RFC 4180 quoting, OWASP formula-injection guard; plain UTF-8, and a copy with a BOM for
 * Excel) and the Table Schema of the Data Package. Expected cells are written from those rules,
 * not from program output.
 */
import { csvParse, csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import {
  columnsOf,
  downloadColumns,
  excelCopy,
  flatten,
  safeText,
  tableSchema,
  toCsv,
  type FlatRow,
} from '../../src/downloads/dataset-downloads.ts';
import { DATASETS, type DatasetDefinition } from '../../src/schemas/datasets.ts';

const BOM = '\uFEFF';

describe('flatten(entry)', () => {
  it('flatten({figure: {...}}) names nested fields parent_child', () => {
    const entry = {
      id: 'phase1-new-businesses',
      figure: { printed: '約５万件', value: 50000, unit: 'cases', approx: true, decimals: 0 },
    };
    expect(flatten(entry)).toEqual({
      id: 'phase1-new-businesses',
      figure_printed: '約５万件',
      figure_value: 50000,
      figure_unit: 'cases',
      figure_approx: true,
      figure_decimals: 0,
    });
  });

  it('flatten() joins every level with _ (period.start.year → period_start_year)', () => {
    const entry = { period: { printed: '平成１３年～１７年', start: { year: 2001 }, end: { year: 2005 }, fiscal: false } };
    expect(flatten(entry)).toEqual({
      period_printed: '平成１３年～１７年',
      period_start_year: 2001,
      period_end_year: 2005,
      period_fiscal: false,
    });
  });

  it('flatten() joins lists with spaces, as the source CSV writes them', () => {
    expect(flatten({ fields: ['manufacturing', 'bio', 'it'], cited_source: [] })).toEqual({
      fields: 'manufacturing bio it',
      cited_source: '',
    });
  });

  it('flatten() drops undefined and keeps null', () => {
    const row = flatten({ id: 'x', alias: undefined, figure: null, bound: undefined });
    expect(row).toEqual({ id: 'x', figure: null });
    expect('alias' in row).toBe(false);
    expect('figure' in row).toBe(true);
  });

  it('flatten() keeps keys in entry order', () => {
    expect(Object.keys(flatten({ b: 1, a: { y: 2, x: 3 }, c: 'c' }))).toEqual(['b', 'a_y', 'a_x', 'c']);
  });
});

describe('columnsOf(rows)', () => {
  it('columnsOf() keeps sparse columns, in order of first appearance', () => {
    const rows: FlatRow[] = [
      { id: 'a', value: 1 },
      { id: 'b', bound: 'max', value: 2 },
      { note: 'n', id: 'c' },
    ];
    expect(columnsOf(rows)).toEqual(['id', 'value', 'bound', 'note']);
  });

  it('columnsOf([]) is empty', () => {
    expect(columnsOf([])).toEqual([]);
  });
});

describe('safeText(text)', () => {
  it.each(['=SUM(A1:A2)', '+81 3', '-1', '-1+1', '-2+3+cmd|calc', '@cmd', '\tx', '\rx', ' =1+1'])(
    'safeText(%j) gets a leading apostrophe',
    (text) => {
      expect(safeText(text)).toBe(`'${text}`);
    },
  );

  it.each(['約２，１４０社', 'H9-H18', '1+1', 'a=b', "'quoted", ''])('safeText(%j) is left alone', (text) => {
    expect(safeText(text)).toBe(text);
  });
});

describe('toCsv(rows, columns)', () => {
  it('toCsv() starts with the header, no BOM, and ends every line, the last too, with CRLF', () => {
    const csv = toCsv([
      { a: 'x', b: 'y' },
      { a: 'z', b: 'w' },
    ]);
    expect(csv).toBe('a,b\r\nx,y\r\nz,w\r\n');
  });

  it('excelCopy() puts one BOM before the same text, however often it is applied', () => {
    const csv = toCsv([{ name: '北海道経済産業局' }]);
    expect(excelCopy(csv)).toBe(`${BOM}name\r\n北海道経済産業局\r\n`);
    expect(excelCopy(excelCopy(csv))).toBe(excelCopy(csv));
    expect(new TextEncoder().encode(excelCopy(csv)).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('toCsv() quotes cells with commas, quotes or line breaks and doubles the quotes', () => {
    const csv = toCsv([{ a: 'Hokkaido Bureau of Economy, Trade and Industry', b: 'a "second founding"', c: 'two\nlines' }]);
    expect(csv.split('\r\n')[1]).toBe('"Hokkaido Bureau of Economy, Trade and Industry","a ""second founding""","two\nlines"');
  });

  it.each([
    ['=1+1', `"'=1+1"`],
    ['+1', `"'+1"`],
    ['-1', `"'-1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    ['="a","b"', `"'=""a"",""b"""`],
  ])('toCsv() writes the text %j as %s (apostrophe, then quoted)', (text, cell) => {
    expect(toCsv([{ a: text }])).toBe(`a\r\n${cell}\r\n`);
  });

  it('toCsv() writes numbers and booleans unquoted, null and missing cells empty', () => {
    const csv = toCsv([{ n: -3, x: 1.96e9, t: true, f: false, z: null }, { n: 0.5 }], ['n', 'x', 't', 'f', 'z']);
    expect(csv).toBe('n,x,t,f,z\r\n-3,1960000000,true,false,\r\n0.5,,,,\r\n');
  });

  it('toCsv() takes the columns of all rows by default, sparse ones included', () => {
    expect(toCsv([{ a: 1 }, { b: 2 }])).toBe('a,b\r\n1,\r\n,2\r\n');
  });

  it('toCsv() output parses back (d3-dsv) to the same text, with the formula guard in front', () => {
    const rows: FlatRow[] = [
      { id: 'kanto', name: 'Kanto Bureau of Economy, Trade and Industry', printed: '約２，１４０社', value: 2140, approx: true },
      { id: 'quote', name: 'Firms that made a "second founding"', printed: '６．８％', value: 6.8, approx: false },
      { id: 'lines', name: 'one\r\ntwo\nthree', printed: '', value: null, approx: null },
      { id: 'formula', name: '=HYPERLINK("http://x")', printed: '-5', value: 0, approx: false },
      { id: 'at', name: '@x', printed: '+1', value: 1e8 },
    ];
    const parsed = csvParse(toCsv(rows));
    expect(parsed.columns).toEqual(['id', 'name', 'printed', 'value', 'approx']);
    const expected = [
      { id: 'kanto', name: 'Kanto Bureau of Economy, Trade and Industry', printed: '約２，１４０社', value: '2140', approx: 'true' },
      { id: 'quote', name: 'Firms that made a "second founding"', printed: '６．８％', value: '6.8', approx: 'false' },
      { id: 'lines', name: 'one\r\ntwo\nthree', printed: '', value: '', approx: '' },
      { id: 'formula', name: `'=HYPERLINK("http://x")`, printed: `'-5`, value: '0', approx: 'false' },
      { id: 'at', name: `'@x`, printed: `'+1`, value: '100000000', approx: '' },
    ];
    expect([...parsed]).toEqual(expected);
  });

  it('toCsv() of a Japanese row keeps every character (no re-encoding, no normalisation)', () => {
    const text = 'ＴＯＨＯＫＵものづくりコリドー、①イノベーション（１７．７億円）～';
    expect(csvParseRows(toCsv([{ text }]))).toEqual([['text'], [text]]);
  });
});

describe('tableSchema(dataset, rows)', () => {
  const dataset: DatasetDefinition = {
    ...DATASETS[0],
    id: 'synthetic',
    columns: {
      id: { ja: '識別子', en: 'Identifier' },
      count: { ja: '数', en: 'A count' },
      figure: { ja: '数値', en: 'The figure' },
      figure_label: { ja: 'ラベル', en: 'Label of the figure' },
    },
  };
  const rows: FlatRow[] = [
    {
      id: 'a',
      count: 1,
      share: 0.5,
      flag: true,
      mixed: 1,
      empty: null,
      figure_value: 2,
      figure_label: 'x',
      figure_period_start_year: 2001,
    },
    { id: 'b', count: 2, share: 1, flag: false, mixed: 'two', empty: null, figure_value: 2.5, figure_label: 'y' },
    { id: 'c', count: null, share: 0.25, flag: null, mixed: null },
  ];
  const schema = tableSchema(dataset, rows);
  const field = (name: string) => schema.fields.find((f) => f.name === name);

  it('tableSchema() has one field per column: documented columns first, in their documented order', () => {
    // id, count and figure are documented (figure_label on its own, after figure); the rest follow as they appear.
    expect(schema.fields.map((f) => f.name)).toEqual([
      'id',
      'count',
      'figure_value',
      'figure_period_start_year',
      'figure_label',
      'share',
      'flag',
      'mixed',
      'empty',
    ]);
  });

  it('downloadColumns() drops an object column that is null where other rows have its parts', () => {
    const withNullFigure: FlatRow[] = [
      { id: 'a', figure: null },
      { id: 'b', figure_value: 1 },
    ];
    expect(downloadColumns(dataset, withNullFigure)).toEqual(['id', 'figure_value']);
    // A null column with no parts elsewhere is data, and stays.
    expect(downloadColumns(dataset, [{ id: 'a', count: null }])).toEqual(['id', 'count']);
  });

  it.each([
    ['count', 'integer'], // whole numbers, with a gap
    ['share', 'number'], // 0.5 is not an integer
    ['flag', 'boolean'],
    ['mixed', 'string'], // a number and a text
    ['empty', 'string'], // nothing to go by
    ['id', 'string'],
    ['figure_value', 'number'],
    ['figure_period_start_year', 'integer'], // present in one row only
  ])('tableSchema() types %s as %s', (name, type) => {
    expect(field(name)?.type).toBe(type);
  });

  it("tableSchema() describes a column with the dataset's own words", () => {
    expect(field('id')?.description).toBe('Identifier');
    expect(field('count')?.description).toBe('A count');
  });

  it('tableSchema() describes a nested column with its top-level meaning, then the part', () => {
    expect(field('figure_value')?.description).toMatch(/^The figure: \S/);
    // A column that is itself described wins over its shorter prefix.
    expect(field('figure_label')?.description).toBe('Label of the figure');
  });

  it("tableSchema() keys on id, or on the first column when there is none (prefectures' code)", () => {
    expect(schema.primaryKey).toEqual(['id']);
    expect(tableSchema(dataset, [{ code: '01', name_ja: '北海道' }]).primaryKey).toEqual(['code']);
  });

  it('tableSchema() of cluster-projects keeps fields_printed apart from fields', () => {
    const projects = DATASETS.find((d) => d.id === 'cluster-projects')!;
    const s = tableSchema(projects, [
      { id: 'x', fields: 'it bio', fields_printed: '情報・バイオ分野', companies_printed: '約８８０社', companies_value: 880 },
    ]);
    const byName = Object.fromEntries(s.fields.map((f) => [f.name, f]));
    expect(byName.fields_printed?.description).toBe(projects.columns.fields_printed.en);
    expect(byName.fields?.description).toBe(projects.columns.fields.en);
    expect(byName.companies_printed?.description.startsWith(`${projects.columns.companies.en}: `)).toBe(true);
    expect(byName.companies_value?.type).toBe('integer');
  });
});
