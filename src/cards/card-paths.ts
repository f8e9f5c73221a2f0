/** Where the 1200×630 share card of a page is: one per chart, project and briefing, the map's, one per language for the rest. */
import type { Lang } from '../core/locales.ts';

export type CardKind = 'charts' | 'projects' | 'briefings' | 'map' | 'site';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

export const cardPath = (lang: Lang, kind: CardKind, id = 'default'): string => `/cards/${lang}/${kind}/${id}.png`;
