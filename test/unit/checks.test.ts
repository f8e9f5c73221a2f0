/**
 * Cross-dataset rules, run through the pipeline's pure entry point on the real data/*.csv.
 * Each case breaks one rule by changing one cell (or dropping one row) of the committed data and
 * says where the problem must be reported. Lines are counted in the CSV files by hand; the
 * ranges in messages follow the rounding rule of src/derived/rounding.ts (約 = rounded at
 * the last non-zero digit, exact = rounded at the last printed digit), worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { buildCollections } from '../../src/pipeline/build-collections.ts';
import { DataError, type DataProblem } from '../../src/pipeline/data-error.ts';
import { deleteLines, editLines, readDataTexts, toInputs, withFile, type LineEdit } from '../fixtures/data-dir.ts';
import { page2ProjectFigures, sumOf } from '../fixtures/source-text.ts';

const DATA = readDataTexts();

function problemsOf(texts: Map<string, string>): DataProblem[] {
  try {
    buildCollections(toInputs(texts));
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  return [];
}

const edited = (file: string, ...edits: LineEdit[]) => withFile(DATA, file, (text) => editLines(text, edits));

describe('buildCollections on the committed data', () => {
  it('accepts every dataset and returns one collection per CSV', () => {
    const collections = buildCollections(toInputs(DATA));
    expect([...collections.keys()].sort()).toEqual([...DATA.keys()].map((f) => f.replace(/\.csv$/, '')).sort());
  });

  it('keeps all 17 projects of page 2 and all 47 prefectures', () => {
    const collections = buildCollections(toInputs(DATA));
    expect(collections.get('cluster-projects')).toHaveLength(17);
    expect(collections.get('prefectures')).toHaveLength(47);
  });

  it('does not fail on the university disagreement the slide itself contains (per-project sum > national total)', () => {
    // From the source text, not from the data: page 2 lists 17 projects whose university counts
    // add up to 419, while the national total printed below them is 約２９０大学. Universities
    // join several projects, so this is expected and must not stop the build.
    const page2 = page2ProjectFigures();
    expect(page2.universities).toHaveLength(17);
    expect(sumOf(page2.universities)).toBe(419);
    expect(page2.national.universities).toBe(290);
    expect(problemsOf(DATA)).toEqual([]);
  });

  it('stores no computed figure with the datasets: projects and bureaus gain only their order north to south', () => {
    // Shares, sums and ranks are computed once in src/derived/ and shown as computed; a dataset
    // download holds what the source printed (a share of 419 participations over 290 universities
    // was once stored here, and added up to 144.5%).
    const collections = buildCollections(toInputs(DATA));
    for (const id of ['cluster-projects', 'bureaus']) {
      const entries = collections.get(id) as { derived: Record<string, unknown> }[];
      for (const e of entries) expect(Object.keys(e.derived)).toEqual(['order']);
      expect(entries.map((e) => e.derived.order).sort((a, b) => Number(a) - Number(b))).toEqual(entries.map((_, i) => i + 1));
    }
  });
});

describe('cross-dataset checks report the cell that breaks a rule', () => {
  it('wants the 17 projects of page 2: with a row dropped it points at the last project row', () => {
    // Line 18 is okinawa-industry-promotion, the last project; line 17 becomes the last row.
    const problems = problemsOf(withFile(DATA, 'cluster-projects.csv', (t) => deleteLines(t, 18)));
    expect(problems).toContainEqual({
      file: 'data/cluster-projects.csv',
      line: 17,
      column: 1,
      field: 'id',
      expected: '17 projects, as listed on page 2',
      found: '16 projects',
    });
  });

  it('refuses a project under a bureau that bureaus.csv does not have', () => {
    const problems = problemsOf(edited('cluster-projects.csv', { line: 17, find: ',kyushu,', replace: ',kyusyu,' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/cluster-projects.csv', line: 17, field: 'bureau', found: 'kyusyu' });
    expect(problems[0]!.expected).toContain('a bureau id from bureaus.csv');
  });

  it('refuses a network under a project that cluster-projects.csv does not have', () => {
    const problems = problemsOf(
      edited('project-networks.csv', {
        line: 9,
        find: 'kanto-keihin,kanto-regional-revitalization,',
        replace: 'kanto-keihin,kanto-regional,',
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/project-networks.csv', line: 9, field: 'project', found: 'kanto-regional' });
  });

  it('refuses a prefecture covered by two bureaus, at the second bureau that claims it', () => {
    // Niigata (15) belongs to Kanto (line 4); adding it to Tohoku (line 3) makes Kanto the second claim.
    const problems = problemsOf(edited('bureaus.csv', { line: 3, find: '02 03 04 05 06 07', replace: '02 03 04 05 06 07 15' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/bureaus.csv', line: 4, field: 'prefectures', found: '15' });
    expect(problems[0]!.expected).toContain('15 is also in tohoku');
  });

  it('refuses a prefecture that no bureau covers', () => {
    // Shizuoka (22) dropped from Kanto. The problem points at Shizuoka's own row of
    // prefectures.csv (header on line 1, so code 22 is on line 23).
    const problems = problemsOf(edited('bureaus.csv', { line: 4, find: '19 20 22', replace: '19 20' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/prefectures.csv', line: 23, field: 'code', found: '22' });
    expect(problems[0]!.expected).toContain('prefecture 22');
  });

  it('refuses budget parts that do not add up to their total (１３．２ + ５．５ ≠ １７．７億円)', () => {
    const problems = problemsOf(edited('cocreation-budget.csv', { line: 4, find: '１２．２億円', replace: '１３．２億円' }));
    expect(problems).toHaveLength(1);
    // The total is on line 3 (innovation-infrastructure). 13.2 ± 0.05 plus 5.5 ± 0.05 (億円).
    expect(problems[0]).toMatchObject({ file: 'data/cocreation-budget.csv', line: 3, field: 'printed', found: '１７．７億円' });
    expect(problems[0]!.expected).toContain('innovation-community, industry-academia-system');
    expect(problems[0]!.expected).toContain('they add up to 1860000000–1880000000 yen');
  });

  it('refuses a competition ratio that disagrees with its counts (１７３ ÷ ５８ is not ４．０倍)', () => {
    const problems = problemsOf(edited('regional-resource-program.csv', { line: 8, find: '３．０倍', replace: '４．０倍' }));
    expect(problems).toHaveLength(1);
    // Counts printed without 約 are exact: 173 / 58 = 2.98276 (to 6 significant digits).
    expect(problems[0]).toMatchObject({ file: 'data/regional-resource-program.csv', line: 8, field: 'printed', found: '４．０倍' });
    expect(problems[0]!.expected).toContain('proposals ÷ adopted (2.98276–2.98276)');
  });

  it('refuses a consortium ratio that disagrees with its counts (約6,500 ÷ 約1,000 is not 約2.5倍)', () => {
    // 約 figures round no coarser than the hundreds: 約6,500 ±50 and 約1,000 ±50, so the counts
    // pin the ratio to 6,450/1,050 … 6,550/950 = 6.14286 … 6.89474 (to 6 significant digits).
    const problems = problemsOf(edited('consortium-results.csv', { line: 3, find: '約6.5倍', replace: '約2.5倍' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/consortium-results.csv', line: 3, field: 'printed', found: '約2.5倍' });
    expect(problems[0]!.expected).toContain('proposals ÷ projects (6.14286–6.89474)');
  });

  it('refuses a consortium ratio just outside what its counts allow (約7.5倍)', () => {
    // 7.45 … 7.55 lies above 6.89474, so a ratio off by one whole point is caught too.
    const problems = problemsOf(edited('consortium-results.csv', { line: 3, find: '約6.5倍', replace: '約7.5倍' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/consortium-results.csv', line: 3, field: 'printed', found: '約7.5倍' });
  });

  it('refuses per-project companies that do not add up to the national total of page 2', () => {
    // 約２，１４０社 → 約３，１４０社 makes the sum 11,750. Fifteen figures round at the tens (±5) and
    // two at the hundreds (約４００, 約１００: ±50), so ±175: 11,575 to 11,925, far from １０，７００社.
    const problems = problemsOf(edited('cluster-projects.csv', { line: 4, find: '約２，１４０社', replace: '約３，１４０社' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/phase1-outcomes.csv', line: 5, field: 'printed', found: '１０，７００社' });
    expect(problems[0]!.expected).toContain('they add up to 11575–11925');
  });

  it('refuses an annotated gap that is not the difference of the bars (45.1 − 35.4 is not 約２０％)', () => {
    const problems = problemsOf(edited('innovation-source.csv', { line: 4, find: '約１０％', replace: '約２０％' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/innovation-source.csv', line: 4, field: 'printed', found: '約２０％' });
    expect(problems[0]!.expected).toContain('the difference of the bars (9.6–9.8)');
  });

  it('refuses pie slices that do not make 100% (42% + 48%)', () => {
    const problems = problemsOf(edited('phase1-outcomes.csv', { line: 15, find: '58%', replace: '48%' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/phase1-outcomes.csv', line: 15, field: 'printed', found: '48%' });
  });

  it('refuses a duplicate id and names the line of the first use', () => {
    const problems = problemsOf(
      edited('phase1-outcomes.csv', { line: 8, find: 'network-universities-2007-07', replace: 'network-companies-2007-07' }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual({
      file: 'data/phase1-outcomes.csv',
      line: 8,
      column: 1,
      field: 'id',
      expected: 'a unique id (already used on line 7)',
      found: 'network-companies-2007-07',
    });
  });

  it('refuses a source id that sources.csv does not have', () => {
    const problems = problemsOf(edited('innovation-source.csv', { line: 3, find: ',meti-2007,', replace: ',meti-2070,' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/innovation-source.csv', line: 3, field: 'source', found: 'meti-2070' });
    expect(problems[0]!.expected).toContain('a source id from sources.csv');
  });

  it('refuses a cited source that sources.csv does not have', () => {
    const problems = problemsOf(edited('innovation-source.csv', { line: 3, find: 'sme-survey-2004', replace: 'sme-survey-2005' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/innovation-source.csv', line: 3, field: 'cited_source', found: 'sme-survey-2005' });
  });
});
