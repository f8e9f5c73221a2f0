/**
 * The raster job of a card: its element tree, laid out for the card's language and the site's
 * address. The element tree is the whole input (the cache keys on it), so it is made here, on
 * the thread that lists the images (src/raster/site-images.ts), and drawn on a raster thread.
 */
import { otherLang } from '../core/locales.ts';
import { t } from '../i18n/ui.ts';
import { absoluteUrl } from '../core/urls.ts';
import type { CardEntry } from '../cards/collect.ts';
import { fontAdvances } from '../text/text-width.ts';
import { cardElement, type CardFrame } from '../cards/card-layout.ts';
import type { RasterJob } from './jobs.ts';

/** `https://example.org/atlas/` → `example.org/atlas`: the address a reader of the image can type. */
const host = () =>
  absoluteUrl('/')
    .replace(/^https?:\/\//, '')
    .replace(/\/$/, '');

function frameOf(lang: CardEntry['lang']): CardFrame {
  return { lang, siteName: t(lang).siteName, altLang: otherLang(lang), altSiteName: t(otherLang(lang)).siteName, host: host() };
}

export function cardJob(card: CardEntry): RasterJob {
  return { kind: 'card', element: cardElement(card.content, frameOf(card.lang), fontAdvances()) };
}
