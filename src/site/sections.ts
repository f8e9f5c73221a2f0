/** The site's sections, for the navigation and the home page. New sections are added here. */
import type { Lang } from '../core/locales.ts';
import { t } from '../i18n/ui.ts';

export interface Section {
  href: string;
  label: string;
  description: string;
  /** False for a section reached from every page another way (the source, from every source line). */
  inHeader?: false;
}

export function sections(lang: Lang): Section[] {
  const ui = t(lang);
  return [
    { href: `/${lang}/`, label: ui.navHome, description: ui.siteTagline },
    { href: `/${lang}/map/`, label: ui.navMap, description: ui.mapSummary },
    { href: `/${lang}/bureaus/`, label: ui.navBureaus, description: ui.bureausSummary },
    { href: `/${lang}/outcomes/`, label: ui.navOutcomes, description: ui.outcomesSummary },
    { href: `/${lang}/charts/`, label: ui.navCharts, description: ui.chartsSummary },
    { href: `/${lang}/briefings/`, label: ui.navBriefings, description: ui.briefingsSummary },
    { href: `/${lang}/data/`, label: ui.navData, description: ui.dataIntro },
    { href: `/${lang}/source/`, label: ui.navSource, description: ui.sourceSummary, inHeader: false },
    { href: `/${lang}/about/`, label: ui.navAbout, description: ui.aboutSummary },
  ];
}
