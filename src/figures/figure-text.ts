/**
 * The text of a figure, whatever shows it: the finding as title, the subtitle, the text
 * alternative, the source and pages, and the page the figure lives on. Pure: it takes the
 * collections as arguments (FigureInputs), so the downloads, embeds and share panel all say the
 * same thing as the figure's page, and tests can call it without Astro.
 */
import { chartById } from '../charts/chart-registry.ts';
import { FIGURE_EXPORT_UI } from '../i18n/figure-export.ts';
import { pick, type Lang } from '../core/locales.ts';
import { t } from '../i18n/ui.ts';
import { catalogueOf, type DerivedInputs } from '../derived/catalogue.ts';
import type { DerivedFigure } from '../derived/derived-figure.ts';
import { formatFigure, formatPeriod } from '../i18n/figure-format.ts';
import { absoluteUrl } from '../core/urls.ts';
import type { Bureau } from '../schemas/bureaus.ts';
import type { ClusterProject } from '../schemas/cluster-projects.ts';
import type { Source } from '../schemas/sources.ts';
import { MEASURES } from '../core/measures.ts';
import type { FigureInputs } from '../collections/read-collections.ts';
import { figureKind, figurePaths, type FigureKind } from './figure-registry.ts';

/** A picture of the map shows the page's default measure. */
export const STILL_MAP_MEASURE = MEASURES[0];

export interface FigureText {
  id: string;
  lang: Lang;
  kind: FigureKind;
  /** States the finding, from the data. */
  title: string;
  subtitle: string;
  /** Text alternative of the drawing. */
  description: string;
  /** Source id and the pages the figures are on. */
  source: { id: string; pages: number[] };
  /** Site path of the figure's page (pass it through sitePath or absoluteUrl). */
  pagePath: string;
}

/**
 * Where the figure is shown: on a page or in an embed (`interactive`, the map's measure can be
 * switched) or as a picture (`still`, the SVG and PNG downloads and share cards).
 */
export type FigureMedium = 'interactive' | 'still';

export function figureText(id: string, lang: Lang, inputs: FigureInputs, medium: FigureMedium = 'interactive'): FigureText {
  const pagePath = figurePaths(lang, id).page;
  if (figureKind(id) === 'map') return { id, lang, kind: 'map', pagePath, ...mapText(inputs.chartData, lang, medium) };
  const chart = chartById(id);
  const text = chart.text(chart.transform(inputs.chartData), lang);
  return {
    id,
    lang,
    kind: 'chart',
    pagePath,
    title: text.title,
    subtitle: text.subtitle,
    description: text.description,
    source: text.source,
  };
}

/** The national map's words, as its page shows them (src/pages/[lang]/map/index.astro). */
export function mapText(
  data: DerivedInputs,
  lang: Lang,
  medium: FigureMedium = 'interactive',
): Pick<FigureText, 'title' | 'subtitle' | 'description' | 'source'> {
  const { projects, bureaus } = data;
  const ui = t(lang);
  return {
    title: mapFinding(data, lang),
    // A picture of the map has no switch to the universities: its subtitle does not offer one.
    subtitle:
      medium === 'still'
        ? FIGURE_EXPORT_UI[lang].stillMapSubtitle(projects.length, FIGURE_EXPORT_UI[lang].stillMapMeasure[STILL_MAP_MEASURE])
        : ui.mapSubtitle(projects.length),
    description: ui.mapAlt(projects.length, bureaus.length),
    source: projectsSource(projects),
  };
}

/**
 * The map's finding: the bureau whose projects hold the largest share of the companies. The share
 * and the count are computed (src/derived/); `mapFindingFigures` names them for the page's note.
 */
export function mapFinding(data: DerivedInputs, lang: Lang): string {
  const [share, count, top] = topBureau(data);
  return t(lang).mapTitle(formatFigure(share.figure, lang), pick(top, 'short', lang), count.figure.value);
}

export function mapFindingFigures(data: DerivedInputs): DerivedFigure[] {
  const [share, count] = topBureau(data);
  return [share, count];
}

function topBureau(data: DerivedInputs): [DerivedFigure, DerivedFigure, Bureau] {
  const derived = catalogueOf(data);
  const share = derived.get('top-bureau-companies-share');
  const top = data.bureaus.find((b) => derived.get(`bureau.${b.id}.companies-share`).exact === share.exact);
  if (!top) throw new Error('the map finding needs at least one bureau');
  return [share, derived.get(`bureau.${top.id}.project-count`), top];
}

/** The source and pages the map's figures come from: the projects' own. */
function projectsSource(projects: ClusterProject[]): FigureText['source'] {
  const ids = [...new Set(projects.map((p) => p.source))];
  if (ids.length !== 1) throw new Error(`the map's projects should share one source, found ${ids.join(', ') || 'none'}`);
  return { id: ids[0]!, pages: [...new Set(projects.map((p) => p.page))].sort((a, b) => a - b) };
}

export function sourceById(sources: Source[], id: string): Source {
  const source = sources.find((s) => s.id === id);
  if (!source) throw new Error(`unknown source ${id}`);
  return source;
}

/** `経済産業省…「…」（平成19年10月25日）2ページ`: publisher, title, date, pages, as SourceLine.astro writes them. */
export function sourceCitation(source: Source, pages: number[], lang: Lang): string {
  const ui = t(lang);
  const date = source.date ? formatPeriod(source.date, lang) : undefined;
  const title = pick(source, 'title', lang);
  const publisher = pick(source, 'publisher', lang);
  const where = pages.length ? ui.pagesN(pages) : '';
  return lang === 'ja'
    ? `${publisher}「${title}」${date ? `（${date}）` : ''}${where}`
    : `${publisher}, “${title}”${date ? ` (${date})` : ''}${where ? `, ${where}` : ''}`;
}

/** The whole source line, with its label: `出典：…` / `Source: …`. */
export function sourceLine(source: Source, pages: number[], lang: Lang): string {
  return `${t(lang).sourceLine}${lang === 'ja' ? '：' : ': '}${sourceCitation(source, pages, lang)}`;
}

/** Who made the figure and the address of its page, for a figure that leaves the site. */
export function creditLine(text: Pick<FigureText, 'lang' | 'pagePath'>): string {
  return FIGURE_EXPORT_UI[text.lang].credit(t(text.lang).siteName, absoluteUrl(text.pagePath));
}
