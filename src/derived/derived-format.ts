/** A computed figure as a page shows it: counts and ranks as plain numbers, the rest with their unit (約32%). */
import type { Lang } from '../core/locales.ts';
import { formatFigure, formatValue } from '../i18n/figure-format.ts';
import type { DerivedFigure } from './derived-figure.ts';

export const formatDerived = (d: DerivedFigure, lang: Lang): string =>
  d.kind === 'count' || d.kind === 'rank' ? formatValue(d.figure, lang) : formatFigure(d.figure, lang);
