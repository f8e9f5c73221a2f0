// Share cards in the built site (dist/, run `npm run build` first): every page of the two
// language trees announces a 1200×630 card that exists; chart, project and briefing pages get
// their own card, the map pages the map's, every other page its language's default card; every
// page describes its card in its language (og:image:alt, twitter:image:alt); and every card in dist
// is a 1200×630 PNG whose margins are empty paper (no text ran off the card).
// SITE_DIST points it at another build (default dist).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DESIGN, PICTURE_BOX } from '../../src/cards/card-layout.ts';
import { CARD_SIZE, cardPath } from '../../src/cards/card-paths.ts';
import { CHARTS } from '../../src/charts/chart-registry.ts';
import { LANGS, type Lang } from '../../src/core/locales.ts';
import { listBuiltSite } from './pages.ts';

const dist = resolve(process.env.SITE_DIST ?? 'dist');
const pages = listBuiltSite(dist).pages.filter((p) => /^\/(ja|en)\//.test(p));
const projectIds = (JSON.parse(readFileSync('content/data/cluster-projects.json', 'utf8')) as { id: string }[]).map((p) => p.id);
const briefingSlugs = readdirSync('content/briefings/ja').map((f) => f.replace(/\.md$/, ''));

/** The page's own card: charts, projects and briefings have one each; the rest share the default. */
function expectedCard(page: string): string {
  const [, lang, section, id] = /^\/(ja|en)\/(?:([^/]+)\/)?(?:([^/]+)\/)?/.exec(page)!;
  if (id && (section === 'charts' || section === 'projects' || section === 'briefings')) return cardPath(lang as Lang, section, id);
  if (section === 'map' && !id) return cardPath(lang as Lang, 'map');
  return cardPath(lang as Lang, 'site');
}

function meta(page: string) {
  const html = readFileSync(join(dist, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
  const { document } = parseHTML(html);
  const content = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? undefined;
  return {
    ogImage: content('meta[property="og:image"]'),
    ogWidth: content('meta[property="og:image:width"]'),
    ogHeight: content('meta[property="og:image:height"]'),
    ogTitle: content('meta[property="og:title"]'),
    ogDescription: content('meta[property="og:description"]'),
    twitterCard: content('meta[name="twitter:card"]'),
    twitterImage: content('meta[name="twitter:image"]'),
    ogImageAlt: content('meta[property="og:image:alt"]'),
    twitterImageAlt: content('meta[name="twitter:image:alt"]'),
  };
}

/** `https://host/cards/ja/site/default.png` → the file in dist. */
const fileOf = (url: string) => join(dist, new URL(url).pathname);

describe('share metadata on every page', () => {
  it('covers the pages that must have their own card', () => {
    for (const lang of LANGS) {
      for (const chart of CHARTS) expect(pages).toContain(`/${lang}/charts/${chart.id}/`);
      for (const id of projectIds) expect(pages).toContain(`/${lang}/projects/${id}/`);
      for (const slug of briefingSlugs) expect(pages).toContain(`/${lang}/briefings/${slug}/`);
      expect(pages).toContain(`/${lang}/`);
      expect(pages).toContain(`/${lang}/map/`);
    }
  });

  const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  it.each(pages)('%s describes its card in its language', (page) => {
    const m = meta(page);
    const alt = m.ogImageAlt?.trim() ?? '';
    expect(alt, 'og:image:alt').not.toBe('');
    expect(m.twitterImageAlt).toBe(m.ogImageAlt);
    // More than the page's title: the card shows a kicker, subtitle, figures or picture too.
    expect(alt).not.toBe(m.ogTitle);
    const [, lang, section, id] = /^\/(ja|en)\/(?:([^/]+)\/)?(?:([^/]+)\/)?/.exec(page)!;
    if (lang === 'ja') expect(japanese.test(alt), alt).toBe(true);
    // An English alt may quote a Japanese name only on a project's card (its name is printed in both).
    else if (section !== 'projects') expect(japanese.test(alt), alt).toBe(false);
    // A chart, project or briefing card shows the page's title; the map card, the finding the page states.
    if (id && (section === 'charts' || section === 'projects' || section === 'briefings')) expect(alt).toContain(m.ogTitle);
    if (section === 'map' && !id) expect(alt).toContain(m.ogDescription);
  });

  it.each(LANGS)('every page with the default card (%s) describes it the same way, and the map pages differently', (lang) => {
    const alts = (card: string) =>
      new Set(pages.filter((p) => p.startsWith(`/${lang}/`) && expectedCard(p) === card).map((p) => meta(p).ogImageAlt));
    const site = alts(cardPath(lang, 'site'));
    expect(site.size).toBe(1);
    const map = alts(cardPath(lang, 'map'));
    expect(map.size).toBe(1);
    expect([...map][0]).not.toBe([...site][0]);
  });

  it.each(pages)('%s announces its 1200×630 card', async (page) => {
    const m = meta(page);
    expect(m.ogImage, 'og:image').toBeDefined();
    expect(new URL(m.ogImage!).pathname.endsWith(expectedCard(page)), `${m.ogImage} is ${expectedCard(page)}`).toBe(true);
    expect(m.twitterImage).toBe(m.ogImage);
    expect([m.ogWidth, m.ogHeight]).toEqual([String(CARD_SIZE.width), String(CARD_SIZE.height)]);
    expect(m.twitterCard).toBe('summary_large_image');
    expect(m.ogTitle?.trim()).toBeTruthy();
    expect(m.ogDescription?.trim()).toBeTruthy();
    const file = fileOf(m.ogImage!);
    expect(existsSync(file), file).toBe(true);
    const { format, width, height } = await sharp(file).metadata();
    expect([format, width, height]).toEqual(['png', CARD_SIZE.width, CARD_SIZE.height]);
  });
});

describe('the cards', () => {
  const cards = existsSync(join(dist, 'cards'))
    ? readdirSync(join(dist, 'cards'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png'))
    : [];

  it('are one per chart, project and briefing in each language, plus a default per language', () => {
    const expected = LANGS.flatMap((lang) => [
      ...CHARTS.map((c) => cardPath(lang, 'charts', c.id)),
      ...projectIds.map((id) => cardPath(lang, 'projects', id)),
      ...briefingSlugs.map((slug) => cardPath(lang, 'briefings', slug)),
      cardPath(lang, 'map'),
      cardPath(lang, 'site'),
    ]);
    expect(cards.map((f) => `/cards/${f.split('\\').join('/')}`).sort()).toEqual(expected.sort());
  });

  it.each(cards)('%s is 1200×630 with empty margins', async (file) => {
    const image = sharp(join(dist, 'cards', file));
    const { width, height } = await image.metadata();
    expect([width, height]).toEqual([CARD_SIZE.width, CARD_SIZE.height]);
    // Below the brand bar, the side margins are white paper: nothing was drawn past the text box.
    // (Pixels, not stats(): sharp's stats() describe the whole input and ignore extract.)
    const darkest = async (left: number) =>
      (
        await image
          .clone()
          .extract({ left, top: DESIGN.bar, width: DESIGN.padX - 4, height: CARD_SIZE.height - DESIGN.bar })
          .removeAlpha()
          .raw()
          .toBuffer()
      ).reduce((min, v) => Math.min(min, v), 255);
    expect(await darkest(0), `${file} left margin`).toBe(255);
    expect(await darkest(CARD_SIZE.width - DESIGN.padX + 4), `${file} right margin`).toBe(255);
  });

  it.each(LANGS)('the map card (%s) shows the map in its picture box, where the default card is blank paper', async (lang) => {
    // The picture box: right of the words, below the header, above the footer.
    const box = {
      left: CARD_SIZE.width - DESIGN.padX - PICTURE_BOX.width,
      top: DESIGN.bar + DESIGN.padTop + DESIGN.header + DESIGN.headerGap,
      width: PICTURE_BOX.width,
      height: PICTURE_BOX.height,
    };
    const colourful = async (file: string) => {
      const pixels = await sharp(join(dist, file)).extract(box).removeAlpha().raw().toBuffer();
      let count = 0;
      for (let i = 0; i < pixels.length; i += 3) {
        const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
        if (Math.max(r, g, b) - Math.min(r, g, b) > 40) count++;
      }
      return count / (pixels.length / 3);
    };
    // Bureau shading and field colours: a good part of the box is coloured.
    expect(await colourful(cardPath(lang, 'map'))).toBeGreaterThan(0.03);
    expect(await colourful(cardPath(lang, 'site'))).toBe(0);
  });
});
