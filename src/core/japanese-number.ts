/**
 * Reads figures as the METI slides print them (`約２，１４０社`, `１９．６億円`, `約１／２`,
 * `３千万円以内`) into a value, a unit and flags, keeping the printed text untouched elsewhere.
 */

/** Units a figure can carry; the printed suffix, when there is one, must agree with it. */
export const UNITS = ['companies', 'universities', 'cases', 'people', 'yen', 'percent', 'fraction', 'times', 'years', 'year'] as const;
export type Unit = (typeof UNITS)[number];

export interface ParsedFigure {
  value: number;
  approx: boolean;
  /** Decimal places as printed (`３．０倍` → 1), so the site shows what the source showed. */
  decimals: number;
  /** `max` when printed with 以内 (at most). */
  bound?: 'max';
  /** For unit `year`: the date as printed, as ISO `YYYY` or `YYYY-MM`. */
  date?: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; expected: string };

/** Suffix → unit; multipliers sit between the number and the suffix (`億円`, `万件`, `千万円`). */
const SUFFIX_UNIT: Record<string, Unit> = {
  社: 'companies',
  大学: 'universities',
  件: 'cases',
  名: 'people',
  円: 'yen',
  '%': 'percent',
  割: 'percent',
  倍: 'times',
  年: 'years',
};

const MULTIPLIER: Record<string, number> = { 千: 1e3, 万: 1e4, 千万: 1e7, 億: 1e8 };

const EXAMPLE: Record<Unit, string> = {
  companies: '約２，１４０社',
  universities: '８３大学',
  cases: '約５万件',
  people: '１７名',
  yen: '１９．６億円',
  percent: '１７．２％',
  fraction: '約１／２',
  times: '３．０倍',
  years: '２年以内',
  year: '平成１４年',
};

/** NFKC turns full-width digits and punctuation (`２，１４０．５％`) into ASCII. */
export function toHalfWidth(text: string): string {
  return text.normalize('NFKC');
}

const NUMBER = String.raw`(?<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<dec>\d+))?`;
const FIGURE = new RegExp(
  String.raw`^(?<approx>約)?(?:${NUMBER}|(?<num>\d+)/(?<den>\d+))(?<mult>千万|千|万|億)?(?<suffix>社|大学|件|名|円|%|割|倍|年)?(?<bound>以内)?$`,
);

/** Parses a printed figure of the given unit, or says what was expected. */
export function parseFigure(printed: string, unit: Unit): ParseResult<ParsedFigure> {
  const expected = `a figure in ${unit} like ${EXAMPLE[unit]}`;
  if (unit === 'year') return parseYearFigure(printed);
  const text = toHalfWidth(printed.trim());
  if (/^(約)?[-−▲△]/.test(text)) return { ok: false, expected: `${expected} (counts and amounts cannot be negative)` };
  const m = FIGURE.exec(text);
  if (!m?.groups) return { ok: false, expected };
  const g = m.groups;
  let value: number;
  if (g.num !== undefined) {
    if (unit !== 'fraction' || g.mult || g.suffix) return { ok: false, expected };
    value = Number(g.num) / Number(g.den);
    if (!Number.isFinite(value) || Number(g.den) === 0) return { ok: false, expected };
  } else {
    if (unit === 'fraction') return { ok: false, expected };
    value = Number(`${g.int!.replaceAll(',', '')}${g.dec ? `.${g.dec}` : ''}`);
  }
  if (g.suffix) {
    if (SUFFIX_UNIT[g.suffix] !== unit) return { ok: false, expected };
    if (g.suffix === '割') value *= 10;
  }
  if (g.mult) {
    // Multipliers only make sense on counts and money; `３千万円` is 30 million yen.
    if (!['cases', 'yen', 'companies', 'people'].includes(unit) || !g.suffix) return { ok: false, expected };
    value *= MULTIPLIER[g.mult]!;
  }
  // Beyond 15 significant digits a double no longer holds every integer exactly (and 400 digits is Infinity).
  if (!Number.isFinite(value) || `${g.int ?? ''}${g.dec ?? ''}`.replace(/^[0,]+/, '').replaceAll(',', '').length > 15) {
    return { ok: false, expected: `${expected} (at most 15 significant digits; a longer number cannot be held exactly)` };
  }
  value = roundFloat(value);
  // In these datasets a percentage is always a share of a whole (of firms, of projects): above 100 is a typo.
  if (unit === 'percent' && value > 100)
    return { ok: false, expected: 'a share of at most 100% (the unit percent holds shares of a whole)' };
  const result: ParsedFigure = { value, approx: g.approx !== undefined, decimals: g.dec?.length ?? 0 };
  if (g.bound) result.bound = 'max';
  return { ok: true, value: result };
}

function parseYearFigure(printed: string): ParseResult<ParsedFigure> {
  const expected = `a figure in year like ${EXAMPLE.year}`;
  const date = parseEraDate(printed);
  if (!date.ok || date.value.end) return { ok: false, expected };
  const { start } = date.value;
  return {
    ok: true,
    value: {
      value: start.year,
      approx: false,
      decimals: 0,
      date: start.month ? `${start.year}-${String(start.month).padStart(2, '0')}` : `${start.year}`,
    },
  };
}

/** Removes binary noise from decimal arithmetic (19.6 × 1e8 → 1960000000, not 1960000000.0000002). */
function roundFloat(n: number): number {
  return Number(n.toPrecision(12));
}

// ---------------------------------------------------------------------------------------------
// Era dates

export interface YearMonthDay {
  year: number;
  month?: number;
  day?: number;
}

export interface EraDate {
  start: YearMonthDay;
  end?: YearMonthDay;
  /** 年度: the fiscal year, April to March, named after the year it starts in. */
  fiscal: boolean;
  /** 時点: a point in time the figure was taken at. */
  asOf: boolean;
  /** Whether the source printed a Japanese era (平成19年) or a Gregorian year (2004年). */
  calendar: 'era' | 'gregorian';
}

/** First Gregorian year of each era, minus one: 平成 N年 = 1988 + N. */
const ERA_OFFSET: Record<string, number> = { 昭和: 1925, 平成: 1988, 令和: 2018, S: 1925, H: 1988, R: 2018 };
const ERA_LAST_YEAR: Record<string, number> = { 昭和: 64, 平成: 31, 令和: 99, S: 64, H: 31, R: 99 };

const ERA_PART = String.raw`(?<era>昭和|平成|令和|[SHR])?(?<year>元|\d{1,2}|\d{4})(?:年(?<month>\d{1,2})月(?:(?<day>\d{1,2})日)?|年)?`;

/**
 * Reads 平成19年度, 平成１３年～１７年, 平成19年7月時点, 平成１９年１０月２５日, H9-H18 and ２０年度.
 * A missing era (`２０年度`, or the second half of a range) continues the previous one; with no
 * era at all, as on the slides, 平成 is meant.
 */
export function parseEraDate(printed: string): ParseResult<EraDate> {
  const expected = 'an era date like 平成19年度, 平成13年～17年, 平成19年7月 or H9-H18';
  let text = toHalfWidth(printed.trim());
  const asOf = text.endsWith('時点');
  if (asOf) text = text.slice(0, -2);
  const fiscal = text.endsWith('年度');
  if (fiscal) text = text.slice(0, -1);
  const parts = text.split(/[~〜\-–]/);
  if (parts.length > 2) return { ok: false, expected };
  const dates: YearMonthDay[] = [];
  let era = '平成';
  let calendar: EraDate['calendar'] = 'era';
  for (const part of parts) {
    const m = new RegExp(`^${ERA_PART}$`).exec(part);
    if (!m?.groups || part === '') return { ok: false, expected };
    const g = m.groups;
    if (g.era) era = g.era;
    const n = g.year === '元' ? 1 : Number(g.year);
    // Four digits with no era name is already a Gregorian year (`2004年`).
    const gregorian = g.year!.length === 4 && !g.era;
    if (gregorian) calendar = 'gregorian';
    if (!gregorian && (n < 1 || n > ERA_LAST_YEAR[era]!)) return { ok: false, expected };
    const date: YearMonthDay = { year: gregorian ? n : ERA_OFFSET[era]! + n };
    if (g.month) {
      const month = Number(g.month);
      if (month < 1 || month > 12) return { ok: false, expected };
      date.month = month;
    }
    if (g.day) {
      const day = Number(g.day);
      if (day < 1 || day > 31) return { ok: false, expected };
      date.day = day;
    }
    dates.push(date);
  }
  const [start, end] = dates as [YearMonthDay, YearMonthDay?];
  if (end && end.year < start.year) return { ok: false, expected: `${expected} (a range must not end before it starts)` };
  return { ok: true, value: end ? { start, end, fiscal, asOf, calendar } : { start, fiscal, asOf, calendar } };
}
