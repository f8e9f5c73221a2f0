/** The site's sections, for the navigation and the home page. New sections are added here. */
import type { Lang } from '../i18n/locales.ts';
import { t } from '../i18n/ui.ts';

export interface Section {
  href: string;
  label: string;
  description: string;
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
    { href: `/${lang}/about/`, label: ui.navAbout, description: ui.aboutSummary },
  ];
}
