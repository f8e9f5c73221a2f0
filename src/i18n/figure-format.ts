/**
 * Locale formatting of figures and periods. Japanese keeps the source's conventions
 * (約2,140社, 92億円, 平成19年度); English reads naturally (about 2,140 companies,
 * ¥9.2 billion, FY2007). Precision never exceeds what was printed.
 */
import { LOCALE_TAGS, type Lang } from '../core/locales.ts';
import type { Figure, Period } from '../schemas/figure.ts';
import { toHalfWidth } from '../core/japanese-number.ts';

/** Intl formatters are slow to make and every page formats hundreds of numbers: one per language and precision. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const number = (lang: Lang, n: number, decimals = 0) => {
  const key = `${lang}:${decimals}`;
  let format = numberFormats.get(key);
  if (!format)
    numberFormats.set(
      key,
      (format = new Intl.NumberFormat(LOCALE_TAGS[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals })),
    );
  return format.format(n);
};

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Significant digits printed, so `２０．０億円` stays ¥2.00 billion and `約９３０億円` becomes about ¥93 billion. */
function printedSignificantDigits(f: Figure): number {
  const digits = toHalfWidth(f.printed)
    .replace(/[^0-9.]/g, '')
    .replace('.', '')
    .replace(/^0+/, '');
  const trimmed = f.approx ? digits.replace(/0+$/, '') : digits;
  return Math.max(trimmed.length, 1);
}

function yenJa(f: Figure): string {
  // Printed decimals belong to the printed scale: `１９．６億円` keeps one decimal in 億, `３千万円` none in 万.
  if (f.value >= 1e8) return `${number('ja', f.value / 1e8, /億/.test(f.printed) ? f.decimals : 0)}億円`;
  if (f.value >= 1e4) return `${number('ja', f.value / 1e4, /(?<!千)万/.test(f.printed) ? f.decimals : 0)}万円`;
  return `${number('ja', f.value, f.decimals)}円`;
}

function yenEn(f: Figure): string {
  const sig = printedSignificantDigits(f);
  const [scaled, word] = f.value >= 1e9 ? [f.value / 1e9, ' billion'] : f.value >= 1e6 ? [f.value / 1e6, ' million'] : [f.value, ''];
  const text = new Intl.NumberFormat('en-GB', {
    maximumSignificantDigits: sig,
    minimumSignificantDigits: f.decimals > 0 ? sig : Math.min(sig, String(Math.trunc(scaled)).length),
  }).format(scaled);
  return `¥${text}${word}`;
}

function fractionText(f: Figure): string {
  return toHalfWidth(f.printed).replace(/^約/, '');
}

function yearJa(f: Figure): string {
  const [year, month] = (f.date ?? String(f.value)).split('-').map(Number) as [number, number | undefined];
  return `${eraYear(year)}年${month ? `${month}月` : ''}`;
}

function yearEn(f: Figure): string {
  const [year, month] = (f.date ?? String(f.value)).split('-').map(Number) as [number, number | undefined];
  return month ? `${MONTHS_EN[month - 1]} ${year}` : String(year);
}

/** The era of a Gregorian year; a year in which the era changed gets the era that held most of it (1989 平成, 2019 令和). */
function eraOf(year: number): { era: string; n: number } {
  if (year >= 2019) return { era: '令和', n: year - 2018 };
  if (year >= 1989) return { era: '平成', n: year - 1988 };
  return { era: '昭和', n: year - 1925 };
}

/** 2007 → 平成19. */
export function eraYear(year: number): string {
  const { era, n } = eraOf(year);
  return `${era}${n}`;
}

/** A figure in the reader's language, with 約/about and 以内/up to as printed. */
export function formatFigure(f: Figure, lang: Lang): string {
  if (lang === 'ja') {
    const approx = f.approx ? '約' : '';
    const bound = f.bound === 'max' ? '以内' : f.bound === 'under' ? '未満' : '';
    switch (f.unit) {
      case 'companies':
        return `${approx}${number('ja', f.value)}社${bound}`;
      case 'universities':
        return `${approx}${number('ja', f.value)}大学${bound}`;
      case 'cases':
        return f.value >= 1e4 && f.value % 1e4 === 0
          ? `${approx}${number('ja', f.value / 1e4)}万件${bound}`
          : `${approx}${number('ja', f.value)}件${bound}`;
      case 'people':
        return `${approx}${number('ja', f.value)}名${bound}`;
      case 'yen':
        return `${approx}${yenJa(f)}${bound}`;
      case 'percent':
        return `${approx}${number('ja', f.value, f.decimals)}%${bound}`;
      case 'fraction':
        return `${approx}${fractionText(f)}${bound}`;
      case 'times':
        return `${approx}${number('ja', f.value, f.decimals)}倍${bound}`;
      case 'years':
        return `${approx}${number('ja', f.value)}年${bound}`;
      case 'year':
        return yearJa(f);
    }
  }
  const approx = f.approx ? 'about ' : '';
  const bound = f.bound === 'max' ? 'up to ' : f.bound === 'under' ? 'under ' : '';
  const plural = (one: string, many: string) => (f.value === 1 ? one : many);
  switch (f.unit) {
    case 'companies':
      return `${bound}${approx}${number('en', f.value)} ${plural('company', 'companies')}`;
    case 'universities':
      return `${bound}${approx}${number('en', f.value)} ${plural('university', 'universities')}`;
    case 'cases':
      return `${bound}${approx}${number('en', f.value)}`;
    case 'people':
      return `${bound}${approx}${number('en', f.value)} ${plural('person', 'people')}`;
    case 'yen':
      return `${bound}${approx}${yenEn(f)}`;
    case 'percent':
      return `${bound}${approx}${number('en', f.value, f.decimals)}%`;
    case 'fraction':
      return `${bound}${approx}${fractionText(f)}`;
    case 'times':
      return `${bound}${approx}${number('en', f.value, f.decimals)}×`;
    case 'years':
      return `${bound}${approx}${number('en', f.value)} ${plural('year', 'years')}`;
    case 'year':
      return yearEn(f);
  }
}

/** The plain number of a figure for table cells that already name the unit in the header. */
export function formatValue(f: Figure, lang: Lang): string {
  const approx = f.approx ? (lang === 'ja' ? '約' : 'about ') : '';
  if (f.unit === 'fraction') return `${approx}${fractionText(f)}`;
  return `${approx}${number(lang, f.value, f.decimals)}`;
}

/** A share (0–1) as a percentage with one decimal. */
export function formatShare(share: number, lang: Lang): string {
  return `${number(lang, share * 100, 1)}%`;
}

function dateJa(d: Period['start'], calendar: Period['calendar']): string {
  const year = calendar === 'era' ? eraYear(d.year) : String(d.year);
  return `${year}年${d.month ? `${d.month}月` : ''}${d.day ? `${d.day}日` : ''}`;
}

function dateEn(d: Period['start']): string {
  if (d.day && d.month) return `${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`;
  if (d.month) return `${MONTHS_EN[d.month - 1]} ${d.year}`;
  return String(d.year);
}

/** 平成19年度 / FY2007; 平成13～17年 / 2001–2005; 平成19年7月時点 / as of July 2007. */
export function formatPeriod(p: Period, lang: Lang): string {
  if (lang === 'ja') {
    let text: string;
    if (p.end) {
      // The end repeats the era only when it differs: 平成13～17年, 昭和60年～平成5年.
      const sameEra = p.calendar === 'gregorian' || eraOf(p.start.year).era === eraOf(p.end.year).era;
      const endYear = p.calendar === 'gregorian' ? String(p.end.year) : sameEra ? String(eraOf(p.end.year).n) : eraYear(p.end.year);
      const start = dateJa(p.start, p.calendar);
      const end = `${endYear}年${p.end.month ? `${p.end.month}月` : ''}`;
      text = `${p.start.month || !sameEra ? start : start.replace(/年$/, '')}～${end}${p.fiscal ? '度' : ''}`;
    } else {
      text = `${dateJa(p.start, p.calendar)}${p.fiscal ? '度' : ''}`;
    }
    return p.asOf ? `${text}時点` : text;
  }
  const fy = p.fiscal ? 'FY' : '';
  const text = p.end ? `${fy}${dateEn(p.start)}–${fy}${dateEn(p.end)}` : `${fy}${dateEn(p.start)}`;
  return p.asOf ? `as of ${text}` : text;
}

/** A sum of figures as a figure of its own, approximate when any part was; it was never printed. */
export function sumFigure(sum: { value: number; approx: boolean }, unit: Figure['unit']): Figure {
  return { printed: '—', value: sum.value, unit, approx: sum.approx, decimals: 0 };
}

/** A count of things (projects, pages), grouped by the language's convention: 1,700. */
export function formatCount(n: number, lang: Lang): string {
  return number(lang, n);
}
