/**
 * No hand-typed figures: every number a reader sees comes from the datasets through
 * i18n/figure-format.ts, so the words of the interface (src/i18n/ui.ts and the dictionaries of the embeds, share panel, search, downloads
 * and share cards) and of the dataset catalogue
 * (src/schemas/datasets.ts) contain no digit at all, except inside the names below. Also: the
 * two dictionaries have the same entries, and none is empty.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/locales.ts';
import { CARDS_UI } from '../../src/i18n/cards.ts';
import { CHART_UI } from '../../src/i18n/chart-words.ts';
import { DATA_UI } from '../../src/i18n/data-words.ts';
import { EMBED_UI } from '../../src/i18n/embed.ts';
import { FIGURE_EXPORT_UI } from '../../src/i18n/figure-export.ts';
import { SEARCH_UI } from '../../src/i18n/search.ts';
import { SHARE_UI } from '../../src/i18n/share.ts';
import { t, UI } from '../../src/i18n/ui.ts';
import { OUTCOMES } from '../../src/i18n/outcomes.ts';
import { REGIONS_UI } from '../../src/i18n/regions.ts';
import { BRIEFING_UI } from '../../src/i18n/briefing-words.ts';
import { type Bilingual, DATASETS } from '../../src/schemas/datasets.ts';

/**
 * Names that contain digits but state no figure. Each is the proper name of a standard or
 * licence; changing the digit would name something else, and no dataset could supply it.
 */
const ALLOWED = [
  /** The encoding of the CSV downloads (data page intro). */
  'UTF-8',
  /** The licence of the map outlines, which the footer must credit (data/source/README.md). */
  'CC BY 4.0',
  /** The standard that defines the prefecture codes (prefectures dataset, code column). */
  'JIS X 0401',
];

/** Decimal digits of any script (ASCII, full-width ０-９ …) and other digit characters
 *  (①, ², ½). Roman numerals (Ⅱ in 第Ⅱ期, the name of a phase) are letters, not figures. */
const DIGIT = /[\p{Nd}\p{No}]/u;

/** A count written in kanji before a counter (十七プロジェクト, 二大学) is a figure too. */
const KANJI_COUNT = /[〇一二三四五六七八九十百千万億]+(?:社|大学|件|名|円|倍|年|つ|か所|箇所|行|ページ|プロジェクト|%|％)/u;

/**
 * How each template entry is called. NaN and 'DATE' print no digit, so any digit in the
 * result was typed into the template. A new template entry must be added here (a test says so).
 */
const SENTINEL_CALLS: Record<string, unknown[][]> = {
  homeLede: [['DATE']],
  keyCompanies: [['PERIOD']],
  keyUniversities: [['PERIOD']],
  frontTableLink: [[NaN]],
  projectsHeading: [[NaN]],
  projectsIndexPage: [[NaN, NaN]],
  pageN: [[NaN]],
  pagesN: [[[NaN]], [[NaN, NaN]]], // en has a singular and a plural branch
  rows: [[NaN]],
  mapTitle: [['SHARE', 'BUREAU', NaN]],
  mapSubtitle: [[NaN]],
  legendSize: [['MEASURE']],
  legendSizeText: [['VALUES', 'UNIT']],
  mapAlt: [[NaN, NaN]],
  symbolLabel: [['NAME', 'BUREAU', 'FIELDS', 'COMPANIES', 'UNIVERSITIES']],
  shareOfAll: [[NaN]],
  shareOfAllCompanies: [['SHARE', NaN]],
  colShare: [[NaN]],
  bureauProjects: [[NaN]],
  bureauProjectsShown: [[NaN, NaN, 'INDEX']],
  sourceFiguresShown: [[NaN, NaN, NaN, 'DATA']],
  bureauTotalsText: [['COMPANIES', 'UNIVERSITIES']],
  bureauShare: [['SHARE', 'SHARE', NaN]],
  bureauMapAlt: [['BUREAU']],
  rankOf: [[NaN, NaN]],
  networkKind: [['network'], ['strategy']],
  locatorAlt: [['BUREAU']],
  sourcePageTitle: [['PAGE', 'TITLE']],
  sourceFiguresCaption: [['PAGE']],
  sourceOf: [['FIGURE']],
  sourceHowTo: [['EXAMPLE']],
};

/** What a share-panel citation template is given (src/i18n/share.ts CitationWords), as sentinels. */
const CITATION_SENTINEL = {
  site: 'SITE',
  title: 'TITLE',
  publisher: 'PUBLISHER',
  source: 'SOURCE',
  date: 'DATE',
  pages: 'PAGES',
  url: 'ADDRESS',
  updated: 'UPDATED',
};

type Text = { where: string; text: string };
type Words = Record<string, unknown>;

/** Every dictionary of interface words, with the sentinel calls of its templates. */
const DICTIONARIES: { name: string; words: Record<'ja' | 'en', Words>; calls: Record<string, unknown[][]> }[] = [
  { name: 'UI', words: UI, calls: SENTINEL_CALLS },
  { name: 'EMBED_UI', words: EMBED_UI, calls: {} },
  {
    name: 'SHARE_UI',
    words: SHARE_UI,
    calls: {
      citation: [[CITATION_SENTINEL]],
      bibtexNote: [[CITATION_SENTINEL]],
      filteredLabel: [['FIELD', NaN]],
    },
  },
  { name: 'SEARCH_UI', words: SEARCH_UI, calls: { resultCount: [[NaN, 'QUERY']], noResults: [['QUERY']] } },
  {
    name: 'FIGURE_EXPORT_UI',
    words: FIGURE_EXPORT_UI,
    calls: {
      credit: [['SITENAME', 'ADDRESS']],
      shownColumn: [['HEADING']],
      printedColumn: [['HEADING']],
      approxColumn: [['HEADING']],
      stillMapSubtitle: [[NaN, 'MEASURE']],
    },
  },
  {
    name: 'REGIONS_UI',
    words: REGIONS_UI,
    calls: {
      contextHeading: [[NaN]],
      contextSubtitle: [['BUREAU']],
      contextSubtitleAlone: [['BUREAU']],
      contextCaption: [[NaN]],
      contextCaptionPartial: [[NaN, 'TOTAL']],
      contextShown: [[NaN, NaN, 'TOTAL', 'INDEX']],
      siblingsShown: [[NaN, 'TOTAL', 'INDEX']],
      contextGap: [['COUNT']],
      rank: [[NaN]],
      siblingsHeading: [['BUREAU']],
      siblingDetail: [['FIELDS', 'COMPANIES']],
      siblingsNone: [['BUREAU']],
      locatorProjectAlt: [['PROJECT', 'BUREAU']],
      regionMapAlt: [['BUREAU', 'PROJECTS']],
      regionDrawnLargest: [['BUREAU', 'DRAWN', 'TOTAL']],
    },
  },
  { name: 'CHART_UI', words: CHART_UI, calls: { projectsShown: [[NaN, NaN]] } },
  {
    name: 'BRIEFING_UI',
    words: BRIEFING_UI,
    calls: { checked: [['DATE']], citeChecked: [['DATE']], bibtexChecked: [['DATE']] },
  },
  {
    name: 'CARDS_UI',
    words: CARDS_UI,
    calls: {
      projectSubtitle: [['BUREAU', 'FIELDS']],
      source: [['TITLE', 'DATE', 'PAGES']],
      mapSubtitle: [[NaN]],
      mapPicture: [[NaN]],
      altLead: [['SITENAME']],
      altKicker: [['KICKER', 'TITLE']],
      altFigure: [['LABEL', 'VALUE']],
      altSentences: [['FIRST', 'SECOND']],
    },
  },
  {
    name: 'DATA_UI',
    words: DATA_UI,
    calls: {
      excelLink: [['NAME']],
      licenceLink: [['LICENCE']],
      lastUpdated: [['DATE']],
      footerTerms: [['LICENCE']],
      licensedCredit: [['CREDIT', 'LICENCE']],
    },
  },
];

/** Every text of a dictionary entry: the string, each string of a nested record, or the template called with each sentinel. */
function entryTexts(where: string, key: string, value: unknown, calls: Record<string, unknown[][]>): Text[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (typeof value === 'function') {
    return (calls[key] ?? []).map((args) => ({
      where: `${where}(${JSON.stringify(args)})`,
      text: String((value as (...a: unknown[]) => unknown)(...args)),
    }));
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => entryTexts(`${where}.${k}`, k, v, calls));
  throw new Error(`${where} is neither a string, a template nor a record of them`);
}

const templateKeys = (words: Words) =>
  Object.entries(words)
    .filter(([, v]) => typeof v === 'function')
    .map(([k]) => k);

const uiTexts: Text[] = DICTIONARIES.flatMap(({ name, words, calls }) =>
  LANGS.flatMap((lang) => Object.entries(words[lang]).flatMap(([key, value]) => entryTexts(`${name}.${lang}.${key}`, key, value, calls))),
);

const datasetTexts: Text[] = DATASETS.flatMap((d) => [
  ...LANGS.flatMap((lang) => [
    { where: `${d.id} title.${lang}`, text: d.title[lang] },
    { where: `${d.id} description.${lang}`, text: d.description[lang] },
  ]),
  ...Object.entries<Bilingual>(d.columns).flatMap(([column, meaning]) =>
    LANGS.map((lang) => ({ where: `${d.id} columns.${column}.${lang}`, text: meaning[lang] })),
  ),
]);

const allTexts = [...uiTexts, ...datasetTexts];

function withoutAllowed(text: string): string {
  return ALLOWED.reduce((t, token) => t.replaceAll(token, ''), text);
}

describe('no hand-typed figures', () => {
  it.each(DICTIONARIES)('every template entry of $name has sentinel arguments', ({ words, calls }) => {
    const templates = LANGS.flatMap((lang) => templateKeys(words[lang]));
    expect(templates.filter((key) => !(key in calls))).toEqual([]);
    // …and no sentinel is left over from an entry that is gone or no longer a template.
    expect(Object.keys(calls).filter((key) => !templates.includes(key))).toEqual([]);
  });

  it('every template prints the arguments it is given', () => {
    // Choosers pick a word by their argument instead of printing it.
    const choosers = ['networkKind'];
    const templates = uiTexts.filter(({ where }) => where.includes('(') && !choosers.some((c) => where.includes(`.${c}(`)));
    expect(templates.length).toBeGreaterThan(0);
    // Sentinels are NaN or upper-case placeholder words such as 'DATE' or 'SHARE'.
    for (const { where, text } of templates) expect(text, where).toMatch(/NaN|[A-Z]{4,}/);
  });

  it('no UI string contains a digit outside the allowed names', () => {
    const offending = uiTexts.filter(({ text }) => DIGIT.test(withoutAllowed(text)));
    expect(offending).toEqual([]);
  });

  it('no dataset title, description or column meaning contains a digit outside the allowed names', () => {
    const offending = datasetTexts.filter(({ text }) => DIGIT.test(withoutAllowed(text)));
    expect(offending).toEqual([]);
  });

  it('no text writes a count in kanji before a counter', () => {
    expect(allTexts.filter(({ text }) => KANJI_COUNT.test(text))).toEqual([]);
  });

  it('the check would catch a figure (ASCII, full-width, circled)', () => {
    for (const text of ['全国17プロジェクト', '約２，１４０社', '①', 'CC BY 4.0 and 17 projects', 'UTF-16']) {
      expect(DIGIT.test(withoutAllowed(text)), text).toBe(true);
    }
    expect(KANJI_COUNT.test('現行十七プロジェクト')).toBe(true);
  });

  it.each(ALLOWED)('the allowed name %j is still used somewhere (else drop it)', (token) => {
    expect(allTexts.some(({ text }) => text.includes(token))).toBe(true);
  });
});

describe('the dictionaries', () => {
  /** The shape of a dictionary: its keys and what kind of entry each is, nested records included. */
  const shape = (value: unknown): unknown =>
    value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, v]) => [k, shape(v)]),
        )
      : typeof value;

  it.each(DICTIONARIES)('$name has the same entries, of the same kinds, in ja and en', ({ words }) => {
    expect(shape(words.en)).toEqual(shape(words.ja));
  });

  it('says different things in the two languages (no entry left untranslated)', () => {
    // Proper names and symbols are the same in both languages; anything longer was left untranslated.
    const ja = new Map(
      uiTexts.filter(({ where }) => where.includes('.ja.')).map(({ where, text }) => [where.replace('.ja.', '.en.'), text]),
    );
    const same = uiTexts.filter(({ where, text }) => where.includes('.en.') && ja.get(where) === text && text.length > 12);
    expect(same).toEqual([]);
  });

  it('no entry is empty or only white space, nor prints as empty', () => {
    expect(uiTexts.filter(({ text }) => text.trim() === '')).toEqual([]);
  });

  it('no dataset title, description or column meaning is empty', () => {
    expect(datasetTexts.filter(({ text }) => typeof text !== 'string' || text.trim() === '')).toEqual([]);
  });
});

describe('outside facts and the deck’s own words', () => {
  it('the strings that state a fact from outside the deck say so in their words', () => {
    // That the bureaus are METI's regional branch offices (meti-regional-bureaus), and the areas the map shades
    // (meti-bureau-jurisdictions).
    for (const lang of LANGS) {
      const ui = UI[lang];
      expect(ui.bureausIntro).toContain(ui.outsideMark);
      expect(ui.mapSubtitle(NaN)).toContain(ui.outsideMark);
      expect(FIGURE_EXPORT_UI[lang].stillMapSubtitle(NaN, 'MEASURE')).toContain(ui.outsideMark);
    }
    // Page 2 lists the projects under the bureaus: it does not say the bureaus run them.
    expect(UI.en.bureausIntro).not.toMatch(/run by/);
    expect(UI.ja.bureausIntro).not.toContain('推進');
    // The footer names every outside fact about the bureaus: areas, seats, English names, place in METI.
    expect(UI.ja.footerBureauFact).toMatch(/管轄区域.*所在地.*英語.*地方支分部局/);
    expect(UI.en.footerBureauFact).toMatch(/prefectures.*seats.*English names.*branch offices/);
  });

  it('names 成果事例 as the deck does, without calling the cases successes', () => {
    for (const text of [UI.en.casesTitle, UI.en.relatedCases, SEARCH_UI.en.kindHeadings.case, SEARCH_UI.en.searchIntro]) {
      expect(text).not.toMatch(/success/i);
      expect(text).toMatch(/example cases of results/i);
    }
  });

  it('gives no reason of its own for the university counts exceeding the nationwide number', () => {
    expect(UI.ja.universitiesTotalNote).toContain('資料はこの点を説明していません');
    expect(UI.en.universitiesTotalNote).toContain('the source does not explain it');
  });
});

describe('counts of thousands, as the sentences write them', () => {
  it('groups the number of projects and a rank among them, in both languages (1,700, not 1700)', () => {
    expect(t('en').rankOf(1114, 1700)).toBe('rank 1,114 of 1,700');
    expect(t('ja').rankOf(1114, 1700)).toBe('1,700プロジェクト中1,114位');
    expect(t('en').shareOfAllCompanies('under 0.1%', 1700)).toBe('under 0.1% of the 1,700 projects’ participating companies');
    expect(REGIONS_UI.ja.contextHeading(1700)).toBe('1,700プロジェクトの中の位置');
    expect(OUTCOMES.en.phase2Heading(1700)).toBe('Phase II: the 1,700 current projects');
    // The real data's seventeen read as before.
    expect(t('en').rankOf(5, 17)).toBe('rank 5 of 17');
  });
});
