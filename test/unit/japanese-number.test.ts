/**
 * Figures and dates as the 2007 METI slides print them. Every expected value here is worked out
 * from the printed text and the conventions in data/source/README.md (full-width digits, 約 = about,
 * 億 = 1e8, 平成 N年 = 1988 + N, 年度 = fiscal year starting in April), not from running the parser.
 */
import { describe, expect, it } from 'vitest';
import { parseEraDate, parseFigure, toHalfWidth, type Unit } from '../../src/core/japanese-number.ts';

function figure(printed: string, unit: Unit) {
  const result = parseFigure(printed, unit);
  if (!result.ok) throw new Error(`expected ${printed} to parse as ${unit}, got: ${result.expected}`);
  return result.value;
}

function rejects(printed: string, unit: Unit): string {
  const result = parseFigure(printed, unit);
  if (result.ok) throw new Error(`expected ${printed} to be rejected as ${unit}, got ${JSON.stringify(result.value)}`);
  return result.expected;
}

function date(printed: string) {
  const result = parseEraDate(printed);
  if (!result.ok) throw new Error(`expected ${printed} to parse as an era date, got: ${result.expected}`);
  return result.value;
}

describe('toHalfWidth', () => {
  it('turns full-width digits, comma, full stop, percent and slash into ASCII', () => {
    expect(toHalfWidth('１０，７００')).toBe('10,700');
    expect(toHalfWidth('１９．６')).toBe('19.6');
    expect(toHalfWidth('１７．２％')).toBe('17.2%');
    expect(toHalfWidth('約１／２')).toBe('約1/2');
  });

  it('leaves kanji and kana alone', () => {
    expect(toHalfWidth('約２，１４０社')).toBe('約2,140社');
    expect(toHalfWidth('大学')).toBe('大学');
  });
});

describe('parseFigure(printed, unit) reads counts', () => {
  it('reads full-width digits with a thousands separator and 約 (約２，１４０社 is about 2,140 companies)', () => {
    expect(figure('約２，１４０社', 'companies')).toEqual({ value: 2140, approx: true, decimals: 0 });
  });

  it('reads half-width digits as printed on page 1 (約10,700社)', () => {
    expect(figure('約10,700社', 'companies')).toEqual({ value: 10700, approx: true, decimals: 0 });
  });

  it('reads a national total printed without 約 as exact (１０，７００社)', () => {
    expect(figure('１０，７００社', 'companies')).toEqual({ value: 10700, approx: false, decimals: 0 });
  });

  it('reads a figure printed without a separator (約１１３０社, as on page 2)', () => {
    expect(figure('約１１３０社', 'companies').value).toBe(1130);
  });

  it('reads universities (８３大学), cases (４２５件) and people (１７名)', () => {
    expect(figure('８３大学', 'universities')).toEqual({ value: 83, approx: false, decimals: 0 });
    expect(figure('４２５件', 'cases')).toEqual({ value: 425, approx: false, decimals: 0 });
    expect(figure('１７名', 'people')).toEqual({ value: 17, approx: false, decimals: 0 });
  });

  it('multiplies 万 into the count (約５万件 is about 50,000 cases)', () => {
    expect(figure('約５万件', 'cases')).toEqual({ value: 50_000, approx: true, decimals: 0 });
  });

  it('accepts a correctly grouped half-width separator (約6,500件, 約1,500大学)', () => {
    expect(figure('約6,500件', 'cases').value).toBe(6500);
    expect(figure('約1,500大学', 'universities').value).toBe(1500);
  });

  it('rejects malformed thousands separators (1,00 / １，２３４，５６ / 1,,000 / ,100)', () => {
    rejects('1,00社', 'companies');
    rejects('１，２３４，５６社', 'companies');
    rejects('1,,000社', 'companies');
    rejects(',100社', 'companies');
    rejects('1,000,社', 'companies');
  });

  it('rejects text that is not a number (abc, 約, 約六千五百件)', () => {
    rejects('abc', 'companies');
    rejects('約', 'companies');
    rejects('約六千五百件', 'cases');
  });

  it('rejects an empty cell and says what it expected', () => {
    expect(rejects('', 'companies')).toBe('a figure in companies like 約２，１４０社');
  });
});

describe('parseFigure(printed, unit) reads amounts of money', () => {
  it('multiplies 億円 by 100 million and counts the printed decimals (１９．６億円 → ¥1.96 billion, 1 decimal)', () => {
    expect(figure('１９．６億円', 'yen')).toEqual({ value: 1_960_000_000, approx: false, decimals: 1 });
  });

  it('keeps a printed trailing zero in the decimals (２０．０億円 has 1 decimal, value ¥2 billion)', () => {
    expect(figure('２０．０億円', 'yen')).toEqual({ value: 2_000_000_000, approx: false, decimals: 1 });
  });

  it('reads whole 億円 (９２億円 → ¥9.2 billion) and approximate ones (約９３０億円 → ¥93 billion)', () => {
    expect(figure('９２億円', 'yen')).toEqual({ value: 9_200_000_000, approx: false, decimals: 0 });
    expect(figure('約930億円', 'yen')).toEqual({ value: 93_000_000_000, approx: true, decimals: 0 });
  });

  it('reads 千万円 as ten million yen, with 以内 as an upper bound (３千万円以内 → at most ¥30 million)', () => {
    expect(figure('３千万円以内', 'yen')).toEqual({ value: 30_000_000, approx: false, decimals: 0, bound: 'max' });
    expect(figure('２千万円以内', 'yen')).toEqual({ value: 20_000_000, approx: false, decimals: 0, bound: 'max' });
  });

  it('gives no bound to a figure printed without 以内', () => {
    expect(figure('４億円', 'yen')).not.toHaveProperty('bound');
  });

  it('rejects a multiplier with no unit after it (３千万 as yen)', () => {
    rejects('３千万', 'yen');
  });
});

describe('parseFigure(printed, unit) reads shares, ratios and fractions', () => {
  it('reads ％ and % with their decimals (１７．２％ → 17.2, 42% → 42)', () => {
    expect(figure('１７．２％', 'percent')).toEqual({ value: 17.2, approx: false, decimals: 1 });
    expect(figure('42%', 'percent')).toEqual({ value: 42, approx: false, decimals: 0 });
  });

  it('reads a bare chart value as a percentage with its decimals (69.0 keeps 1 decimal)', () => {
    expect(figure('69.0', 'percent')).toEqual({ value: 69, approx: false, decimals: 1 });
  });

  it('reads 割 as tenths, in percent (約４割 is about 40%)', () => {
    expect(figure('約４割', 'percent')).toEqual({ value: 40, approx: true, decimals: 0 });
  });

  it('reads 倍 with its decimals (３．０倍 → 3 with 1 decimal; 約6.5倍 → about 6.5)', () => {
    expect(figure('３．０倍', 'times')).toEqual({ value: 3, approx: false, decimals: 1 });
    expect(figure('約6.5倍', 'times')).toEqual({ value: 6.5, approx: true, decimals: 1 });
  });

  it('reads fractions as a share of 1 (約１／２ → about 0.5, 約１／３ → about 0.333)', () => {
    expect(figure('約１／２', 'fraction')).toEqual({ value: 0.5, approx: true, decimals: 0 });
    const third = figure('約１／３', 'fraction');
    expect(third.approx).toBe(true);
    expect(third.value).toBeCloseTo(1 / 3, 10);
  });

  it('rejects a fraction with a zero denominator (１／０)', () => {
    rejects('１／０', 'fraction');
  });

  it('reads a duration with 以内 as an upper bound (２年以内 → at most 2 years)', () => {
    expect(figure('２年以内', 'years')).toEqual({ value: 2, approx: false, decimals: 0, bound: 'max' });
  });
});

describe('parseFigure(printed, unit) refuses a suffix that contradicts the unit', () => {
  it.each([
    ['約２，１４０社', 'universities'],
    ['８３大学', 'companies'],
    ['４２５件', 'people'],
    ['１７名', 'cases'],
    ['１９．６億円', 'cases'],
    ['３．０倍', 'percent'],
    ['１７．２％', 'times'],
    ['約４割', 'times'],
    ['約１／２', 'percent'],
    ['５０%', 'fraction'],
    ['１／２社', 'companies'],
    ['５万%', 'percent'],
  ] as const)('%s is not a figure in %s', (printed, unit) => {
    expect(rejects(printed, unit)).toContain(`a figure in ${unit}`);
  });
});

describe('parseFigure(printed, unit) refuses negative counts and amounts', () => {
  it.each(['-5社', '－５社', '−５社', '▲５社', '△５社', '約-5社'])('%s is rejected with a word on why', (printed) => {
    expect(rejects(printed, 'companies')).toBe('a figure in companies like 約２，１４０社 (counts and amounts cannot be negative)');
  });

  it('refuses a negative amount of money too (▲１２．２億円)', () => {
    expect(rejects('▲１２．２億円', 'yen')).toContain('cannot be negative');
  });
});

describe('parseFigure(printed, "year") reads a date as a year figure', () => {
  it('reads 平成１１年 as 1999', () => {
    expect(figure('平成１１年', 'year')).toMatchObject({ value: 1999, date: '1999' });
  });

  it('keeps the month when printed (平成１４年９月 → 2002-09)', () => {
    expect(figure('平成１４年９月', 'year')).toMatchObject({ value: 2002, date: '2002-09' });
  });

  it('refuses a range where a single year is meant (平成１３年～１７年)', () => {
    rejects('平成１３年～１７年', 'year');
  });
});

describe('parseEraDate(printed) reads Japanese-era dates', () => {
  it('reads 平成19年度 as fiscal year 2007 (April 2007 to March 2008, named after its first year)', () => {
    const fy = date('平成19年度');
    expect(fy).toMatchObject({ start: { year: 2007 }, fiscal: true, asOf: false, calendar: 'era' });
    expect(fy.end).toBeUndefined();
  });

  it('reads full-width digits the same way (平成１９年度)', () => {
    expect(date('平成１９年度')).toEqual(date('平成19年度'));
  });

  it('reads a range whose second half continues the era (平成１３年～１７年 → 2001 to 2005)', () => {
    expect(date('平成１３年～１７年')).toMatchObject({ start: { year: 2001 }, end: { year: 2005 }, fiscal: false, asOf: false });
  });

  it('reads 時点 as the date a figure was taken (平成１９年7月時点 → as of July 2007)', () => {
    expect(date('平成１９年7月時点')).toMatchObject({ start: { year: 2007, month: 7 }, fiscal: false, asOf: true });
  });

  it('reads a full date (平成１９年１０月２５日 → 25 October 2007)', () => {
    expect(date('平成１９年１０月２５日')).toMatchObject({ start: { year: 2007, month: 10, day: 25 }, fiscal: false, asOf: false });
  });

  it('reads the abbreviated era range of page 4 (H9-H18 → 1997 to 2006)', () => {
    expect(date('H9-H18')).toMatchObject({ start: { year: 1997 }, end: { year: 2006 }, fiscal: false, asOf: false, calendar: 'era' });
  });

  it('takes an era-less year on the slides as 平成 (２０年度 → fiscal 2008)', () => {
    expect(date('２０年度')).toMatchObject({ start: { year: 2008 }, fiscal: true, asOf: false, calendar: 'era' });
  });

  it('takes a four-digit year without an era as Gregorian (2004年 → 2004)', () => {
    expect(date('2004年')).toMatchObject({ start: { year: 2004 }, fiscal: false, asOf: false, calendar: 'gregorian' });
  });

  it('reads 元年 as the first year of the era (平成元年 → 1989) and other eras (令和2年 → 2020, 昭和64年 → 1989)', () => {
    expect(date('平成元年').start.year).toBe(1989);
    expect(date('令和2年').start.year).toBe(2020);
    expect(date('昭和64年').start.year).toBe(1989);
  });

  it.each([
    ['平成40年', 'a 平成 year after the era ended (平成 ran to year 31)'],
    ['平成0年', 'year zero of an era'],
    ['平成19年13月', 'a thirteenth month'],
    ['平成19年0月', 'month zero'],
    ['平成19年10月32日', 'a 32nd day'],
    ['平成19年～20年～21年', 'a range with three ends'],
    ['', 'an empty cell'],
    ['abc', 'text that is not a date'],
    ['平成', 'an era with no year'],
  ])('rejects %s (%s)', (printed) => {
    const result = parseEraDate(printed);
    expect(result.ok).toBe(false);
  });

  it('rejects a range that ends before it starts (平成１７年～１３年) and says so', () => {
    const result = parseEraDate('平成１７年～１３年');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.expected).toContain('must not end before it starts');
  });
});
