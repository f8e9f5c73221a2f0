/** The site's sections, for the navigation, the home page's ways in and the site index. New sections are added here. */
import type { Lang } from '../core/locales.ts';
import { t } from '../i18n/ui.ts';

export interface Section {
  href: string;
  label: string;
  description: string;
  /** False for a section reached from every page another way (the source, from every source line; the projects, from the home page and the site index). */
  inHeader?: false;
  /** One of the home page's main ways in (map, charts, briefings, data), drawn larger there. */
  primary?: true;
}

export function sections(lang: Lang): Section[] {
  const ui = t(lang);
  return [
    { href: `/${lang}/`, label: ui.navHome, description: ui.siteTagline },
    { href: `/${lang}/map/`, label: ui.navMap, description: ui.mapSummary, primary: true },
    { href: `/${lang}/projects/`, label: ui.navProjects, description: ui.projectsSummary, inHeader: false },
    { href: `/${lang}/bureaus/`, label: ui.navBureaus, description: ui.bureausSummary },
    { href: `/${lang}/outcomes/`, label: ui.navOutcomes, description: ui.outcomesSummary },
    { href: `/${lang}/charts/`, label: ui.navCharts, description: ui.chartsSummary, primary: true },
    { href: `/${lang}/briefings/`, label: ui.navBriefings, description: ui.briefingsSummary, primary: true },
    { href: `/${lang}/data/`, label: ui.navData, description: ui.dataSummary, primary: true },
    { href: `/${lang}/source/`, label: ui.navSource, description: ui.sourceSummary, inHeader: false },
    { href: `/${lang}/about/`, label: ui.navAbout, description: ui.aboutSummary },
  ];
}
