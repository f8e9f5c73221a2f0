/**
 * src/cards/card-layers.ts and card-png.ts cardPixels: a card drawn as its frame and its main
 * row's box, the frame shared between cards, has exactly the pixels of the card drawn whole.
 */
import { describe, expect, it } from 'vitest';
import { cardLayers } from '../../src/cards/card-layers.ts';
import { cardElement, type CardContent, type CardElement, type CardFrame } from '../../src/cards/card-layout.ts';
import { allCards } from '../../src/cards/collect.ts';
import { readImageInputs } from '../../src/collections/read-collections.ts';
import { cardJob } from '../../src/raster/card-drawing.ts';
import { cardPixels, cardSvg, rasteriseCardSvg } from '../../src/raster/card-png.ts';
import { fontAdvances } from '../../src/text/text-width.ts';

const frame: CardFrame = { lang: 'en', siteName: 'Site', altLang: 'ja', altSiteName: 'サイト', host: 'example.org' };
const content = (title: string, footer: string): CardContent => ({
  kicker: 'Kicker',
  title,
  subtitle: 'A subtitle',
  keyFigures: [{ label: 'companies', value: 'about 2,140' }],
  footer,
});

const samePixels = async (element: CardElement) => {
  const [whole, layered] = [rasteriseCardSvg(await cardSvg(element)), await cardPixels(element)];
  return whole.equals(layered);
};

describe('a card drawn in two layers', () => {
  it('has the pixels of the card drawn whole: a long title, a short one, the same frame and another', async () => {
    const metrics = fontAdvances();
    const long = 'A very long title that the plan must shrink and break over several lines, typography gauging jiggly '.repeat(3);
    for (const [title, footer] of [
      [long, 'Source: a document, page 2'],
      ['Short', 'Source: a document, page 2'],
      ['Short', 'Source: another document, page 3'],
    ] as const)
      expect(await samePixels(cardElement(content(title, footer), frame, metrics)), title).toBe(true);
  });

  it('has the pixels of the card drawn whole for cards of every kind of the site, the map’s included', async () => {
    const inputs = readImageInputs();
    const cards = allCards(inputs);
    const kinds = [...new Set(cards.map((c) => c.kind))];
    for (const kind of kinds)
      for (const card of cards.filter((c) => c.kind === kind).slice(0, 2)) {
        const job = cardJob(card, inputs);
        if (job.kind !== 'card') throw new Error('a card job');
        expect(await samePixels(job.element), `${card.lang} ${card.kind}`).toBe(true);
      }
  });

  it('splits only the tree cardElement makes', () => {
    const other: CardElement = { type: 'div', props: { style: {}, children: 'text' } };
    expect(cardLayers(other)).toBeUndefined();
    const layers = cardLayers(cardElement(content('T', 'F'), frame, fontAdvances()))!;
    // The frame has no title; the main row has no source line and no paper.
    expect(JSON.stringify(layers.frame)).not.toContain('"T"');
    expect(JSON.stringify(layers.frame)).toContain('"F"');
    expect(JSON.stringify(layers.main)).toContain('"T"');
    expect(JSON.stringify(layers.main)).not.toContain('"F"');
    expect(JSON.stringify(layers.main)).not.toContain('backgroundColor":"#ffffff');
  });
});
