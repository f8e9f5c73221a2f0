/**
 * Every card of the site with what it says, read from the collections: one per chart, project
 * and briefing in each language, and one default card per language for every other page. The
 * ids are the ones the pages link to through cardPath() (src/layouts/SiteLayout.astro).
 */
import { getCollection } from 'astro:content';
import { CHARTS } from '../charts/chart-registry.ts';
import { LANGS, type Lang } from '../core/locales.ts';
import { loadChartData } from '../collections/read-collections.ts';
import { getBureaus, getFigureRow, getProjects, getSource } from '../collections/read-collections.ts';
import { briefingCard, chartCard, projectCard, siteCard } from './card-content.ts';
import type { CardContent } from './card-layout.ts';
import type { CardKind } from './card-paths.ts';

export interface CardEntry {
  lang: Lang;
  kind: CardKind;
  id: string;
  content: CardContent;
}

/** The deck itself: the one source of kind `document`, which every briefing and the site quote. */
async function documentSource() {
  const documents = (await getCollection('sources')).filter((s) => s.data.kind === 'document');
  if (documents.length !== 1) throw new Error(`share cards expect one source of kind document, found ${documents.length}`);
  return documents[0]!.data;
}

/** A printed figure row; a row the source gives no number for cannot be on a card. */
async function printedFigure(id: string) {
  const row = await getFigureRow('phase1-outcomes', id);
  if (!row.figure) throw new Error(`phase1-outcomes ${id} has no printed figure for the default card`);
  return { figure: row.figure, page: row.page };
}

export async function allCards(): Promise<CardEntry[]> {
  const data = await loadChartData();
  const projects = await getProjects();
  const bureaus = await getBureaus();
  const briefings = await getCollection('briefings');
  const document = await documentSource();
  const companies = await printedFigure('current-companies');
  const universities = await printedFigure('current-universities');
  const cards: CardEntry[] = [];
  for (const lang of LANGS) {
    for (const chart of CHARTS) {
      const text = chart.text(chart.transform(data), lang);
      cards.push({ lang, kind: 'charts', id: chart.id, content: chartCard(text, await getSource(text.source.id), lang) });
    }
    for (const project of projects) {
      const bureau = bureaus.find((b) => b.id === project.bureau);
      if (!bureau) throw new Error(`project ${project.id} names an unknown bureau ${project.bureau}`);
      cards.push({ lang, kind: 'projects', id: project.id, content: projectCard(project, bureau, await getSource(project.source), lang) });
    }
    for (const entry of briefings.filter((b) => b.id.startsWith(`${lang}/`))) {
      cards.push({ lang, kind: 'briefings', id: entry.id.slice(lang.length + 1), content: briefingCard(entry.data, document, lang) });
    }
    const site = { projects: projects.length, companies: companies.figure, universities: universities.figure, page: companies.page };
    cards.push({ lang, kind: 'site', id: 'default', content: siteCard(site, document, lang) });
  }
  return cards;
}
