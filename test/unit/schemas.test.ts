/**
 * The row codecs of src/schemas, one dataset at a time: a row written by hand from the slides
 * decodes to the values the slides mean, and a bad cell is refused with its own column at the
 * head of the issue path (which is what lets the pipeline point at file:line:column).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DATASETS } from '../../src/schemas/datasets.ts';

type Row = Record<string, string>;

interface SchemaCase {
  /** A row as it would be typed into the CSV, transcribed from the source. */
  good: Row;
  /** What some of the decoded values must be. */
  decodes: (entry: Record<string, unknown>) => void;
  /** Cells that must be refused: column → bad text (one at a time). */
  bad: [column: string, text: string][];
}

const figureRow = (extra: Row): Row => ({
  label_ja: 'ラベル',
  label_en: 'Label',
  source: 'meti-2007',
  cited_source: '',
  note_ja: '',
  note_en: '',
  ...extra,
});

const CASES: Record<string, SchemaCase> = {
  'cluster-projects': {
    good: {
      id: 'kanto-regional-revitalization',
      bureau: 'kanto',
      name_ja: '地域産業活性化プロジェクト',
      name_en: 'Regional Industry Revitalization Project',
      alias: '',
      fields: 'manufacturing',
      fields_printed: 'モノ作り分野',
      companies: '約２，１４０社',
      universities: '８３大学',
      source: 'meti-2007',
      page: '2',
    },
    decodes: (e) => {
      expect(e.companies).toMatchObject({ printed: '約２，１４０社', value: 2140, approx: true, unit: 'companies' });
      expect(e.universities).toMatchObject({ value: 83, approx: false, unit: 'universities' });
      expect(e.fields).toEqual(['manufacturing']);
      expect(e.page).toBe(2);
      expect(e.alias).toBeUndefined();
    },
    bad: [
      ['id', 'Kanto Project'],
      ['id', ''],
      ['bureau', ''],
      ['name_ja', ''],
      ['fields', 'robotics'],
      ['fields', ''],
      ['companies', 'abc'],
      ['companies', '-5社'],
      ['companies', '８３大学'],
      ['companies', ''],
      ['universities', '約２，１４０社'],
      ['page', '7'],
      ['page', '0'],
      ['page', ''],
    ],
  },
  bureaus: {
    good: {
      id: 'tohoku',
      name_ja: '東北経済産業局',
      name_en: 'Tohoku Bureau of Economy, Trade and Industry',
      short_ja: '東北',
      short_en: 'Tohoku',
      seat_ja: '仙台市',
      seat_en: 'Sendai',
      prefectures: '02 03 04 05 06 07',
      network_ja: '',
      network_en: '',
      source: 'meti-2007',
      page: '2',
      prefectures_source: 'meti-bureau-jurisdictions',
    },
    decodes: (e) => {
      expect(e.prefectures).toEqual(['02', '03', '04', '05', '06', '07']);
      expect(e.network_ja).toBeUndefined();
    },
    bad: [
      ['prefectures', '48'],
      ['prefectures', '2 3'],
      ['prefectures', ''],
      ['seat_ja', ''],
      ['prefectures_source', 'METI'],
    ],
  },
  prefectures: {
    good: { code: '04', name_ja: '宮城県', name_en: 'Miyagi' },
    decodes: (e) => expect(e).toEqual({ code: '04', name_ja: '宮城県', name_en: 'Miyagi' }),
    bad: [
      ['code', '4'],
      ['code', '00'],
      ['code', '48'],
      ['name_en', ''],
    ],
  },
  'project-networks': {
    good: {
      id: 'kanto-tama',
      project: 'kanto-regional-revitalization',
      kind: 'network',
      name_ja: '首都圏西部ネットワーク支援活動（ＴＡＭＡ）',
      name_en: 'Western Greater Tokyo network support (TAMA)',
      source: 'meti-2007',
      page: '2',
    },
    decodes: (e) => expect(e).toMatchObject({ kind: 'network', page: 2 }),
    bad: [
      ['kind', 'strategies'],
      ['project', ''],
      ['name_ja', ''],
    ],
  },
  sources: {
    good: {
      id: 'meti-2007',
      kind: 'document',
      title_ja: '経済産業省における地域技術施策について',
      title_en: 'Regional technology policy at METI',
      publisher_ja: '経済産業省',
      publisher_en: 'METI',
      date: '平成１９年１０月２５日',
      citation_ja: '資料４－４',
      citation_en: 'Material 4-4',
      licence: '',
      note_ja: '',
      note_en: '',
    },
    decodes: (e) => {
      expect(e.date).toMatchObject({ printed: '平成１９年１０月２５日', start: { year: 2007, month: 10, day: 25 } });
      expect(e.licence).toBeUndefined();
    },
    bad: [
      ['kind', 'book'],
      ['date', '平成40年'],
      ['date', 'October 2007'],
      ['title_ja', ''],
    ],
  },
  'phase1-outcomes': {
    good: figureRow({
      id: 'phase1-companies',
      group: 'network',
      status: 'printed',
      printed: '約10,700社',
      unit: 'companies',
      period: '平成１３年～１７年',
      page: '1',
    }),
    decodes: (e) => {
      expect(e.figure).toMatchObject({ printed: '約10,700社', value: 10_700, approx: true, unit: 'companies' });
      expect(e.period).toMatchObject({ start: { year: 2001 }, end: { year: 2005 } });
    },
    bad: [
      ['printed', '約10,700大学'],
      ['printed', ''],
      ['unit', 'firms'],
      ['unit', ''],
      ['period', '平成１７年～１３年'],
      ['status', 'estimated'],
      ['group', 'Network'],
    ],
  },
  'consortium-results': {
    good: figureRow({
      id: 'budget-total',
      group: 'calls',
      status: 'printed',
      printed: '約930億円',
      unit: 'yen',
      period: 'H9-H18',
      page: '4',
    }),
    decodes: (e) => {
      expect(e.figure).toMatchObject({ value: 93_000_000_000, approx: true, unit: 'yen' });
      expect(e.period).toMatchObject({ start: { year: 1997 }, end: { year: 2006 } });
    },
    bad: [
      ['printed', '約九百三十億円'],
      ['printed', '▲930億円'],
      ['period', 'H9-H40'],
      ['page', '4a'],
    ],
  },
  'regional-resource-program': {
    good: figureRow({
      id: 'rd-cost-year1-max',
      group: 'limits',
      status: 'printed',
      printed: '３千万円以内',
      unit: 'yen',
      period: '',
      page: '5',
    }),
    decodes: (e) => {
      expect(e.figure).toMatchObject({ value: 30_000_000, bound: 'max' });
      expect(e.period).toBeUndefined();
    },
    bad: [
      ['printed', '３千万'],
      ['unit', 'JPY'],
      ['period', '平成19年13月'],
    ],
  },
  'cocreation-budget': {
    good: figureRow({
      id: 'innovation-community',
      parent: 'innovation-infrastructure',
      status: 'printed',
      printed: '１２．２億円',
      unit: 'yen',
      period: '２０年度',
      page: '6',
    }),
    decodes: (e) => {
      expect(e.figure).toMatchObject({ value: 1_220_000_000, decimals: 1 });
      expect(e.parent).toBe('innovation-infrastructure');
      expect(e.period).toMatchObject({ start: { year: 2008 }, fiscal: true });
    },
    bad: [
      ['parent', 'Innovation Infrastructure'],
      ['printed', '１２．２億'],
      ['period', '年度'],
    ],
  },
  'collaboration-by-firm-size': {
    good: figureRow({
      id: 'e301-collaborating',
      employees: '301～',
      series: 'collaborating',
      status: 'printed',
      printed: '31.5',
      unit: 'percent',
      page: '1',
      cited_source: 'sme-survey-2004',
    }),
    decodes: (e) => {
      expect(e.employees).toEqual({ printed: '301～', min: 301 });
      expect(e.figure).toMatchObject({ value: 31.5, decimals: 1, unit: 'percent' });
      expect(e.cited_source).toEqual(['sme-survey-2004']);
    },
    bad: [
      ['employees', '301+'],
      ['employees', '～50'],
      ['series', 'collaboration'],
      ['printed', '31.5社'],
    ],
  },
  'innovation-source': {
    good: figureRow({ id: 'gap', status: 'printed', printed: '約１０％', unit: 'percent', page: '1' }),
    decodes: (e) => expect(e.figure).toMatchObject({ value: 10, approx: true, unit: 'percent' }),
    bad: [
      ['printed', '約１０倍'],
      ['status', ''],
      ['page', ''],
    ],
  },
};

describe('the dataset catalogue', () => {
  it('has a schema case in this file for every dataset, so a new dataset cannot go untested', () => {
    expect(Object.keys(CASES).sort()).toEqual(DATASETS.map((d) => d.id).sort());
  });
});

for (const dataset of DATASETS) {
  const c = CASES[dataset.id]!;
  describe(`${dataset.id} row schema`, () => {
    it('decodes a row transcribed from the source', () => {
      const result = z.safeDecode(dataset.row as z.ZodType, c.good);
      if (!result.success) throw new Error(JSON.stringify(result.error.issues, null, 2));
      c.decodes(result.data as Record<string, unknown>);
    });

    it.each(c.bad)('refuses %s = %j and names that column in the issue', (column, text) => {
      expect(c.good).toHaveProperty(column);
      const result = z.safeDecode(dataset.row as z.ZodType, { ...c.good, [column]: text });
      expect(result.success).toBe(false);
      const paths = result.error!.issues.map((i) => i.path[0]);
      expect(paths).toContain(column);
      // The bad cell is the only thing wrong with the row.
      expect(new Set(paths)).toEqual(new Set([column]));
    });
  });
}

describe('figure tables', () => {
  const phase1 = DATASETS.find((d) => d.id === 'phase1-outcomes')!;
  const chartWithoutValues = figureRow({
    id: 'sales-trend',
    group: 'performance',
    status: 'not-in-source',
    printed: '',
    unit: '',
    period: '',
    page: '3',
    note_ja: '資料は図のみで数値を記載していない。',
    note_en: 'The slide shows a chart without values.',
  });

  it('decode a chart printed without values to a null figure', () => {
    const result = z.safeDecode(phase1.row as z.ZodType, chartWithoutValues);
    expect(result.success).toBe(true);
    expect((result.data as { figure: unknown }).figure).toBeNull();
  });

  it('refuse a value on a row marked not-in-source (the site must never estimate one)', () => {
    const result = z.safeDecode(phase1.row as z.ZodType, { ...chartWithoutValues, printed: '約１０％', unit: 'percent' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0])).toContain('printed');
  });

  it('require a note saying what the source shows instead when there is no value', () => {
    const result = z.safeDecode(phase1.row as z.ZodType, { ...chartWithoutValues, note_en: '' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0])).toContain('note_en');
  });
});
