/**
 * The text alternative of a share card (og:image:alt, twitter:image:alt): what the image shows,
 * in the card's language, from the same content the card is drawn from, so the words cannot
 * drift from the picture. The site name in the card's header, the kicker and title, the subtitle,
 * the picture and the key figures; the source line is left to the page's own description.
 */
import type { Lang } from '../core/locales.ts';
import { CARDS_UI } from '../i18n/cards.ts';
import { t } from '../i18n/ui.ts';
import type { ImageInputs } from '../collections/read-collections.ts';
import type { CardContent } from './card-layout.ts';
import { cardPath } from './card-paths.ts';
import { allCards } from './collect.ts';

export function cardAlt(content: CardContent, lang: Lang): string {
  const words = CARDS_UI[lang];
  const figures = content.keyFigures?.map((f) => words.altFigure(f.label, f.value)).join(words.altFigureSeparator);
  return words.altSentences(
    ...[
      words.altLead(t(lang).siteName),
      words.altKicker(content.kicker, content.title),
      content.subtitle,
      content.picture?.alt,
      figures,
    ].filter((s): s is string => Boolean(s?.trim())),
  );
}

/** Every card's text alternative by its site path; made once for the collections a build reads. */
const altsOf = new WeakMap<ImageInputs['chartData'], Map<string, string>>();

/** The text alternative of the card at a site path (cardPath); an unknown card is an error, so no page goes without one. */
export function cardAltAt(path: string, inputs: ImageInputs): string {
  let alts = altsOf.get(inputs.chartData);
  if (!alts) {
    alts = new Map(allCards(inputs).map((card) => [cardPath(card.lang, card.kind, card.id), cardAlt(card.content, card.lang)]));
    altsOf.set(inputs.chartData, alts);
  }
  const alt = alts.get(path);
  if (alt === undefined) throw new Error(`no share card at ${path}: the cards are listed in src/cards/collect.ts`);
  return alt;
}
