/**
 * What the pages that come in numbers show, declared for their incremental-build keys
 * (src/collections/cache-key.ts). A project page and a bureau page are most of the site at scale;
 * they are keyed by what they show, so a change elsewhere (a figure table, a briefing) leaves them
 * to be copied from the previous build. Every other route takes the key of the whole site.
 *
 * A project page shows its bureau and the bureaus' map (bureaus, prefectures), its source line and
 * citations (sources, the source's pages and anchors), its share card's text (its own row and
 * bureau), its own networks, and some of the other projects: the largest and its neighbours in
 * rank (all of them up to CONTEXT_ALL), its bureau's others, the two beside it in the map's order,
 * and where the national map places it. Its key names those projects and figures one by one, so a
 * company count that changes leaves the pages that do not show it, or a rank or share it moves,
 * to be copied (at 1,700 projects, most of them). A bureau page shows the bureau's projects and
 * their totals and shares of all projects, on its map: it reads the projects whole.
 */
import { cacheKey, type PageInput } from '../collections/cache-key.ts';
import type { DerivedCatalogue } from '../derived/catalogue.ts';
import type { DerivedFigure } from '../derived/derived-figure.ts';
import { buildMapModel, projectPlacement } from '../map/map-model.ts';
import { SOURCE_COLLECTIONS } from '../pipeline/build-collections.ts';
import type { Bureau } from '../schemas/bureaus.ts';
import type { ClusterProject } from '../schemas/cluster-projects.ts';
import { DATASET_IDS, FIGURE_TABLE_IDS, type EntryOf } from '../schemas/datasets.ts';
import { bureauSiblings, contextWindow, rankedProjects } from './project-context.ts';

/**
 * Every dataset but the figure tables (which only charts, briefings and outcomes show),
 * project-networks (of which a page shows its own rows) and cluster-projects (of which it shows
 * the rows and figures named below), and the source's collections. Written as what is left out,
 * so that a dataset added later is in the key until someone shows it is not read.
 */
export const PROJECT_PAGE_INPUTS: readonly PageInput[] = [
  ...DATASET_IDS.filter(
    (id) => !(FIGURE_TABLE_IDS as readonly string[]).includes(id) && id !== 'project-networks' && id !== 'cluster-projects',
  ),
  ...SOURCE_COLLECTIONS,
];

export const BUREAU_PAGE_INPUTS: readonly PageInput[] = [...PROJECT_PAGE_INPUTS, 'cluster-projects'];

export interface ProjectPageData {
  /** Every project, in the map's order (north to south), as the page reads them. */
  projects: ClusterProject[];
  bureaus: Bureau[];
  networks: readonly EntryOf<'project-networks'>[];
  derived: DerivedCatalogue;
}

/** A computed figure as a page shows it: its value as rounded, what it is and how it is computed (not the unrounded value). */
const asShown = (d: DerivedFigure) => [d.id, d.figure, d.what, d.formula, d.pages];

/**
 * The key of each project page, by id: the inputs above, and what the page shows of the projects
 * (src/pages/[lang]/projects/[id].astro, ProjectContext.astro, RegionMap.astro's locator).
 * The ranking and the map are made once for all the pages.
 */
export function projectPageKeys({ projects, bureaus, networks, derived }: ProjectPageData, root?: string): (id: string) => string {
  const ranked = rankedProjects(projects);
  const map = buildMapModel(projects, bureaus);
  const name = (p: ClusterProject | undefined) => p && [p.id, p.name_ja, p.name_en];
  const figures = (id: string) =>
    ['companies-share', 'companies-rank', 'universities-rank'].map((what) => asShown(derived.get(`project.${id}.${what}`)));
  return (id) => {
    const at = projects.findIndex((p) => p.id === id);
    const project = projects[at];
    if (!project) throw new Error(`projectPageKeys: no project ${id}`);
    const siblings = bureauSiblings(projects, project);
    const context = contextWindow(ranked, id);
    return cacheKey(
      PROJECT_PAGE_INPUTS,
      [
        project,
        figures(id),
        projects.length,
        networks.filter((n) => n.project === id),
        context.shown.map((p) => [p, figures(p.id)]),
        // How many the chart leaves out, and where: a project can move past this one without coming into view.
        context.gaps,
        siblings.shown,
        siblings.total,
        [name(projects[at - 1]), name(projects[at + 1])],
        projectPlacement(map, id),
      ],
      root,
    );
  };
}

export const bureauPageKey = (root?: string): string => cacheKey(BUREAU_PAGE_INPUTS, [], root);
