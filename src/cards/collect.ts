/**
 * Every card of the site with what it says: one per chart, project and briefing in each
 * language, the map's, and one default card per language for every other page. The ids are the ones the
 * pages link to through cardPath() (src/layouts/SiteLayout.astro). Pure: the caller reads the
 * data (readImageInputs in src/collections/read-collections.ts), so the list is made outside any
 * page render, by the build step that draws the cards (src/raster/).
 */
import { CHARTS } from '../charts/chart-registry.ts';
import { LANGS, type Lang } from '../core/locales.ts';
import type { ImageInputs } from '../collections/read-collections.ts';
import { briefingCard, chartCard, mapCard, projectCard, siteCard } from './card-content.ts';
import { mapText } from '../figures/figure-text.ts';
import type { CardContent } from './card-layout.ts';
import type { CardKind } from './card-paths.ts';

export interface CardEntry {
  lang: Lang;
  kind: CardKind;
  id: string;
  content: CardContent;
}

/** The deck itself: the one source of kind `document`, which every briefing and the site quote. */
function documentSource(sources: ImageInputs['sources']) {
  const documents = sources.filter((s) => s.kind === 'document');
  if (documents.length !== 1) throw new Error(`share cards expect one source of kind document, found ${documents.length}`);
  return documents[0]!;
}

/** A printed figure row; a row the source gives no number for cannot be on a card. */
function printedFigure(inputs: ImageInputs, id: string) {
  const row = inputs.chartData['phase1-outcomes'].find((r) => r.id === id);
  if (!row) throw new Error(`phase1-outcomes has no row ${id}`);
  if (!row.figure) throw new Error(`phase1-outcomes ${id} has no printed figure for the default card`);
  return { figure: row.figure, page: row.page };
}

export function allCards(inputs: ImageInputs): CardEntry[] {
  const { chartData: data, sources, briefings } = inputs;
  const sourceOf = (id: string) => {
    const source = sources.find((s) => s.id === id);
    if (!source) throw new Error(`unknown source ${id}`);
    return source;
  };
  const { projects, bureaus } = data;
  const document = documentSource(sources);
  const companies = printedFigure(inputs, 'current-companies');
  const universities = printedFigure(inputs, 'current-universities');
  const cards: CardEntry[] = [];
  for (const lang of LANGS) {
    for (const chart of CHARTS) {
      const text = chart.text(chart.transform(data), lang);
      cards.push({ lang, kind: 'charts', id: chart.id, content: chartCard(text, sourceOf(text.source.id), lang) });
    }
    for (const project of projects) {
      const bureau = bureaus.find((b) => b.id === project.bureau);
      if (!bureau) throw new Error(`project ${project.id} names an unknown bureau ${project.bureau}`);
      cards.push({ lang, kind: 'projects', id: project.id, content: projectCard(project, bureau, sourceOf(project.source), lang) });
    }
    for (const entry of briefings.filter((b) => b.id.startsWith(`${lang}/`))) {
      cards.push({ lang, kind: 'briefings', id: entry.id.slice(lang.length + 1), content: briefingCard(entry.data, document, lang) });
    }
    const map = mapText(data, lang, 'still');
    cards.push({
      lang,
      kind: 'map',
      id: 'default',
      content: mapCard(map, projects.length, sourceOf(map.source.id), lang),
    });
    const site = { projects: projects.length, companies: companies.figure, universities: universities.figure, page: companies.page };
    cards.push({ lang, kind: 'site', id: 'default', content: siteCard(site, document, lang) });
  }
  return cards;
}
