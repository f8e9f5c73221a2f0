/**
 * Which pages of the site show each transcribed figure, so a figure highlighted on a source page
 * can link to every page that uses it. Built from what each page declares it shows: a chart its
 * `figures` (and its computed figures' inputs), the map, the home page (which shows the map) and the
 * projects index every project's figures, the home page its key figures, a project or bureau page its projects', the Phase I story its bound keys and charts, and a
 * briefing, case or the about page the keys of its :fig[…] and the charts of its ::chart{…}.
 */
import type { ChartModule } from '../charts/lib/types.ts';
import type { ChartData } from '../schemas/datasets.ts';
import { catalogueOf } from '../derived/catalogue.ts';
import { printedInputKeys, projectKey } from '../derived/input-keys.ts';
import { pick, type Lang } from '../core/locales.ts';

export interface Use {
  /** Site path of the page. */
  path: string;
  /** What the page is, for the link. */
  label: string;
}

/** A page of prose (briefing, case, about) with its Markdown body, in one language. */
export interface ProsePage {
  path: string;
  title: string;
  body: string;
}

export interface UsageInput {
  lang: Lang;
  data: ChartData;
  charts: readonly ChartModule<unknown>[];
  /** The words of the page labels. */
  labels: { home: string; map: string; projects: string; outcomes: string };
  /** Keys of the home page's key figures. */
  home: { keys: readonly string[] };
  /** Keys the Phase I story binds, and the charts it shows. */
  outcomes: { keys: readonly string[]; charts: readonly string[] };
  prose: readonly ProsePage[];
}

const projectKeys = (ids: string[]) => ids.flatMap((id) => [projectKey(id, 'companies'), projectKey(id, 'universities')]);
const NATIONAL = ['phase1-outcomes.current-companies', 'phase1-outcomes.current-universities'];

/** Computed figures' inputs as printed figures: every project named where a key names them all. */
const computedInputs = (inputs: readonly string[], data: ChartData): string[] =>
  printedInputKeys(
    inputs,
    data.projects.map((p) => p.id),
  );

/** The printed figures a key stands for: itself, or a computed figure's inputs. */
function printedKeys(key: string, data: ChartData): string[] {
  if (!key.startsWith('derived.')) return [key];
  const catalogue = catalogueOf(data);
  const id = key.slice('derived.'.length);
  return catalogue.has(id) ? computedInputs(catalogue.get(id).inputs, data) : [];
}

export function figureUsage({ lang, data, charts, labels, home, outcomes, prose }: UsageInput): Map<string, Use[]> {
  const usage = new Map<string, Use[]>();
  const add = (keys: Iterable<string>, use: Use) => {
    for (const key of keys) {
      const uses = usage.get(key) ?? [];
      if (!uses.some((u) => u.path === use.path)) uses.push(use);
      usage.set(key, uses);
    }
  };
  const chartFigures = new Map(
    charts.map((c) => {
      const text = c.text(c.transform(data), lang);
      return [
        c.id,
        {
          title: text.title,
          keys: [
            ...text.figures,
            ...computedInputs(
              text.computed.flatMap((d) => d.inputs),
              data,
            ),
          ],
        },
      ] as const;
    }),
  );
  const all = projectKeys(data.projects.map((p) => p.id));

  add([...all, ...home.keys.flatMap((k) => printedKeys(k, data))], { path: `/${lang}/`, label: labels.home });
  add([...all, ...NATIONAL], { path: `/${lang}/projects/`, label: labels.projects });
  add(all, { path: `/${lang}/map/`, label: labels.map });
  add([...outcomes.keys.flatMap((k) => printedKeys(k, data)), ...outcomes.charts.flatMap((id) => chartFigures.get(id)?.keys ?? [])], {
    path: `/${lang}/outcomes/`,
    label: labels.outcomes,
  });
  for (const p of data.projects) add(projectKeys([p.id]), { path: `/${lang}/projects/${p.id}/`, label: pick(p, 'name', lang) });
  for (const b of data.bureaus)
    add(projectKeys(data.projects.filter((p) => p.bureau === b.id).map((p) => p.id)), {
      path: `/${lang}/bureaus/${b.id}/`,
      label: pick(b, 'name', lang),
    });
  for (const [id, chart] of chartFigures) add(chart.keys, { path: `/${lang}/charts/${id}/`, label: chart.title });
  for (const page of prose) {
    const keys = [...page.body.matchAll(/:fig\[([^\]]+)\]/g)].flatMap((m) => printedKeys(m[1]!.trim(), data));
    const shown = [...page.body.matchAll(/::chart\{id=([a-z0-9-]+)\}/g)].flatMap((m) => chartFigures.get(m[1]!)?.keys ?? []);
    add([...keys, ...shown], { path: page.path, label: page.title });
  }
  return usage;
}
