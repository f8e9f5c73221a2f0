/**
 * What the pages that come in numbers read, declared for their incremental-build keys
 * (src/collections/cache-key.ts). A project page and a bureau page are most of the site at scale;
 * they are keyed by what they show, so a change elsewhere (a figure table, a briefing) leaves them
 * to be copied from the previous build. Every other route takes the key of the whole site.
 *
 * A project page shows every project (the rank chart and its table: names, bureaus, companies,
 * ranks and shares), its bureau and the bureau's neighbours on the locator map (bureaus,
 * prefectures), its source line and citations (sources, the source's pages and anchors), its share
 * card's text (the same), and its own networks, which no other project page shows. A bureau page
 * shows the bureau's projects and their totals and shares of all projects, on its map.
 */
import { cacheKey, type PageInput } from '../collections/cache-key.ts';
import { SOURCE_COLLECTIONS } from '../pipeline/build-collections.ts';
import { DATASET_IDS, FIGURE_TABLE_IDS, type EntryOf } from '../schemas/datasets.ts';

/**
 * Every dataset but the figure tables (which only charts, briefings and outcomes show) and
 * project-networks (of which a page shows its own rows), and the source's collections. Written as
 * what is left out, so that a dataset added later is in the key until someone shows it is not read.
 */
export const PROJECT_PAGE_INPUTS: readonly PageInput[] = [
  ...DATASET_IDS.filter((id) => !(FIGURE_TABLE_IDS as readonly string[]).includes(id) && id !== 'project-networks'),
  ...SOURCE_COLLECTIONS,
];

export const BUREAU_PAGE_INPUTS = PROJECT_PAGE_INPUTS;

/** A project page's key: the inputs above, and the project's own rows of project-networks. */
export function projectPageKey(id: string, networks: readonly EntryOf<'project-networks'>[], root?: string): string {
  return cacheKey(
    PROJECT_PAGE_INPUTS,
    networks.filter((n) => n.project === id),
    root,
  );
}

export const bureauPageKey = (root?: string): string => cacheKey(BUREAU_PAGE_INPUTS, [], root);
