/** The words a chart's page adds around the chart (ChartFigure.astro), in both languages. */
import type { Lang } from '../core/locales.ts';

export const CHART_UI: Record<Lang, { transcriptionHeading: string }> = {
  ja: { transcriptionHeading: '数値の読み取りについて' },
  en: { transcriptionHeading: 'How the figures were read' },
};
