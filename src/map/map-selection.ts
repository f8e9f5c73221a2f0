/**
 * Which projects the national map draws. Up to MAP_MAX_SYMBOLS it draws them all (the real
 * data's 17); past that, circles that the regions cannot hold apart and labels that cannot be
 * placed make no national picture, and every symbol weighs its link, label, tooltip data and
 * key entry on the page. Then the map draws the largest by companies, the default measure, and
 * says so; every project stays listed on the project index.
 */
import { LANGS } from '../core/locales.ts';
import { MEASURES } from '../core/measures.ts';
import type { Bureau } from '../schemas/bureaus.ts';
import { type ClusterProject, largestFirst } from '../schemas/cluster-projects.ts';
import { LABEL_VARIANTS, mapLabels, type LabelVariantId } from './map-labels.ts';
import { buildMapModel } from './map-model.ts';

/**
 * The most circles the map draws: half again the real data's count. The benchmark's synthetic
 * data at 10× and 100× the real size labels 25 at every width and measure; 30 did not.
 */
export const MAP_MAX_SYMBOLS = 25;
/** How many fewer to try, each time the largest so many cannot all be labelled. */
const STEP = 5;

export interface MapSelection {
  /** The projects drawn, in the order given. */
  drawn: ClusterProject[];
  /** How many projects there are in all. */
  total: number;
  /** Whether some were left out. */
  partial: boolean;
}

/**
 * Every project up to `limit` (the same array: the map model is cached by the array's identity),
 * else the `limit` largest, or, while their labels find no room in either language at some width
 * or measure, STEP fewer at a time: the map, its table and both languages draw the same. All the
 * projects are drawn whenever they number `limit` or fewer, as before there was a limit: a map of
 * the real data that cannot be labelled fails.
 */
export function mapSelection(projects: ClusterProject[], bureaus: Bureau[], limit = MAP_MAX_SYMBOLS): MapSelection {
  if (!made.has(projects)) made.set(projects, new Map());
  const byLimit = made.get(projects)!;
  const key = `${limit}`;
  if (!byLimit.has(key))
    byLimit.set(
      key,
      largestThatFit(projects, limit, (drawn) => labelled(drawn, bureaus)),
    );
  return byLimit.get(key)!;
}

/**
 * What a bureau's zoomed map (region-map.ts) draws, by the same rule: every one of the bureau's
 * projects up to `limit` (the real bureaus have a few each), else the largest by companies. Its
 * labels name prefectures, placed around whatever circles are drawn, so no count is too many to
 * label; the limit is the national map's, as a bureau's area is drawn about as wide.
 */
export function bureauSelection(projects: ClusterProject[], bureau: string, limit = MAP_MAX_SYMBOLS): MapSelection {
  if (!made.has(projects)) made.set(projects, new Map());
  const byKey = made.get(projects)!;
  const key = `${bureau}:${limit}`;
  if (!byKey.has(key))
    byKey.set(
      key,
      largestThatFit(
        projects.filter((p) => p.bureau === bureau),
        limit,
        () => true,
      ),
    );
  return byKey.get(key)!;
}

/** Selections made, per projects array (the collections, read once per build), bureau and limit. */
const made = new WeakMap<ClusterProject[], Map<string, MapSelection>>();

/** Whether the map of these projects can be labelled in every language, variant and measure (map-labels.ts). */
function labelled(drawn: ClusterProject[], bureaus: Bureau[]): boolean {
  const model = buildMapModel(drawn, bureaus);
  try {
    for (const lang of LANGS)
      for (const variant of Object.keys(LABEL_VARIANTS) as LabelVariantId[])
        for (const measure of MEASURES) mapLabels(model, bureaus, lang, variant, measure);
    return true;
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('mapLabels: no room')) return false;
    throw error;
  }
}

/** The selection itself, with what counts as legible given: mapSelection's, or a test's. */
export function largestThatFit(projects: ClusterProject[], limit: number, fits: (drawn: ClusterProject[]) => boolean): MapSelection {
  if (projects.length <= limit) return { drawn: projects, total: projects.length, partial: false };
  const bySize = [...projects].sort(largestFirst);
  for (let n = limit; n > 0; n -= STEP) {
    const largest = new Set(bySize.slice(0, n));
    const drawn = projects.filter((p) => largest.has(p));
    if (n <= STEP || fits(drawn)) return { drawn, total: projects.length, partial: true };
  }
  throw new Error('unreachable: the smallest selection is returned without asking');
}
