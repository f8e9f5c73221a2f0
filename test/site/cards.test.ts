// Share cards in the built site (dist/, run `npm run build` first): every page of the two
// language trees announces a 1200×630 card that exists; chart, project and briefing pages get
// their own card, every other page its language's default card; and every card in dist is a
// 1200×630 PNG whose margins are empty paper (no text ran off the card).
// SITE_DIST points it at another build (default dist).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DESIGN } from '../../src/cards/card-layout.ts';
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
    }
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
});
