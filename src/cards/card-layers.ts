/**
 * A card's element tree (card-layout.ts cardElement) split in two layers that together draw the
 * same pixels, so the one most cards share is laid out once:
 *
 * - the frame: the paper, the brand bar, the header, the footer's rule and source line and the
 *   site's address, with the main row (kicker, title, subtitle, figures, picture) left empty.
 *   All project cards of a language and page have the same frame, and the frame is most of a
 *   card's glyphs (the source line alone is some 50), so satori's work on it is done once;
 * - the main row alone, at its place: the header is kept as an empty box of its height and
 *   nothing below the row is laid out (the row's height is fixed, so nothing above or below moves
 *   it), and the paper and bar are not painted (the frame does).
 *
 * The two layers do not overlap (the row clips its words to its box, MAIN_BOX), so the frame's
 * pixels with the main row's box drawn over them are the card's pixels.
 */
import { CONTENT_WIDTH, DESIGN, MAIN_HEIGHT, type CardElement } from './card-layout.ts';

/** Where the main row lies on the card, in px: below the bar, the top margin, the header and its gap. */
export const MAIN_BOX = {
  left: DESIGN.padX,
  top: DESIGN.bar + DESIGN.padTop + DESIGN.header + DESIGN.headerGap,
  width: CONTENT_WIDTH,
  height: MAIN_HEIGHT,
} as const;

export interface CardLayers {
  frame: CardElement;
  main: CardElement;
}

const childrenOf = (e: CardElement): (string | CardElement)[] => {
  const c = e.props.children;
  return c === undefined ? [] : Array.isArray(c) ? c : [c];
};

const withChildren = (e: CardElement, children: CardElement['props']['children']): CardElement => ({
  ...e,
  props: { ...e.props, children },
});

const withoutBackground = (e: CardElement): CardElement => {
  const { backgroundColor: _, ...style } = e.props.style;
  return { ...e, props: { ...e.props, style } };
};

const isElement = (x: string | CardElement | undefined): x is CardElement => typeof x === 'object' && x !== null;

/** The two layers of a card made by cardElement; undefined for any other tree (it is then drawn whole). */
export function cardLayers(card: CardElement): CardLayers | undefined {
  // cardElement's shape: root [bar, column [header, main row, footer rule, footer]].
  const [bar, column, ...rest] = childrenOf(card);
  if (!isElement(bar) || !isElement(column) || rest.length) return undefined;
  const [header, main, rule, footer, ...more] = childrenOf(column);
  if (!isElement(header) || !isElement(main) || !isElement(rule) || !isElement(footer) || more.length) return undefined;
  if (main.props.style.height === undefined || main.props.style.flexShrink !== 0) return undefined;
  return {
    frame: withChildren(card, [bar, withChildren(column, [header, withChildren(main, []), rule, footer])]),
    main: withChildren(withoutBackground(card), [withoutBackground(bar), withChildren(column, [withChildren(header, []), main])]),
  };
}
