/**
 * Synthetic datasets for benchmarks and scaling tests: valid rows in the shape of the real
 * CSVs, deterministic (no randomness), with figures printed the way the slides print them.
 *
 * `writeSyntheticDataDir(dir, factor)` writes a whole data directory that the pipeline accepts
 * (with `expectedProjects: 17 × factor`): the real CSVs, with the 17 real projects kept (charts,
 * briefings and cases cite some of them by id) and 17 × (factor − 1) synthetic ones added over
 * the same nine bureaus and 47 prefectures, and the nationwide company total of page 2 raised by
 * exactly what the synthetic projects add, so the per-project sum still agrees with it within the
 * rounding of 約. Nothing else in the data depends on the number of projects.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvFormatRows, csvParse, csvParseRows } from 'd3-dsv';
import { toHalfWidth } from '../src/core/japanese-number.ts';
import { FieldId } from '../src/schemas/fields.ts';

const FULL_WIDTH = '０１２３４５６７８９';
const toFullWidth = (n: number) => String(n).replace(/\d/g, (d) => FULL_WIDTH[Number(d)]!);
/** `2140` → `２，１４０`: full-width digits and thousands commas, as page 2 prints them. */
export const printedCount = (n: number) => toFullWidth(n).replace(/(?<=[０-９])(?=(?:[０-９]{3})+$)/g, '，');
/** The field vocabulary, in its own order (src/schemas/fields.ts). */
const FIELDS = FieldId.options;
const BUREAUS = ['hokkaido', 'tohoku', 'kanto', 'chubu', 'kinki', 'chugoku', 'shikoku', 'kyushu', 'okinawa'];

/** The real data directory. */
export const REAL_DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));
/** Projects listed on page 2: a synthetic directory of factor k holds 17 × k. */
export const REAL_PROJECT_COUNT = 17;

/** `rows` cluster-project rows in the columns of data/cluster-projects.csv. */
export function syntheticProjectsCsv(rows: number): string {
  const header = 'id,bureau,name_ja,name_en,alias,fields,fields_printed,companies,universities,source,page';
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    const companies = 10 + ((i * 37) % 3000) * 10;
    const companiesText =
      companies >= 1000
        ? `${toFullWidth(Math.floor(companies / 1000))}，${toFullWidth(companies % 1000).padStart(3, '０')}`
        : toFullWidth(companies);
    const fields = [FIELDS[i % FIELDS.length], FIELDS[(i * 3 + 1) % FIELDS.length]].filter((f, j, a) => a.indexOf(f) === j).join(' ');
    lines.push(
      `synthetic-${i},${BUREAUS[i % BUREAUS.length]},合成プロジェクト${toFullWidth(i)},Synthetic project ${i},,${fields},合成分野,約${companiesText}社,${toFullWidth(1 + (i % 90))}大学,meti-2007,2`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Fields as the slides print them (`モノ作り、バイオ、ＩＴ分野`). */
const FIELD_PRINTED: Record<FieldId, { ja: string; en: string }> = {
  manufacturing: { ja: 'モノ作り', en: 'Monozukuri' },
  bio: { ja: 'バイオ', en: 'Bio' },
  it: { ja: 'ＩＴ', en: 'IT' },
  environment: { ja: '環境', en: 'Environment' },
  semiconductors: { ja: '半導体', en: 'Semiconductor' },
  health: { ja: '健康', en: 'Health' },
  energy: { ja: 'エネルギー', en: 'Energy' },
  'processing-trade': { ja: '加工交易', en: 'Processing Trade' },
};

interface Prefecture {
  code: string;
  name_ja: string;
  name_en: string;
  bureau: string;
}

export interface SyntheticProject {
  id: string;
  bureau: string;
  name_ja: string;
  name_en: string;
  fields: string[];
  fields_printed: string;
  companies: number;
  universities: number;
}

/**
 * How big the synthetic projects are. `page-2`: spread over the range page 2 prints (companies
 * 約５０社 to 約２，１８０社 in tens, universities 2 to 83), the realistic case. `small`: every
 * synthetic project at 約１０社 and １大学, the smallest symbols the national map can draw, which
 * is what lets a map with many times the real projects be laid out at all (the real 17 keep
 * their figures either way).
 */
export type SyntheticFigures = 'page-2' | 'small';

/**
 * The n-th synthetic project (n = 1, 2, …): prefectures taken in JIS order, round and round, each
 * under the bureau that covers it; one to three fields; figures as `figures` says (companies
 * printed with 約, like every project of page 2; universities exact).
 */
export function syntheticProject(n: number, prefectures: Prefecture[], figures: SyntheticFigures = 'page-2'): SyntheticProject {
  const pref = prefectures[(n - 1) % prefectures.length]!;
  const round = Math.floor((n - 1) / prefectures.length) + 1;
  const fields = [
    FIELDS[n % 8]!,
    ...(n % 2 === 0 ? [FIELDS[(n * 3 + 1) % 8]!] : []),
    ...(n % 5 === 0 ? [FIELDS[(n * 7 + 2) % 8]!] : []),
  ].filter((f, i, a) => a.indexOf(f) === i);
  const first = FIELD_PRINTED[fields[0]!];
  return {
    id: `${pref.name_en.toLowerCase()}-${fields[0]}-cluster-${round}`,
    bureau: pref.bureau,
    name_ja: `${pref.name_ja.replace(/[都府県]$/, '')}${first.ja}クラスター計画（第${toFullWidth(round)}次・合成）`,
    name_en: `${pref.name_en} ${first.en} Cluster Plan ${round} (synthetic)`,
    fields,
    fields_printed: `${fields.map((f) => FIELD_PRINTED[f].ja).join('、')}分野`,
    companies: figures === 'small' ? 10 : 50 + ((n * 337) % 214) * 10,
    universities: figures === 'small' ? 1 : 2 + ((n * 13) % 82),
  };
}

/** The real CSV texts with `factor` × 17 projects; keys are file names (`cluster-projects.csv`). */
export function syntheticDataTexts(factor: number, real: Map<string, string>, figures: SyntheticFigures = 'page-2'): Map<string, string> {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number of at least 1, found ${factor}`);
  const texts = new Map(real);
  if (factor === 1) return texts;
  const need = (name: string) => {
    const text = real.get(name);
    if (text === undefined) throw new Error(`the data directory has no ${name}`);
    return text;
  };
  const bureauOf = new Map<string, string>();
  for (const b of csvParse(need('bureaus.csv'))) for (const code of b.prefectures!.split(/\s+/)) bureauOf.set(code, b.id!);
  const prefectures = csvParse(need('prefectures.csv')).map((p) => ({
    code: p.code!,
    name_ja: p.name_ja!,
    name_en: p.name_en!,
    bureau: bureauOf.get(p.code!)!,
  }));

  const projectsText = need('cluster-projects.csv');
  const realCount = csvParse(projectsText).length;
  const added = realCount * (factor - 1);
  const rows: string[][] = [];
  let sum = 0;
  for (let n = 1; n <= added; n++) {
    const p = syntheticProject(n, prefectures, figures);
    sum += p.companies;
    rows.push([
      p.id,
      p.bureau,
      p.name_ja,
      p.name_en,
      '',
      p.fields.join(' '),
      p.fields_printed,
      `約${printedCount(p.companies)}社`,
      `${printedCount(p.universities)}大学`,
      'meti-2007',
      '2',
    ]);
  }
  texts.set('cluster-projects.csv', `${projectsText.replace(/\n*$/, '\n')}${csvFormatRows(rows)}\n`);

  // The nationwide total the per-project companies must add up to: raised by exactly the synthetic sum.
  const outcomes = need('phase1-outcomes.csv');
  const lines = outcomes.split('\n');
  const header = csvParseRows(lines[0]!)[0]!;
  const printedAt = header.indexOf('printed');
  const index = lines.findIndex((l) => l.startsWith('current-companies,'));
  if (index < 0 || printedAt < 0) throw new Error('phase1-outcomes.csv has no current-companies row with a printed column');
  const row = csvParseRows(lines[index]!)[0]!;
  const printed = row[printedAt]!;
  const m = /^(約?)([\d,]+)社$/.exec(toHalfWidth(printed));
  if (!m) throw new Error(`current-companies is printed as ${printed}, not as a count of companies`);
  row[printedAt] = `${m[1]}${printedCount(Number(m[2]!.replaceAll(',', '')) + sum)}社`;
  lines[index] = csvFormatRows([row]);
  texts.set('phase1-outcomes.csv', lines.join('\n'));
  return texts;
}

export interface SyntheticDataDir {
  dir: string;
  factor: number;
  figures: SyntheticFigures;
  /** Projects in the directory: 17 × factor. */
  projects: number;
}

/**
 * Writes a data directory of `factor` × the real size into `dir`: a copy of `options.sourceDir`
 * (default the real data/, with its README and source text) whose cluster-projects.csv and phase1-outcomes.csv
 * are replaced. Build it with `expectedProjects: result.projects` (or
 * CLUSTER_ATLAS_EXPECTED_PROJECTS for `npm run data`).
 */
export function writeSyntheticDataDir(
  dir: string,
  factor: number,
  options: { figures?: SyntheticFigures; sourceDir?: string } = {},
): SyntheticDataDir {
  const { figures = 'page-2', sourceDir = REAL_DATA_DIR } = options;
  mkdirSync(dir, { recursive: true });
  cpSync(sourceDir, dir, { recursive: true });
  const names = ['bureaus.csv', 'prefectures.csv', 'cluster-projects.csv', 'phase1-outcomes.csv'];
  const real = new Map(names.map((name) => [name, readFileSync(join(sourceDir, name), 'utf8')]));
  const texts = syntheticDataTexts(factor, real, figures);
  for (const name of ['cluster-projects.csv', 'phase1-outcomes.csv']) writeFileSync(join(dir, name), texts.get(name)!);
  // The declared row counts (src/pipeline/row-counts.ts) follow the rewritten files.
  const counts = csvParse(readFileSync(join(dir, 'row-counts.csv'), 'utf8')).map(({ dataset, rows }) => {
    const text = texts.get(`${dataset}.csv`);
    return `${dataset},${text === undefined ? rows : csvParse(text).length}`;
  });
  writeFileSync(join(dir, 'row-counts.csv'), `dataset,rows\n${counts.join('\n')}\n`);
  return { dir, factor, figures, projects: csvParse(texts.get('cluster-projects.csv')!).length };
}
