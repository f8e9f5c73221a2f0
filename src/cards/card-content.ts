/**
 * What each card says, from the data: one builder per kind. Every figure comes from a dataset
 * and is formatted by i18n/figure-format.ts exactly as the pages format it; the words come from the
 * dictionaries. Pure: the callers (src/cards/collect.ts, the tests) read the data.
 */
import type { ChartText } from '../charts/lib/types.ts';
import type { FigureText } from '../figures/figure-text.ts';
import { CARDS_UI } from '../i18n/cards.ts';
import { LOCALE_TAGS, pick, type Lang } from '../core/locales.ts';
import { t } from '../i18n/ui.ts';
import { formatFigure, formatPeriod } from '../i18n/figure-format.ts';
import type { Bureau } from '../schemas/bureaus.ts';
import type { ClusterProject } from '../schemas/cluster-projects.ts';
import type { Figure } from '../schemas/figure.ts';
import { FIELD_LABELS } from '../core/field-labels.ts';
import type { Source } from '../schemas/sources.ts';
import type { CardContent } from './card-layout.ts';

/** "Source: “<document title>”, 25 October 2007, page 2", from the sources dataset. */
export function sourceFooter(source: Source, pages: readonly number[], lang: Lang): string {
  if (!source.date) throw new Error(`source ${source.id} has no date for the card's source line`);
  const where = pages.length ? t(lang).pagesN([...pages]) : '';
  return CARDS_UI[lang].source(pick(source, 'title', lang), formatPeriod(source.date, lang), where);
}

/** A chart: its finding as the title, what it measures as the subtitle. */
export function chartCard(text: Pick<ChartText, 'title' | 'subtitle' | 'source'>, source: Source, lang: Lang): CardContent {
  return {
    kicker: CARDS_UI[lang].kickerChart,
    title: text.title,
    subtitle: text.subtitle,
    footer: sourceFooter(source, text.source.pages, lang),
  };
}

/** The national map: its finding as the title and what it shows as the subtitle, beside a miniature of the map. */
export function mapCard(text: Pick<FigureText, 'title' | 'source'>, projects: number, source: Source, lang: Lang): CardContent {
  const words = CARDS_UI[lang];
  return {
    kicker: words.kickerMap,
    title: text.title,
    subtitle: words.mapSubtitle(projects),
    picture: { drawing: 'national-map', alt: words.mapPicture(projects) },
    footer: sourceFooter(source, text.source.pages, lang),
  };
}

/**
 * A project: its name, bureau and fields, and its companies and universities as printed. A card
 * has no room for a computed figure's note, so it shows only printed figures.
 */
export function projectCard(project: ClusterProject, bureau: Bureau, source: Source, lang: Lang): CardContent {
  const words = CARDS_UI[lang];
  const fields = project.fields.map((f) => FIELD_LABELS[f][lang]).join(words.fieldSeparator);
  return {
    kicker: words.kickerProject,
    title: pick(project, 'name', lang),
    subtitle: words.projectSubtitle(pick(bureau, 'name', lang), fields),
    keyFigures: [
      { label: words.companies, value: formatFigure(project.companies, lang) },
      { label: words.universities, value: formatFigure(project.universities, lang) },
    ],
    footer: sourceFooter(source, [project.page], lang),
  };
}

/** A briefing: its title and summary (the frontmatter); it cites many pages, so the line names the document. */
export function briefingCard(briefing: { title: string; summary: string }, source: Source, lang: Lang): CardContent {
  return {
    kicker: CARDS_UI[lang].kickerBriefing,
    title: briefing.title,
    subtitle: briefing.summary,
    footer: sourceFooter(source, [], lang),
  };
}

export interface SiteFigures {
  /** How many current projects the dataset lists. */
  projects: number;
  /** The nationwide totals printed on page 2. */
  companies: Figure;
  universities: Figure;
  /** Their page. */
  page: number;
}

/** Every other page: the site's promise, with the size of what it covers. */
export function siteCard(figures: SiteFigures, source: Source, lang: Lang): CardContent {
  const words = CARDS_UI[lang];
  return {
    kicker: words.kickerSite,
    title: t(lang).siteTagline,
    subtitle: words.siteSubtitle,
    keyFigures: [
      { label: words.currentProjects, value: figures.projects.toLocaleString(LOCALE_TAGS[lang]) },
      { label: words.companies, value: formatFigure(figures.companies, lang) },
      { label: words.universities, value: formatFigure(figures.universities, lang) },
    ],
    footer: sourceFooter(source, [figures.page], lang),
  };
}
