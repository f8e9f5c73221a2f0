/**
 * Share cards (src/cards/): what they say comes from the data, the words have no figures, a
 * card is a real 1200×630 PNG, and a title of any length stays inside the card.
 * Reads the generated collections in content/data/ (`npm run data`) directly, not through the
 * code under test.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { briefingCard, chartCard, projectCard, siteCard, sourceFooter } from '../../src/cards/card-content.ts';
import { DESIGN, PICTURE_BOX, cardElement, planCard, textWidthOf, type CardContent, type CardFrame } from '../../src/cards/card-layout.ts';
import { cardAlt, cardAltAt } from '../../src/cards/card-alt.ts';
import { allCards } from '../../src/cards/collect.ts';
import { cardJob } from '../../src/raster/card-drawing.ts';
import { mapFinding } from '../../src/figures/figure-text.ts';
import { mapMiniatureSvg } from '../../src/figures/map-svg.ts';
import { buildMapModel } from '../../src/map/map-model.ts';
import { fontAdvances } from '../../src/text/text-width.ts';
import { CARD_SIZE, cardPath } from '../../src/cards/card-paths.ts';
import { cardSvg, renderCard } from '../../src/raster/card-png.ts';
import { readChartData, readImageInputs } from '../../src/collections/read-collections.ts';
import { CHARTS } from '../../src/charts/chart-registry.ts';
import { CARDS_UI } from '../../src/i18n/cards.ts';
import { LANGS, type Lang } from '../../src/core/locales.ts';
import { toHalfWidth } from '../../src/core/japanese-number.ts';
import { Bureau } from '../../src/schemas/bureaus.ts';
import { ClusterProject } from '../../src/schemas/cluster-projects.ts';
import { Source } from '../../src/schemas/sources.ts';

const read = (id: string): unknown => JSON.parse(readFileSync(`content/data/${id}.json`, 'utf8'));
const projects = ClusterProject.array().parse(read('cluster-projects'));
const bureaus = Bureau.array().parse(read('bureaus'));
const sources = Source.array().parse(read('sources'));
const sourceOf = (id: string) => sources.find((s) => s.id === id)!;
const metrics = fontAdvances();

const frame = (lang: Lang): CardFrame => ({
  lang,
  siteName: 'SITE',
  altLang: lang === 'ja' ? 'en' : 'ja',
  altSiteName: 'ALT',
  host: 'example.org',
});

/** Only the digits of a text, half-width: `約２，１４０社` → `2140`. */
const digits = (text: string) => toHalfWidth(text).replace(/[^0-9]/g, '');

describe('card words (src/i18n/cards.ts)', () => {
  const DIGIT = /[\p{Nd}\p{No}]/u;
  const texts = (lang: Lang) =>
    Object.entries(CARDS_UI[lang]).map(
      ([key, value]) => [key, typeof value === 'function' ? (value as (...a: string[]) => string)('ARG', 'ARG', 'ARG') : value] as const,
    );

  it('ja and en have the same entries, none empty', () => {
    expect(Object.keys(CARDS_UI.en).sort()).toEqual(Object.keys(CARDS_UI.ja).sort());
    for (const lang of LANGS) for (const [key, text] of texts(lang)) expect(text.trim(), `${lang}.${key}`).not.toBe('');
  });

  it('no entry types a figure: templates print only what they are given', () => {
    for (const lang of LANGS) for (const [key, text] of texts(lang)) expect(DIGIT.test(text), `${lang}.${key}: ${text}`).toBe(false);
  });
});

describe('card content', () => {
  it.each(LANGS)('each project card carries that project’s name and printed figures (%s)', (lang) => {
    expect(projects).toHaveLength(17);
    for (const project of projects) {
      const bureau = bureaus.find((b) => b.id === project.bureau)!;
      const card = projectCard(project, bureau, sourceOf(project.source), lang);
      expect(card.title).toBe(lang === 'ja' ? project.name_ja : project.name_en);
      expect(card.subtitle).toContain(lang === 'ja' ? bureau.name_ja : bureau.name_en);
      const [companies, universities] = card.keyFigures!;
      // The digits as printed (full-width in the source) are the digits shown.
      expect(digits(companies!.value)).toBe(digits(project.companies.printed));
      expect(digits(universities!.value)).toBe(digits(project.universities.printed));
      // 約 in the source is "about" on the card, and only then.
      const about = lang === 'ja' ? '約' : 'about';
      expect(companies!.value.includes(about), companies!.value).toBe(project.companies.printed.startsWith('約'));
      expect(universities!.value.includes(about), universities!.value).toBe(project.universities.printed.startsWith('約'));
      expect(card.footer).toContain(lang === 'ja' ? `${project.page}ページ` : `page ${project.page}`);
    }
  });

  it('formats the largest project as the site does', () => {
    const kanto = projects.find((p) => p.companies.printed === '約２，１４０社')!;
    const bureau = bureaus.find((b) => b.id === kanto.bureau)!;
    expect(projectCard(kanto, bureau, sourceOf(kanto.source), 'ja').keyFigures![0]!.value).toBe('約2,140社');
    expect(projectCard(kanto, bureau, sourceOf(kanto.source), 'en').keyFigures![0]!.value).toBe('about 2,140 companies');
  });

  it('the source line names the document and its date from the sources dataset', () => {
    const document = sources.find((s) => s.kind === 'document')!;
    expect(sourceFooter(document, [2], 'ja')).toBe(`出典：「${document.title_ja}」（平成19年10月25日）2ページ`);
    expect(sourceFooter(document, [2], 'en')).toBe(`Source: “${document.title_en}”, 25 October 2007, page 2`);
    expect(sourceFooter(document, [], 'en')).toBe(`Source: “${document.title_en}”, 25 October 2007`);
  });

  it('a chart card states the chart’s finding and its pages', () => {
    const data = readChartData();
    for (const chart of CHARTS) {
      for (const lang of LANGS) {
        const text = chart.text(chart.transform(data), lang);
        const card = chartCard(text, sourceOf(text.source.id), lang);
        expect(card.title).toBe(text.title);
        expect(card.kicker).toBe(CARDS_UI[lang].kickerChart);
        for (const page of text.source.pages) expect(card.footer).toContain(String(page));
      }
    }
  });

  it('the default card shows the nationwide totals as printed', () => {
    const rows = read('phase1-outcomes') as {
      id: string;
      figure: { printed: string; value: number; unit: 'companies' | 'universities'; approx: boolean; decimals: number };
    }[];
    const companies = rows.find((r) => r.id === 'current-companies')!.figure;
    const universities = rows.find((r) => r.id === 'current-universities')!.figure;
    const card = siteCard({ projects: projects.length, companies, universities, page: 2 }, sources[0]!, 'en');
    expect(card.keyFigures!.map((f) => digits(f.value))).toEqual([
      String(projects.length),
      digits(companies.printed),
      digits(universities.printed),
    ]);
  });

  it('a briefing card is its title and summary', () => {
    const card = briefingCard({ title: 'T', summary: 'S' }, sources[0]!, 'ja');
    expect([card.kicker, card.title, card.subtitle]).toEqual([CARDS_UI.ja.kickerBriefing, 'T', 'S']);
  });
});

describe('card layout', () => {
  const long = (lang: Lang) =>
    lang === 'ja'
      ? 'カードの枠からはみ出さないことを確かめるために、わざと長く書いた架空の見出し、'.repeat(12)
      : 'A deliberately overlong made-up headline that checks the card never lets text run off its edges, '.repeat(12);
  const base = (title: string): CardContent => ({ kicker: 'KICKER', title, subtitle: 'A subtitle', footer: 'Source line' });

  it.each(LANGS)('a short title gets the largest size; a very long one shrinks to the smallest and is clamped (%s)', (lang) => {
    const short = planCard(base(lang === 'ja' ? '短い見出し' : 'A short title'), metrics);
    expect(short.title.size).toBe(DESIGN.title.sizes[0]);
    expect(short.title.clamped).toBe(false);
    const overlong = planCard(base(long(lang)), metrics);
    expect(overlong.title.size).toBe(DESIGN.title.sizes.at(-1));
    expect(overlong.title.clamped).toBe(true);
  });

  it.each(LANGS)('a very long title stays inside its box, above the footer and within the margins (%s)', async (lang) => {
    const boxes: { text: string; top: number; left: number; width: number; height: number }[] = [];
    const element = cardElement(base(long(lang)), frame(lang), metrics);
    await cardSvg(element, {
      onNodeDetected: (n) => {
        if (n.textContent) boxes.push({ text: n.textContent, top: n.top, left: n.left, width: n.width, height: n.height });
      },
    });
    // The title is drawn in the lines the layout broke it into (newlines where it may have had spaces).
    const title = boxes.find((b) => b.text.replace(/\s/gu, '') === long(lang).replace(/\s/gu, ''))!;
    const subtitle = boxes.find((b) => b.text === 'A subtitle')!;
    const footer = boxes.find((b) => b.text === 'Source line')!;
    expect(title.top + title.height).toBeLessThanOrEqual(subtitle.top);
    expect(subtitle.top + subtitle.height).toBeLessThanOrEqual(footer.top);
    for (const box of boxes) {
      expect(box.left, box.text).toBeGreaterThanOrEqual(DESIGN.padX);
      expect(box.left + box.width, box.text).toBeLessThanOrEqual(CARD_SIZE.width - DESIGN.padX);
      expect(box.top + box.height, box.text).toBeLessThanOrEqual(CARD_SIZE.height - DESIGN.padBottom);
    }
  });

  it('a very long title leaves the footer exactly as a short one does (nothing spills into it)', async () => {
    const footerBand = async (title: string) => {
      // Full colour, not the PNG's palette, which is chosen per image.
      const png = Buffer.from(await cardSvg(cardElement(base(title), frame('ja'), metrics)));
      const top = CARD_SIZE.height - DESIGN.padBottom - 60;
      return sharp(png)
        .extract({ left: 0, top, width: CARD_SIZE.width, height: CARD_SIZE.height - top })
        .raw()
        .toBuffer();
    };
    expect((await footerBand(long('ja'))).equals(await footerBand('短い見出し'))).toBe(true);
  });

  it('no real chart title is clamped: every one fits at some size', () => {
    const data = readChartData();
    for (const chart of CHARTS) {
      for (const lang of LANGS) {
        const text = chart.text(chart.transform(data), lang);
        const plan = planCard(chartCard(text, sourceOf(text.source.id), lang), metrics);
        expect(plan.title.clamped, `${chart.id} ${lang}`).toBe(false);
        expect(plan.subtitle?.clamped, `${chart.id} ${lang} subtitle`).toBe(false);
      }
    }
  });
});

describe('rendering', () => {
  it('a card is a 1200×630 PNG with dark text on a light background', async () => {
    const project = projects[0]!;
    const content = projectCard(project, bureaus.find((b) => b.id === project.bureau)!, sourceOf(project.source), 'ja');
    const png = await renderCard(cardElement(content, frame('ja'), metrics));
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    const image = sharp(png);
    const meta = await image.metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', CARD_SIZE.width, CARD_SIZE.height]);
    const stats = await image.stats();
    // Not blank: mostly white paper (high mean) with ink as dark as the text colour somewhere.
    for (const channel of stats.channels.slice(0, 3)) {
      expect(channel.min).toBeLessThan(40);
      expect(channel.max).toBe(255);
      expect(channel.mean).toBeGreaterThan(200);
      expect(channel.stdev).toBeGreaterThan(20);
    }
  }, 30_000);
});

describe('the map card', () => {
  const inputs = readImageInputs();
  const mapCards = allCards(inputs).filter((c) => c.kind === 'map');

  it.each(LANGS)('states the map page’s finding beside a miniature of the map, unclamped (%s)', (lang) => {
    const card = mapCards.find((c) => c.lang === lang)!;
    expect(card.id).toBe('default');
    expect(card.content.title).toBe(mapFinding(inputs.chartData, lang));
    expect(card.content.kicker).toBe(CARDS_UI[lang].kickerMap);
    expect(card.content.picture?.drawing).toBe('national-map');
    const plan = planCard(card.content, metrics);
    expect(plan.title.clamped).toBe(false);
    expect(plan.subtitle?.clamped).toBe(false);
  });

  it('draws the map as an image inside its box, right of the words, which keep to their narrower column', async () => {
    const card = mapCards.find((c) => c.lang === 'en')!;
    const job = cardJob(card, inputs);
    if (job.kind !== 'card') throw new Error('a card job');
    const boxes: { type: string; text: string; left: number; top: number; width: number; height: number }[] = [];
    await cardSvg(job.element, {
      onNodeDetected: (n) =>
        boxes.push({ type: n.type, text: n.textContent ?? '', left: n.left, top: n.top, width: n.width, height: n.height }),
    });
    const images = boxes.filter((b) => b.type === 'img');
    expect(images).toHaveLength(1);
    const map = images[0]!;
    const textRight = DESIGN.padX + textWidthOf(card.content);
    expect(map.left).toBeGreaterThanOrEqual(textRight + DESIGN.picture.gap);
    expect(map.left + map.width).toBeLessThanOrEqual(CARD_SIZE.width - DESIGN.padX);
    expect(map.width).toBeGreaterThan(PICTURE_BOX.width / 2);
    for (const box of boxes.filter((b) => b.text && b.top > map.top && b.top + b.height < map.top + map.height))
      expect(box.left + box.width, box.text).toBeLessThanOrEqual(textRight);
  }, 30_000);

  it('has no text in the miniature (a legend could not be read at this size) and keeps the map’s aspect', () => {
    const { projects: p, bureaus: b } = inputs.chartData;
    const model = buildMapModel(p, b);
    const mini = mapMiniatureSvg(model, 300);
    expect(mini.svg).not.toMatch(/<text\b/);
    expect(mini.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const aspect = (model.viewBox.x1 - model.viewBox.x0) / (model.viewBox.y1 - model.viewBox.y0);
    expect(mini.width / mini.height).toBeCloseTo(aspect, 2);
  }, 30_000);

  it('a card that asks for a picture cannot be drawn without it', () => {
    expect(() => cardElement(mapCards[0]!.content, frame('ja'), metrics)).toThrow(/picture/);
  });
});

describe('the cards’ text alternative (src/cards/card-alt.ts)', () => {
  const inputs = readImageInputs();
  const cards = allCards(inputs);

  it('says what each card shows: its kicker, title, subtitle, picture and key figures', () => {
    for (const card of cards) {
      const alt = cardAlt(card.content, card.lang);
      const where = `${card.lang}/${card.kind}/${card.id}`;
      for (const part of [card.content.kicker, card.content.title, card.content.subtitle, card.content.picture?.alt])
        if (part) expect(alt, where).toContain(part.replace(/[。.]$/u, ''));
      for (const figure of card.content.keyFigures ?? []) {
        expect(alt, where).toContain(figure.label);
        expect(alt, where).toContain(figure.value);
      }
      expect(alt, where).not.toBe(card.content.title);
    }
  });

  it('is in the card’s language, and the two languages differ', () => {
    const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
    for (const card of cards.filter((c) => c.lang === 'en' && c.kind !== 'projects')) {
      const alt = cardAlt(card.content, 'en');
      expect(alt.startsWith(CARDS_UI.en.altLead('Cluster Atlas')), alt).toBe(true);
      expect(japanese.test(alt), alt).toBe(false);
    }
    const site = (lang: Lang) => cards.find((c) => c.lang === lang && c.kind === 'site')!;
    expect(cardAlt(site('ja').content, 'ja')).not.toBe(cardAlt(site('en').content, 'en'));
    expect(japanese.test(cardAlt(site('ja').content, 'ja'))).toBe(true);
  });

  it('ends each sentence once: no doubled full stops', () => {
    for (const card of cards) expect(cardAlt(card.content, card.lang)).not.toMatch(/。。|\.\.(?!\.)/u);
  });

  it('is found by the card’s address for every card, and an unknown address is an error', () => {
    for (const card of cards) expect(cardAltAt(cardPath(card.lang, card.kind, card.id), inputs)).toBe(cardAlt(card.content, card.lang));
    expect(() => cardAltAt('/cards/en/charts/no-such-chart.png', inputs)).toThrow(/no share card/);
  });
});
