/**
 * What a transcribed figure is, in words, for the source pages' list of figures: the project and
 * the measure, or the row's label; and the words and links of the pages that use it.
 */
import type { ChartData } from '../schemas/datasets.ts';
import { pick, type Lang } from '../core/locales.ts';
import { t } from '../i18n/ui.ts';
import type { SourceAnchor } from '../schemas/source-anchor.ts';

export function figureLabel(anchor: SourceAnchor, data: ChartData, lang: Lang): string {
  if (anchor.dataset === 'cluster-projects') {
    const project = data.projects.find((p) => p.id === anchor.row);
    const measure = anchor.id.endsWith('.companies') ? t(lang).colCompanies : t(lang).colUniversities;
    return project ? `${pick(project, 'name', lang)}${lang === 'ja' ? '：' : ': '}${measure}` : anchor.id;
  }
  const rows = data[anchor.dataset as Exclude<keyof ChartData, 'projects' | 'bureaus'>] ?? [];
  const row = rows.find((r) => r.id === anchor.row);
  return row ? pick(row, 'label', lang) : anchor.id;
}
