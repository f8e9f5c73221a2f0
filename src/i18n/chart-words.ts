/** The words a chart's page adds around the chart (ChartFigure.astro), in both languages. */
import type { Lang } from '../core/locales.ts';
import { SLOT } from './slot.ts';

export const CHART_UI: Record<
  Lang,
  {
    transcriptionHeading: string;
    /**
     * Under a table that shows `shown` of `total` projects (ChartTable.projectsShown): where the
     * rest are. Takes SLOT twice: the link to the projects index, then the link to the figure's CSV.
     */
    projectsShown: (shown: number, total: number) => string;
    projectsIndex: string;
    figureCsv: string;
  }
> = {
  ja: {
    transcriptionHeading: '数値の読み取りについて',
    projectsShown: (shown, total) => `表には${shown}プロジェクトを掲げた。全${total}プロジェクトは${SLOT}と${SLOT}にある。`,
    projectsIndex: 'プロジェクト一覧',
    figureCsv: 'このグラフのデータ（CSV）',
  },
  en: {
    transcriptionHeading: 'How the figures were read',
    projectsShown: (shown, total) => `The table shows ${shown} projects. All ${total} are in the ${SLOT} and in ${SLOT}.`,
    projectsIndex: 'projects index',
    figureCsv: "this chart's data (CSV)",
  },
};
