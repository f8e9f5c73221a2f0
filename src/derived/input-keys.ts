/**
 * The keys a computed figure names as its inputs. Most name printed figures one by one
 * (`cluster-projects.<id>.companies`, `<dataset>.<row>`). A figure that reads one measure of every
 * project (a project's share of all projects, its rank among them, a bureau's share) names them
 * with one key, `cluster-projects.*.companies`: listing every project under every project's share
 * and ranks made the computed-figures download grow with the square of the projects (490 MB at
 * 1,700 projects, from 130 KB at 17). Readers of the inputs expand the key with `printedInputKeys`.
 */
export type ProjectMeasure = 'companies' | 'universities';

const PROJECTS = 'cluster-projects';
const EVERY = '*';

/** One project's printed figure: `cluster-projects.<id>.<measure>`. */
export const projectKey = (id: string, measure: ProjectMeasure): string => `${PROJECTS}.${id}.${measure}`;

/** Every project's printed figure of one measure: `cluster-projects.*.<measure>`. */
export const everyProjectKey = (measure: ProjectMeasure): string => projectKey(EVERY, measure);

/** What the download says of the notation, in its column description. */
export const INPUT_KEYS_DESCRIPTION = `dataset.row or ${projectKey('<id>', 'companies')}; ${everyProjectKey('companies')} stands for every project’s`;

/** The printed figures the keys name, each project named one by one where a key names them all. */
export function printedInputKeys(keys: readonly string[], projectIds: readonly string[]): string[] {
  return keys.flatMap((key) => {
    const [dataset, id, measure] = key.split('.');
    return dataset === PROJECTS && id === EVERY ? projectIds.map((p) => projectKey(p, measure as ProjectMeasure)) : [key];
  });
}
