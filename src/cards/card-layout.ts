/**
 * The design of a share card, as the element tree satori lays out: a thin brand bar, the site's
 * name, a kicker saying what is shared, the title as large as it can be while it fits, an
 * optional subtitle and row of key figures, and the source line. Dark text on white (every text
 * colour passes WCAG AA contrast, most AAA). Pure: content and font metrics in, elements out.
 */
import { CHART_COLOURS } from '../core/palette.ts';
import { LOCALE_TAGS, type Lang } from '../core/locales.ts';
import { FONT_FAMILY } from '../text/font-files.ts';
import { fitRow, fitText, lineHeightPx, type RowItem, type TextFit } from './fit.ts';
import type { Advances } from '../text/text-width.ts';
import { CARD_SIZE } from './card-paths.ts';

/** What a card says; content.ts builds one per chart, project, briefing and language. */
export interface CardContent {
  kicker: string;
  title: string;
  subtitle?: string | undefined;
  /** Up to three figures, already formatted (`約2,140社`). */
  keyFigures?: readonly RowItem[] | undefined;
  /** A drawing beside the words (the map's miniature); the text column narrows to make room. */
  picture?: CardPicture | undefined;
  /** The source line. */
  footer: string;
}

export interface CardPicture {
  /** Which drawing: the step that draws the card makes it (src/raster/card-drawing.ts). */
  drawing: 'national-map';
  /** What it shows, in the card's language, for the card's text alternative (card-alt.ts). */
  alt: string;
}

/** A picture as drawn, to be placed on the card: a whole SVG document and its size in px. */
export interface PictureImage {
  svg: string;
  width: number;
  height: number;
}

/** The element shape satori takes (React's, without React). */
export interface CardElement {
  type: 'div' | 'span' | 'img';
  props: {
    style: Record<string, string | number>;
    lang?: string;
    src?: string;
    width?: number;
    height?: number;
    children?: string | CardElement | (string | CardElement)[];
  };
}

export interface CardFrame {
  lang: Lang;
  /** The site's name in the card's language, and in the other one. */
  siteName: string;
  altSiteName: string;
  altLang: Lang;
  /** Where the site is (`example.org/atlas`), printed at the bottom right. */
  host: string;
}

/** The advances of both weights (text/text-width.ts fontAdvances). */
export interface FontMetrics {
  regular: Advances;
  bold: Advances;
}

/** Colours: the site's own (src/styles/global.css). Contrast on white: ink 16:1, muted 7.9:1, accent 6.6:1. */
export const COLOURS = {
  paper: '#ffffff',
  ink: CHART_COLOURS.ink,
  muted: CHART_COLOURS.inkMuted,
  accent: '#0b5cad',
  rule: '#c9ced6',
} as const;

/** Every measure of the design, in px, so the layout's arithmetic and the elements agree. */
export const DESIGN = {
  bar: 12,
  padTop: 36,
  padX: 64,
  padBottom: 30,
  header: 36,
  siteNameSize: 26,
  altNameSize: 20,
  headerGap: 30,
  kickerSize: 24,
  kickerGap: 10,
  title: { sizes: [68, 62, 56, 50, 46, 42, 38, 34], leading: 1.2, maxLines: 5 },
  subtitle: { sizes: [30, 28, 26, 24, 22], leading: 1.45, maxLines: 3 },
  subtitleGap: 16,
  figures: { sizes: [54, 48, 44, 40, 36, 32, 28], labelSize: 20, labelLeading: 1.4, gap: 44, inset: 20, rule: 5, top: 24, between: 4 },
  footerGap: 18,
  footerRule: 2,
  footerPad: 14,
  footerSize: 20,
  /** The box a picture is drawn to fit (its height is MAIN_HEIGHT), right of the words. */
  picture: { width: 380, gap: 40 },
} as const;

export const CONTENT_WIDTH = CARD_SIZE.width - 2 * DESIGN.padX;

const footerHeight = DESIGN.footerRule + DESIGN.footerPad + lineHeightPx(DESIGN.footerSize, 1.4);

/** Height left for kicker, title, subtitle and figures. */
export const MAIN_HEIGHT =
  CARD_SIZE.height - DESIGN.bar - DESIGN.padTop - DESIGN.header - DESIGN.headerGap - DESIGN.footerGap - footerHeight - DESIGN.padBottom;

/** The picture's box: the drawing step draws to fit it. */
export const PICTURE_BOX = { width: DESIGN.picture.width, height: MAIN_HEIGHT } as const;

/** Width of the words: all of the content width, less the picture's box when there is one. */
export const textWidthOf = (content: Pick<CardContent, 'picture'>) =>
  content.picture ? CONTENT_WIDTH - DESIGN.picture.width - DESIGN.picture.gap : CONTENT_WIDTH;

export interface CardPlan {
  title: TextFit;
  subtitle: TextFit | undefined;
  /** Size of the key figures' values, when there are any. */
  figureSize: number | undefined;
  figuresHeight: number;
}

/**
 * Where the space goes: the figures take their row, the subtitle up to its lines, and the title
 * everything left, so a long title shrinks before anything else gives way.
 */
export function planCard(content: CardContent, metrics: FontMetrics): CardPlan {
  const d = DESIGN;
  const width = textWidthOf(content);
  const figures = content.keyFigures?.length ? content.keyFigures : undefined;
  const figureSize = figures ? fitRow(figures, { ...d.figures, width }, metrics) : undefined;
  const figuresHeight =
    figureSize === undefined
      ? 0
      : d.figures.top + lineHeightPx(figureSize, 1.15) + d.figures.between + lineHeightPx(d.figures.labelSize, d.figures.labelLeading);
  const kicker = lineHeightPx(d.kickerSize, 1.3) + d.kickerGap;
  const free = MAIN_HEIGHT - kicker - figuresHeight;
  const subtitleBox = (maxHeight: number) => ({ ...d.subtitle, width, maxHeight });
  // The subtitle at its smallest size is what the title must leave room for…
  const subtitleMin = content.subtitle
    ? fitText(content.subtitle, { ...subtitleBox(free), sizes: d.subtitle.sizes.slice(-1) }, metrics.regular)
    : undefined;
  const titleSpace = free - (subtitleMin ? subtitleMin.height + d.subtitleGap : 0);
  const title = fitText(content.title, { ...d.title, width, maxHeight: titleSpace }, metrics.bold);
  // …and it then grows into whatever the title did not need.
  const subtitle = content.subtitle
    ? fitText(content.subtitle, subtitleBox(free - title.height - d.subtitleGap), metrics.regular)
    : undefined;
  return { title, subtitle, figureSize, figuresHeight };
}

const div = (style: CardElement['props']['style'], children?: CardElement['props']['children'], lang?: string): CardElement => ({
  type: 'div',
  props: lang ? { style, children, lang } : { style, children },
});

/**
 * A block of text in the lines the plan broke it into (newlines kept, so satori draws those lines
 * and does not break them its own way): cut with an ellipsis after the last planned line, never
 * taller than planned.
 */
function textBlock(fit: TextFit, style: CardElement['props']['style']): CardElement {
  return div(
    {
      display: 'block',
      fontSize: fit.size,
      lineHeight: `${fit.lineHeight}px`,
      maxHeight: fit.height,
      overflow: 'hidden',
      lineClamp: fit.lines,
      whiteSpace: 'pre-line',
      ...style,
    },
    fit.text.join('\n'),
  );
}

/** A small bar-chart mark beside the site name. */
function mark(): CardElement {
  const bar = (h: number) => div({ width: 6, height: h, backgroundColor: COLOURS.accent, borderRadius: 1 });
  return div({ display: 'flex', alignItems: 'flex-end', gap: 4, height: 24, marginRight: 14 }, [bar(10), bar(17), bar(24)]);
}

function keyFigures(items: readonly RowItem[], size: number): CardElement {
  const f = DESIGN.figures;
  return div(
    { display: 'flex', flexDirection: 'row', gap: f.gap, marginTop: 'auto', paddingTop: f.top },
    items.map((item) =>
      // The rule is a box of its own, not a border: satori draws a border through three nested
      // clip paths, each a canvas of resvg's, where a box is one rectangle (the same pixels).
      div({ display: 'flex', flexDirection: 'row', flexShrink: 1 }, [
        div({ width: f.rule, backgroundColor: COLOURS.accent, flexShrink: 0 }),
        div({ display: 'flex', flexDirection: 'column', paddingLeft: f.inset - f.rule, flexShrink: 1 }, [
          div(
            { fontSize: size, lineHeight: `${lineHeightPx(size, 1.15)}px`, fontWeight: 700, color: COLOURS.ink, whiteSpace: 'nowrap' },
            item.value,
          ),
          div(
            {
              fontSize: f.labelSize,
              lineHeight: `${lineHeightPx(f.labelSize, f.labelLeading)}px`,
              color: COLOURS.muted,
              marginTop: f.between,
            },
            item.label,
          ),
        ]),
      ]),
    ),
  );
}

/** The picture, centred in its box: satori draws the SVG document as an image. */
function pictureBox(picture: PictureImage): CardElement {
  const image: CardElement = {
    type: 'img',
    props: {
      src: `data:image/svg+xml;base64,${Buffer.from(picture.svg).toString('base64')}`,
      width: picture.width,
      height: picture.height,
      style: { width: picture.width, height: picture.height },
    },
  };
  return div(
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      width: PICTURE_BOX.width,
      height: PICTURE_BOX.height,
      flexShrink: 0,
    },
    [image],
  );
}

/**
 * The whole card. `metrics` measure the text so the title can be sized before drawing; `picture`
 * is the drawing the content asks for, made by the caller.
 */
export function cardElement(content: CardContent, frame: CardFrame, metrics: FontMetrics, picture?: PictureImage): CardElement {
  const d = DESIGN;
  if (content.picture && !picture) throw new Error(`the card “${content.title}” needs its picture (${content.picture.drawing}) drawn`);
  if (picture && (picture.width > PICTURE_BOX.width || picture.height > PICTURE_BOX.height))
    throw new Error(`a card's picture must fit ${PICTURE_BOX.width}×${PICTURE_BOX.height}, got ${picture.width}×${picture.height}`);
  const plan = planCard(content, metrics);
  const header = div({ display: 'flex', alignItems: 'center', justifyContent: 'space-between', height: d.header }, [
    div({ display: 'flex', alignItems: 'center' }, [
      mark(),
      div({ fontSize: d.siteNameSize, fontWeight: 700, color: COLOURS.ink }, frame.siteName),
    ]),
    div({ fontSize: d.altNameSize, color: COLOURS.muted }, frame.altSiteName, LOCALE_TAGS[frame.altLang]),
  ]);
  const words = div(
    { display: 'flex', flexDirection: 'column', flexGrow: 1, width: textWidthOf(content), height: MAIN_HEIGHT, overflow: 'hidden' },
    [
      div(
        {
          fontSize: d.kickerSize,
          lineHeight: `${lineHeightPx(d.kickerSize, 1.3)}px`,
          fontWeight: 700,
          color: COLOURS.accent,
          marginBottom: d.kickerGap,
        },
        content.kicker,
      ),
      // No textWrap: 'balance': with a line clamp, satori balances into far more, shorter lines.
      textBlock(plan.title, { fontWeight: 700, color: COLOURS.ink }),
      ...(content.subtitle && plan.subtitle ? [textBlock(plan.subtitle, { color: COLOURS.muted, marginTop: d.subtitleGap })] : []),
      ...(content.keyFigures?.length && plan.figureSize ? [keyFigures(content.keyFigures, plan.figureSize)] : []),
    ],
  );
  const main = div(
    { display: 'flex', flexDirection: 'row', gap: d.picture.gap, marginTop: d.headerGap, height: MAIN_HEIGHT, flexShrink: 0 },
    content.picture && picture ? [words, pictureBox(picture)] : [words],
  );
  // A box, not the footer's top border, for the same reason as the key figures' rules.
  const footerRule = div({ height: d.footerRule, marginTop: d.footerGap, backgroundColor: COLOURS.rule, flexShrink: 0 });
  const footer = div(
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      gap: 24,
      paddingTop: d.footerPad,
      fontSize: d.footerSize,
      lineHeight: `${lineHeightPx(d.footerSize, 1.4)}px`,
      // Proportional Japanese punctuation in the citation, whose runs of ：「」（） would otherwise
      // leave half-empty squares; titles keep full-width punctuation, as the pages do.
      fontFeatureSettings: '"palt" 1',
    },
    [
      div(
        { display: 'block', color: COLOURS.muted, flexShrink: 1, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' },
        content.footer,
      ),
      div({ color: COLOURS.accent, fontWeight: 700, flexShrink: 0, whiteSpace: 'nowrap' }, frame.host),
    ],
  );
  return div(
    {
      display: 'flex',
      flexDirection: 'column',
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      backgroundColor: COLOURS.paper,
      fontFamily: FONT_FAMILY,
      color: COLOURS.ink,
    },
    [
      div({ height: d.bar, backgroundColor: COLOURS.accent, flexShrink: 0 }),
      div({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `${d.padTop}px ${d.padX}px ${d.padBottom}px` }, [
        header,
        main,
        footerRule,
        footer,
      ]),
    ],
    LOCALE_TAGS[frame.lang],
  );
}
