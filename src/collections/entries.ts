/** Typed reads of the collections, in the order the pages need them. */
import { getCollection, getEntry } from 'astro:content';
import { pick, type Lang } from '../core/locales.ts';
import { oncePerBuild } from './once-per-build.ts';

/** The 17 projects from north to south; one array per build, so the map's layout is looked up by identity (map/map-model.ts). */
export const getProjects = oncePerBuild(async () => {
  const entries = await getCollection('cluster-projects');
  return entries.map((e) => e.data).sort((a, b) => a.derived.order - b.derived.order);
});

export const getBureaus = oncePerBuild(async () => (await getCollection('bureaus')).map((e) => e.data));

export async function getSource(id: string) {
  const entry = await getEntry('sources', id);
  if (!entry) throw new Error(`unknown source ${id}`);
  return entry.data;
}

/** One figure row of a figure table, by id; a missing row is a build error, never a blank. */
export async function getFigureRow<C extends 'phase1-outcomes' | 'consortium-results' | 'regional-resource-program' | 'cocreation-budget' | 'innovation-source' | 'collaboration-by-firm-size'>(
  collection: C,
  id: string,
) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`${collection} has no row ${id}`);
  return entry.data;
}

/** The source's pages in order, with their blocks, translation and title. */
export const getSourcePages = oncePerBuild(async () => (await getCollection('source-pages')).map((e) => e.data).sort((a, b) => a.page - b.page));

/** Where each transcribed figure is printed, by its key (`consortium-results.proposals`). */
export const getSourceAnchors = oncePerBuild(async () => new Map((await getCollection('source-anchors')).map((e) => [e.data.id, e.data])));

/** Prefecture names by JIS code, in the reader's language. */
export async function getPrefectureNames(lang: Lang): Promise<Map<string, string>> {
  return new Map((await getCollection('prefectures')).map((e) => [e.data.code, pick(e.data, 'name', lang)]));
}
