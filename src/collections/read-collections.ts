/**
 * Reading the data: the one module through which pages, figures, embeds, cards, the image step
 * and tests get the collections that src/pipeline/ generates. The pipeline runs inside Astro's
 * content layer (src/content.config.ts) and writes each dataset to content/data/<id>.json in the
 * order of its CSV; datasets are read here from those files, checked against their zod schema, so
 * the same read serves code that cannot wait (an embed code is built inside a component), code
 * that runs outside Astro (tests, the image step) and the pages, in the order a journalist can check
 * against the downloads. The source's pages and anchors, which only pages need, come through
 * `astro:content`, imported when first asked for, so this module also loads where Astro's virtual
 * modules do not exist.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { z } from 'zod';
import { LANGS, pick, type Lang } from '../core/locales.ts';
import { catalogueOf, type DerivedCatalogue } from '../derived/catalogue.ts';
import {
  DATASETS,
  FIGURE_TABLE_IDS,
  type ChartData,
  type DatasetId,
  type EntryOf,
  type FigureRow,
  type FigureTableId,
} from '../schemas/datasets.ts';
import type { Source } from '../schemas/sources.ts';

/** Where the pipeline writes the collections, from the project's root (where every command runs). */
export const GENERATED_DIR = join('content', 'data');

/**
 * A read made once per build: thousands of pages ask for the same collections. The dev server
 * reads again each time, since the data can change under it. Callers must not mutate what they get.
 */
export const rereadEachTime = ((): boolean => {
  // Outside a bundle (plain Node) import.meta has no env, and reading from it throws. The
  // properties are written out in full: Astro's env plugin inlines the build's environment
  // variables (PATH among them) wherever the object is named alone, and those would make every
  // page's module graph, hence its incremental-build hash (cache-key.ts), differ from run to run.
  try {
    return import.meta.env.DEV === true && import.meta.env.MODE !== 'test';
  } catch {
    return false;
  }
})();
function oncePerBuild<T>(read: () => T): () => T {
  let kept: { value: T } | undefined;
  return () => (rereadEachTime ? read() : (kept ??= { value: read() }).value);
}

const definition = (id: DatasetId) => DATASETS.find((d) => d.id === id)!;

/** The generated file of a dataset, as text; a missing file says what to run. */
function generatedText(id: DatasetId): string {
  const file = join(GENERATED_DIR, `${id}.json`);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file} is missing: the data pipeline writes it (astro build, astro dev or npm run data)`, { cause: error });
  }
}

// ---- the datasets ----

/** Entries checked against the dataset's own schema, hence of its type. */
function parseDataset<Id extends DatasetId>(id: Id, entries: unknown): EntryOf<Id>[] {
  // TypeScript cannot narrow DATASETS' union by a generic id; the schema is the one for `id`.
  return z.array(definition(id).entry).parse(entries) as EntryOf<Id>[];
}

const reads = new Map<DatasetId, () => unknown[]>();

/** A dataset's entries, in file order, checked against its schema. */
export function readDataset<Id extends DatasetId>(id: Id): EntryOf<Id>[] {
  if (!reads.has(id))
    reads.set(
      id,
      oncePerBuild(() => parseDataset(id, JSON.parse(generatedText(id)))),
    );
  // What the map keeps for `id` is parseDataset(id, …), set just above.
  return reads.get(id)!() as EntryOf<Id>[];
}

/** The charts' input from a reader of datasets: the projects north to south, the bureaus, every figure table. */
function chartDataOf(read: <Id extends DatasetId>(id: Id) => EntryOf<Id>[]): ChartData {
  // Object.fromEntries cannot carry each id's own entry type; `read` gives each table its own.
  const tables = Object.fromEntries(FIGURE_TABLE_IDS.map((id) => [id, read(id)])) as { [Id in FigureTableId]: EntryOf<Id>[] };
  return {
    projects: read('cluster-projects')
      .slice()
      .sort((a, b) => a.derived.order - b.derived.order),
    bureaus: read('bureaus'),
    ...tables,
  };
}

export const readChartData = oncePerBuild((): ChartData => chartDataOf(readDataset));

/** A dataset's entries from collections held in memory (the pipeline's output, in tests), checked against its schema. */
export function entriesFrom<Id extends DatasetId>(collections: ReadonlyMap<string, unknown[]>, id: Id): EntryOf<Id>[] {
  const entries = collections.get(id);
  if (!entries) throw new Error(`no ${id} collection`);
  return parseDataset(id, entries);
}

/** The charts' input from collections held in memory, checked against the schemas. */
export const chartDataFrom = (collections: ReadonlyMap<string, unknown[]>): ChartData => chartDataOf((id) => entriesFrom(collections, id));

/** The figures the site computes (src/derived/catalogue.ts), from the same data. */
export const readDerived = (): DerivedCatalogue => catalogueOf(readChartData());

/** What a figure is drawn from: the charts' input and the sources it cites. */
export interface FigureInputs {
  chartData: ChartData;
  sources: Source[];
}

export const readFigureInputs = oncePerBuild((): FigureInputs => ({ chartData: readChartData(), sources: readDataset('sources') }));

/** What a briefing's share card says, with the entry id the pages use (`<lang>/<slug>`). */
export interface BriefingCover {
  id: string;
  data: { title: string; summary: string };
}

const BRIEFINGS_DIR = join('content', 'briefings');

/** Only the fields a card shows; the content collection (src/content.config.ts) checks the rest. */
const Cover = z.object({ title: z.string().min(1), summary: z.string().min(1), slug: z.string().optional() });

/**
 * Every briefing's title and summary, from content/briefings/<lang>/<name>.md with Astro's own
 * frontmatter parser, for the image step, which runs outside Astro's content layer. The id is the
 * one Astro's glob loader gives the entry: the frontmatter's slug if any, else the path without
 * `.md`, which the loader slugifies; only names that are already slugs are allowed, so the two agree.
 */
export const readBriefingCovers = oncePerBuild((): BriefingCover[] =>
  LANGS.flatMap((lang) =>
    readdirSync(join(BRIEFINGS_DIR, lang))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => {
        const file = join(BRIEFINGS_DIR, lang, name);
        const slug = name.slice(0, -'.md'.length);
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
          throw new Error(`${file}: name briefings in lower case with hyphens, as their addresses are`);
        const parsed = Cover.safeParse(parseFrontmatter(readFileSync(file, 'utf8')).frontmatter);
        if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
        const { title, summary } = parsed.data;
        return { id: parsed.data.slug ?? `${lang}/${slug}`, data: { title, summary } };
      }),
  ),
);

/** What the site's PNGs are made from (src/raster/site-images.ts): the figures' inputs and the briefings' covers. */
export interface ImageInputs extends FigureInputs {
  briefings: BriefingCover[];
}

export const readImageInputs = (): ImageInputs => ({ ...readFigureInputs(), briefings: readBriefingCovers() });

// ---- for pages, with the names and promises they were written against ----

export const datasetEntries = async <Id extends DatasetId>(id: Id): Promise<EntryOf<Id>[]> => readDataset(id);
export const loadChartData = async (): Promise<ChartData> => readChartData();
export const loadDerived = async (): Promise<DerivedCatalogue> => readDerived();
export const loadFigureInputs = async (): Promise<FigureInputs> => readFigureInputs();

/** The projects from north to south; one array per build, so the map's layout is looked up by identity (map/map-model.ts). */
export const getProjects = async () => readChartData().projects;

const bureausById = oncePerBuild(() =>
  readDataset('bureaus')
    .slice()
    .sort((a, b) => (a.id < b.id ? -1 : 1)),
);

/**
 * The bureaus by id, the order the pages have always listed and drawn them in (a bureau map draws
 * its neighbours in this order); the charts' input keeps the file's order, north to south. One
 * array per build, as getProjects: the map's model is looked up by the arrays' identity.
 */
export const getBureaus = async () => bureausById();

export async function getSource(id: string): Promise<Source> {
  const found = readDataset('sources').find((s) => s.id === id);
  if (!found) throw new Error(`unknown source ${id}`);
  return found;
}

/** One row of a figure table, by id; a missing row is a build error, never a blank. */
export async function getFigureRow(table: FigureTableId, id: string): Promise<FigureRow> {
  const rows: FigureRow[] = readDataset(table);
  return row(rows, id);
}

/** The source's pages in order, with their blocks, translation and title. */
export const getSourcePages = oncePerBuild(async () => {
  const { getCollection } = await import('astro:content');
  return (await getCollection('source-pages')).map((e) => e.data).sort((a, b) => a.page - b.page);
});

/** Where each transcribed figure is printed, by its key (`consortium-results.proposals`). */
export const getSourceAnchors = oncePerBuild(async () => {
  const { getCollection } = await import('astro:content');
  return new Map((await getCollection('source-anchors')).map((e) => [e.data.id, e.data]));
});

/** Prefecture names by JIS code, in the reader's language. */
export async function getPrefectureNames(lang: Lang): Promise<Map<string, string>> {
  return new Map(readDataset('prefectures').map((p) => [p.code, pick(p, 'name', lang)]));
}

// ---- shared ----

/** A row by id; code that names a missing row is a build error, never a blank. */
export function row<R extends { id: string }>(rows: readonly R[], id: string): R {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}
