/**
 * Each card's PNG, drawn once per build on the raster threads (src/raster/pool.ts). A build asks
 * for all of them as soon as the cards' route lists its paths, before Astro renders any page, so
 * the threads draw while the main thread renders the pages; the route's GET collects each PNG.
 */
import { otherLang } from '../core/locales.ts';
import { t } from '../i18n/ui.ts';
import { absoluteUrl } from '../core/urls.ts';
import { drawPng } from './pool.ts';
import type { CardEntry } from '../cards/collect.ts';
import { fontAdvances } from '../text/text-width.ts';
import { cardElement, type CardFrame } from '../cards/card-layout.ts';

/** `https://example.org/atlas/` → `example.org/atlas`: the address a reader of the image can type. */
const host = () => absoluteUrl('/').replace(/^https?:\/\//, '').replace(/\/$/, '');

function frameOf(lang: CardEntry['lang']): CardFrame {
  return { lang, siteName: t(lang).siteName, altLang: otherLang(lang), altSiteName: t(otherLang(lang)).siteName, host: host() };
}

const drawn = new Map<string, Promise<Buffer>>();

export function cardPng(card: CardEntry): Promise<Buffer> {
  const key = `${card.lang}/${card.kind}/${card.id}`;
  let png = drawn.get(key);
  if (!png) drawn.set(key, (png = drawPng({ kind: 'card', element: cardElement(card.content, frameOf(card.lang), fontAdvances()) })));
  return png;
}

/** Starts drawing every card. A failure is not lost: the GET that collects that card reports it. */
export function startDrawing(cards: readonly CardEntry[]): void {
  for (const card of cards) cardPng(card).catch(() => {});
}
