/**
 * The datasets against the source document, independently of the pipeline: the CSVs are read with
 * d3-dsv and the slide text with this file's own regular expressions.
 *
 * (a) Everything the data says was printed occurs verbatim in the slide text.
 * (b) Every number printed in the slide text is held by some dataset, or is listed below as not a
 *     figure, with the reason.
 * (c) The arithmetic the slides imply, computed from the slide text alone.
 */
import { csvParse } from 'd3-dsv';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURE_TABLE_IDS } from '../../src/schemas/datasets.ts';
import { DATA_DIR, isDatasetFile } from '../fixtures/data-dir.ts';
import { digits, page2ProjectFigures, SOURCE_TEXT, sourcePages, sumOf } from '../fixtures/source-text.ts';

type Row = Record<string, string>;

const csv = (file: string): Row[] => csvParse(readFileSync(join(DATA_DIR, file), 'utf8')) as unknown as Row[];

/** Removes all white space, including the ideographic space and the line breaks of the extraction. */
const squash = (s: string) => s.replace(/\s+/g, '');

const SOURCE_SQUASHED = squash(SOURCE_TEXT);

const FIGURE_TABLES = FIGURE_TABLE_IDS.map((id) => `${id}.csv`);

/** Kinds of sources.csv rows that are the deck or are named in it (the rest are outside facts). */
const SOURCE_KINDS_IN_DECK = ['document', 'survey', 'dataset'];

/**
 * Every cell the data presents as printed in the source, with where it comes from. Columns:
 * figures (companies, universities, printed), periods and dates, employee bands, printed names
 * and fields; the names of budget items and chart series; titles, publishers and the citation of
 * the deck itself.
 */
function printedCells(): { where: string; text: string; figureLike: boolean }[] {
  const cells: { where: string; text: string; figureLike: boolean }[] = [];
  const take = (file: string, rows: Row[], columns: string[], figureColumns: string[]) => {
    rows.forEach((row, index) => {
      for (const column of columns) {
        const text = row[column];
        if (text === undefined) throw new Error(`${file} has no column ${column}`);
        if (text !== '') cells.push({ where: `${file}:${index + 2} ${column}`, text, figureLike: figureColumns.includes(column) });
      }
    });
  };
  take(
    'cluster-projects.csv',
    csv('cluster-projects.csv'),
    ['name_ja', 'fields_printed', 'companies', 'universities'],
    ['companies', 'universities'],
  );
  take('project-networks.csv', csv('project-networks.csv'), ['name_ja'], []);
  take('bureaus.csv', csv('bureaus.csv'), ['name_ja', 'network_ja'], []);
  for (const file of FIGURE_TABLES) {
    const rows = csv(file);
    const columns = ['printed', ...['period', 'employees'].filter((c) => c in rows[0]!)];
    if (file === 'cocreation-budget.csv' || file === 'collaboration-by-firm-size.csv') columns.push('label_ja');
    take(file, rows, columns, ['printed', 'period', 'employees']);
  }
  const sources = csv('sources.csv');
  take('sources.csv', sources, ['date'], ['date']);
  take(
    'sources.csv',
    sources.filter((s) => SOURCE_KINDS_IN_DECK.includes(s.kind!)),
    ['title_ja', 'publisher_ja'],
    [],
  );
  take(
    'sources.csv',
    sources.filter((s) => s.kind === 'document'),
    ['citation_ja'],
    [],
  );
  return cells;
}

// ---------------------------------------------------------------------------------------------
// Number tokens: a number with what is printed around it (約, an era, a multiplier, a unit, 以内 …).

const D = '[0-9０-９]';
const NUMBER_TOKEN = new RegExp(
  `(?:約)?(?:平成|H)?${D}+(?:[,，]${D}{3})*(?:[.．]${D}+)?(?:[／/]${D}+)?(?:千万|千|万|億)?` +
    `(?:円|社|大学|件|名|[%％]|割|倍|年度|年|月|日|期|回|プロジェクト)?(?:以内|以上|時点)?`,
  'g',
);

/** Tokens in full-width/half-width as printed; both spellings occur (約10,700社 on page 1, 約１０，７００社 on page 3). */
const tokensOf = (text: string): string[] => text.match(NUMBER_TOKEN) ?? [];

/**
 * Numbers in the slide text that are not figures, each with why. `count` is how many times the
 * pattern occurs (counted by hand), so an entry cannot quietly swallow more than it should.
 * Circled numbers (①②③) are not matched by NUMBER_TOKEN at all: they are item markers.
 */
const NOT_FIGURES: { pattern: RegExp; count: number; reason: string }[] = [
  { pattern: /^[ \t]*[１-６][ \t]*$/gm, count: 6, reason: 'page numbers, one per slide' },
  {
    pattern: /^(?:0|5|10|15|20|25|30|35|40|45|50)$/gm,
    count: 11,
    reason: 'axis ticks 0–50 of the page 1 bar chart (innovative new products, %)',
  },
  { pattern: /^0 20 40 60 80$/gm, count: 1, reason: 'axis ticks of the page 1 firm-size chart (%)' },
  { pattern: /第２回/g, count: 1, reason: 'meeting number in the title block (kept in sources.csv citation_ja)' },
  { pattern: /資料４－４/g, count: 1, reason: 'document number in the title block (kept in sources.csv citation_ja)' },
  { pattern: /^[１２]．/gm, count: 2, reason: 'section numbers of page 1 (１．革新的な新製品の創出, ２．企業規模別…)' },
  { pattern: /産業クラスター政策（[１２]）/g, count: 4, reason: 'slide titles of pages 2 and 3, each printed twice' },
  {
    pattern: /現行１７プロジェクト/g,
    count: 2,
    reason: 'slide title of page 2, printed twice; checked against the 17 rows of cluster-projects.csv below',
  },
  { pattern: /５期連続/g, count: 1, reason: 'method note of page 3 (five consecutive periods of data), kept in the note of sales-trend' },
  { pattern: /COSMOS２/g, count: 1, reason: 'name of the Teikoku Databank database (sources.csv title_ja)' },
  {
    pattern: /モノ作り中小\s*企業３００社/g,
    count: 2,
    reason: 'the name 「モノ作り中小企業３００社」 of a list of firms, not a count of cluster firms',
  },
  { pattern: /３年以上/g, count: 1, reason: 'counting rule of the page 4 footnote (three years after a project ended), kept in the notes' },
  { pattern: /２年度目/g, count: 1, reason: 'label “second year” of the page 5 funding limit; its figure is ２千万円以内' },
  { pattern: /[1-3]\)/g, count: 5, reason: 'list markers 1)～3) of page 5' },
  { pattern: /^[１-４]：/gm, count: 4, reason: 'step numbers of the page 6 diagram' },
];

describe('(a) every printed figure, date and name in the data occurs verbatim in the source', () => {
  const cells = printedCells();

  it('reads a meaningful number of printed cells (the check cannot pass by reading nothing)', () => {
    // 17 projects × 4, 8 networks, 9 bureaus + 1 network name, and the figure tables.
    expect(cells.length).toBeGreaterThan(150);
  });

  it('finds each of them in the slide text once white space is removed from both', () => {
    const missing = cells.filter((c) => !SOURCE_SQUASHED.includes(squash(c.text))).map((c) => `${c.where}: ${c.text}`);
    expect(missing).toEqual([]);
  });
});

describe('(b) every number printed in the source is held by a dataset or explained', () => {
  const heldTokens = new Set(
    printedCells()
      .filter((c) => c.figureLike)
      .flatMap((c) => tokensOf(c.text)),
  );

  it.each(NOT_FIGURES.map((e) => [e.reason, e] as const))('the allow-list entry “%s” matches exactly as often as counted', (_, entry) => {
    expect(SOURCE_TEXT.match(entry.pattern)?.length ?? 0).toBe(entry.count);
  });

  it('the token pattern reads the forms the slides use', () => {
    expect(tokensOf('参加企業約10,700社、約290大学')).toEqual(['約10,700社', '約290大学']);
    expect(tokensOf('（平成１９年度予算：１９．６億円）')).toEqual(['平成１９年度', '１９．６億円']);
    expect(tokensOf('初年度目３千万円以内')).toEqual(['３千万円以内']);
    expect(tokensOf('約１／２が実用化')).toEqual(['約１／２']);
    expect(tokensOf('（H9-H18）')).toEqual(['H9', 'H18']);
    expect(tokensOf('の約４割42%')).toEqual(['約４割', '42%']);
  });

  it('accounts for every number token of the slide text', () => {
    let rest = SOURCE_TEXT;
    for (const { pattern } of NOT_FIGURES) rest = rest.replace(pattern, ' ');
    const unaccounted = [...new Set(tokensOf(rest))].filter((t) => !heldTokens.has(t));
    expect(unaccounted).toEqual([]);
  });
});

describe('the data agrees with the layout of page 2', () => {
  const page2 = squash(sourcePages()[1]!);
  const projects = csv('cluster-projects.csv');
  const bureaus = csv('bureaus.csv');

  it('the source has six pages, split at their page numbers', () => {
    expect(sourcePages()).toHaveLength(6);
  });

  it('has as many projects as the title says (現行１７プロジェクト)', () => {
    const title = /現行([０-９]+)プロジェクト/.exec(SOURCE_TEXT);
    expect(projects).toHaveLength(digits(title![1]!));
  });

  it.each(projects.map((p) => [p.id!, p] as const))('%s has the fields, companies and universities printed after its name', (_, p) => {
    const name = squash(p.name_ja!);
    const at = page2.indexOf(name);
    expect(at, `${p.name_ja} on page 2`).toBeGreaterThanOrEqual(0);
    expect(page2.indexOf(name, at + 1), `${p.name_ja} printed once`).toBe(-1);
    // The block of a project runs from its name to its university count.
    const block = /^(.*?)(約[０-９，]+社)([０-９]+大学)/.exec(page2.slice(at + name.length));
    expect(block, `figures after ${p.name_ja}`).not.toBeNull();
    expect(block![1]).toContain(squash(p.fields_printed!));
    expect(block![2]).toBe(p.companies);
    expect(block![3]).toBe(p.universities);
  });

  it.each(projects.map((p) => [p.id!, p] as const))('%s is listed under its bureau', (_, p) => {
    const at = page2.indexOf(squash(p.name_ja!));
    const before = bureaus
      .map((b) => ({ id: b.id, last: page2.lastIndexOf(squash(b.name_ja!), at) }))
      .filter((b) => b.last >= 0)
      .sort((a, b) => b.last - a.last);
    expect(before[0]?.id).toBe(p.bureau);
  });
});

describe('(c) the arithmetic the slides imply, from the slide text alone', () => {
  const pages = sourcePages();

  it('page 2: the 17 per-project company counts add up to 10,750 against a printed total of 10,700', () => {
    const { companies, national } = page2ProjectFigures();
    expect(companies).toHaveLength(17);
    expect(sumOf(companies)).toBe(10_750);
    expect(national.companies).toBe(10_700);
    // Within what the 約 figures allow: 15 rounded to the ten (±5), 約４００ and 約１００ to the hundred (±50).
    expect(companies.filter((c) => c % 100 === 0)).toEqual([400, 100]);
    expect(Math.abs(sumOf(companies) - national.companies)).toBeLessThanOrEqual(15 * 5 + 2 * 50);
  });

  it('page 2: the per-project university counts add up to 419, more than the ~290 universities nationwide', () => {
    const { universities, national } = page2ProjectFigures();
    expect(universities).toHaveLength(17);
    expect(sumOf(universities)).toBe(419);
    expect(national.universities).toBe(290);
  });

  it('pages 1, 2 and 3 print the same network size (about 10,700 companies and 290 universities)', () => {
    expect(pages[0]).toContain('約10,700社、約290大学');
    expect(squash(pages[2]!)).toContain('約１０，７００社参加大学：約２９０大学');
  });

  it('page 6: the budget parts add up to their totals (12.2 + 5.5 = 17.7; 54.3 + 20.0 = 74.3; 17.7 + 74.3 = 92 億円)', () => {
    const oku = [...pages[5]!.matchAll(/([０-９．]+)億円/g)].map((m) => digits(m[1]!));
    // In reading order: ①17.7 (12.2, 5.5), ②74.3 (54.3, 20.0), then the programme total 92 twice.
    expect(oku).toEqual([17.7, 12.2, 5.5, 74.3, 54.3, 20.0, 92, 92]);
    const [infra, community, system, rd, bureau, nedo, total] = oku as [number, number, number, number, number, number, number];
    expect(community + system).toBeCloseTo(infra, 9);
    expect(bureau + nedo).toBeCloseTo(rd, 9);
    expect(infra + rd).toBeCloseTo(total, 9);
  });

  it('page 5: 173 proposals for 58 adoptions is the printed ratio ３．０倍 to one decimal', () => {
    const proposals = digits(/提案数\s*：\s*([０-９]+)件/.exec(pages[4]!)![1]!);
    const adopted = digits(/採択数\s*：\s*([０-９]+)件/.exec(pages[4]!)![1]!);
    const ratio = digits(/倍率\s*：\s*([０-９．]+)倍/.exec(pages[4]!)![1]!);
    expect([proposals, adopted, ratio]).toEqual([173, 58, 3.0]);
    expect((proposals / adopted).toFixed(1)).toBe('3.0');
  });

  it('page 4: about 6,500 proposals for about 1,000 projects is the printed competition ratio of about 6.5', () => {
    const proposals = digits(/公募件数\s*約([0-9,]+)件/.exec(pages[3]!)![1]!);
    const projects = digits(/実施プロジェクト\s*約([0-9,]+)件/.exec(pages[3]!)![1]!);
    const ratio = digits(/競争率\s*約([0-9.]+)倍/.exec(pages[3]!)![1]!);
    expect(proposals / projects).toBe(ratio);
  });

  it('page 3: the pie slices 42% and 58% make 100%, and 42% is the 約４割 of the text', () => {
    const slices = [...pages[2]!.matchAll(/(\d+)%/g)].map((m) => Number(m[1]));
    expect(slices).toEqual([42, 58]);
    expect(sumOf(slices)).toBe(100);
    expect(Math.round(slices[0]! / 10)).toBe(digits(/約([０-９])割/.exec(pages[2]!)![1]!));
  });

  it('page 1: the gap 約１０％ is the difference of the bars, 45.1 − 35.4 = 9.7', () => {
    const [solo, collab] = [...pages[0]!.matchAll(/^(\d+\.\d)$/gm)].map((m) => Number(m[1]));
    expect([solo, collab]).toEqual([35.4, 45.1]);
    expect(Math.round(collab! - solo!)).toBe(digits(/約([０-９]+)％/.exec(pages[0]!)![1]!));
  });

  it('page 1: the firm-size chart reads as collaborating shares rising with size, each band under 100% in all', () => {
    // The eight values printed after the gap annotation: four collaborating, then four not collaborating,
    // for the bands 21～50, 51～100, 101～300, 301～ printed after them.
    const chart = pages[0]!.slice(pages[0]!.indexOf('約１０％'), pages[0]!.indexOf('0 20 40 60 80'));
    const values = [...chart.matchAll(/^(\d+\.\d)$/gm)].map((m) => Number(m[1]));
    expect(values).toHaveLength(8);
    const [collaborating, notCollaborating] = [values.slice(0, 4), values.slice(4)];
    expect([...collaborating].sort((a, b) => a - b)).toEqual(collaborating);
    collaborating.forEach((c, i) => {
      expect(c + notCollaborating[i]!).toBeLessThanOrEqual(100);
    });

    const rows = csv('collaboration-by-firm-size.csv');
    const bands = ['21～50', '51～100', '101～300', '301～'];
    const inData = (series: string) => bands.map((b) => Number(rows.find((r) => r.employees === b && r.series === series)!.printed));
    expect(inData('collaborating')).toEqual(collaborating);
    expect(inData('not-collaborating')).toEqual(notCollaborating);
  });
});

describe('every dataset CSV is covered by the fidelity checks', () => {
  it('reads every CSV in data/ that holds something printed in the source', () => {
    const checked = new Set(printedCells().map((c) => c.where.split(':')[0]));
    const all = readdirSync(DATA_DIR).filter(isDatasetFile);
    // prefectures.csv is an outside fact (JIS codes), not from the deck.
    expect(all.filter((f) => !checked.has(f))).toEqual(['prefectures.csv']);
  });
});
