/**
 * The one text module (src/text/): widths are the font's own advances, lines follow UAX #14's
 * Japanese rules (禁則) and never split a BudouX phrase that fits on a line, nothing is lost or
 * overflows, and the share cards' planned lines are the lines satori draws.
 * The advance widths below were read from the font files with fontTools (`hmtx`, through the
 * best `cmap`), not from this program: Noto Sans JP, 1000 units per em. The card check reads
 * the generated collections in content/data/ (`npm run data`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartCard } from '../../src/cards/card-content.ts';
import { cardElement, planCard, type CardElement } from '../../src/cards/card-layout.ts';
import { CHARTS } from '../../src/charts/chart-registry.ts';
import { readChartData } from '../../src/collections/read-collections.ts';
import { LANGS } from '../../src/core/locales.ts';
import { cardSvg } from '../../src/raster/card-png.ts';
import { Source } from '../../src/schemas/sources.ts';
import { Parser } from '../../src/text/budoux/budoux-parser.ts';
import { model } from '../../src/text/budoux/budoux-ja-model.ts';
import { fontAdvances, labelMargin, textWidth, widthEm } from '../../src/text/text-width.ts';
import { balancedWrapText, breakUnits, wrapText } from '../../src/text/wrap-text.ts';

const SOURCE_JA = '出典：経済産業省 地域経済産業グループ 地域技術課長「経済産業省における地域技術施策について」（平成19年10月25日）2ページ';
const TITLE_JA = '地域産業活性化プロジェクト（関東）が約2,140社・83大学で、参加企業・大学とも17プロジェクト中最多';
const TITLE_EN =
  'The Regional Industry Revitalization Project (Kanto) is the largest of the 17 projects, with about 2,140 companies and 83 universities';
const BRIEFING_JA = '地域イノベーション施策の全体像を、産業クラスター計画と知的クラスター創成事業から読む';
const URL_LINE = '作成：産業クラスター・アトラス　http://localhost:4321/ja/charts/collaboration-by-firm-size/';

/**
 * Characters no line may begin with (UAX #14 classes CL, CP, NS, EX, IS and CJ: closing punctuation, small kana, the prolonged sound mark).
 */
const NO_START = /^[、。，．）」』】〕〉》］｝・：；！？ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/u;
/** …nor end with (classes OP: opening brackets). */
const NO_END = /[（「『【〔〈《［｛]$/u;

describe('widths are the font file’s advances', () => {
  it('sums hmtx advances by hand: regular and bold', () => {
    // Regular: A 608, t 377, l 284, a 563, s 468; 2 555, ',' 278, 1 555, 4 555, 0 555, 社 1000.
    expect(textWidth('Atlas', 1000)).toBe(2300);
    expect(textWidth('2,140社', 1000)).toBe(555 + 278 + 555 + 555 + 555 + 1000);
    // Bold: A 641, t 421, l 315, a 591, s 495; space 227.
    expect(textWidth('Atlas Atlas', 1000, 'bold')).toBeCloseTo(2 * (641 + 421 + 315 + 591 + 495) + 227, 9);
    // Kanji and Japanese punctuation are one em in both weights.
    for (const weight of ['regular', 'bold'] as const) expect(textWidth('字、。ー', 1000, weight)).toBe(4000);
  });

  it('is linear in the size and additive over text', () => {
    const em = widthEm(TITLE_EN, fontAdvances().regular);
    expect(textWidth(TITLE_EN, 13)).toBeCloseTo(em * 13, 9);
    expect(textWidth('ab', 20) + textWidth('cd', 20)).toBeCloseTo(textWidth('abcd', 20), 9);
  });

  it('a label margin fits the widest label plus its padding', () => {
    expect(labelMargin(['Atlas', '字'], 1000, 12)).toBe(2300 + 12);
  });
});

describe('break opportunities', () => {
  it('keep every character', () => {
    for (const text of [SOURCE_JA, TITLE_JA, TITLE_EN, BRIEFING_JA, URL_LINE]) expect(breakUnits(text).join('')).toBe(text);
  });

  it('follow 禁則: no piece starts with closing punctuation or a small kana, none ends with an opening bracket', () => {
    for (const text of [SOURCE_JA, TITLE_JA, BRIEFING_JA, 'ちょっとした「ゆっくり」な、ショッピング（ミュージアム）。ー']) {
      for (const unit of breakUnits(text)) {
        expect(unit, text).not.toMatch(NO_START);
        expect(unit.trimEnd(), text).not.toMatch(NO_END);
      }
    }
  });

  it('are BudouX phrase ends in Japanese: every piece is made of whole phrases', () => {
    const parser = new Parser(model);
    for (const text of [SOURCE_JA, TITLE_JA, BRIEFING_JA]) {
      const phraseEnds = new Set(parser.parseBoundaries(text));
      let at = 0;
      for (const unit of breakUnits(text).slice(0, -1)) {
        at += unit.length;
        expect(phraseEnds.has(at) || /\s$/u.test(unit), `${text} at ${at}`).toBe(true);
      }
    }
    // A word BudouX keeps whole is never split: 全体像を is one phrase.
    expect(breakUnits(BRIEFING_JA).some((u) => u.includes('全体像を'))).toBe(true);
    // A number stays with its counter and 約.
    expect(breakUnits(TITLE_JA).some((u) => u.includes('約2,140社'))).toBe(true);
  });

  it('are spaces and hyphens in English (UAX #14)', () => {
    expect(breakUnits('about 2,140 companies, firm-size')).toEqual(['about ', '2,140 ', 'companies, ', 'firm-', 'size']);
  });
});

describe('wrapText', () => {
  it.each([SOURCE_JA, TITLE_JA, TITLE_EN, BRIEFING_JA])('keeps every character and fits each line: %s', (text) => {
    for (const width of [120, 200, 320, 632]) {
      const lines = wrapText(text, width, 13);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(width);
    }
  });

  it('never starts a line with closing punctuation or a small kana, nor ends one after an opening bracket', () => {
    for (const width of [60, 100, 150, 180, 230, 260, 300, 400]) {
      for (const line of [...wrapText(TITLE_JA, width, 13), ...wrapText(SOURCE_JA, width, 13), ...wrapText(BRIEFING_JA, width, 13)]) {
        expect(line, `width ${width}`).not.toMatch(NO_START);
        expect(line, `width ${width}`).not.toMatch(NO_END);
      }
    }
  });

  it('keeps a number with its counter and 約 wherever their phrase fits on a line', () => {
    // 約2,140社・83大学で、 is one phrase, 134 px at 13 px: narrower lines must split it.
    for (const width of [150, 180, 230, 260, 300, 400]) {
      for (const line of [...wrapText(TITLE_JA, width, 13), ...wrapText(SOURCE_JA, width, 13)])
        expect(line, `width ${width}`).not.toMatch(/[約\d]$/);
      expect(wrapText(TITLE_JA, width, 13).some((l) => l.includes('約2,140社'))).toBe(true);
    }
  });

  it('never splits a BudouX phrase that fits on a line', () => {
    const parser = new Parser(model);
    for (const text of [TITLE_JA, BRIEFING_JA, SOURCE_JA]) {
      const phrases = parser.parse(text);
      for (const width of [150, 200, 260, 330, 400]) {
        const lines = wrapText(text, width, 13);
        // Where each line ends, as an index into the text (lines lose only spaces at their ends).
        const ends: number[] = [];
        let at = 0;
        for (const line of lines) {
          at = text.indexOf(line, at) + line.length;
          ends.push(at);
        }
        let start = 0;
        for (const phrase of phrases) {
          const end = start + phrase.length;
          if (textWidth(phrase.trim(), 13) <= width)
            expect(
              ends.some((e) => e > start && e < end),
              `${phrase} at ${width}px`,
            ).toBe(false);
          start = end;
        }
      }
    }
  });

  it('breaks English between words only', () => {
    const words = new Set(TITLE_EN.split(' '));
    for (const width of [120, 250, 400])
      for (const line of wrapText(TITLE_EN, width, 13)) for (const word of line.split(' ')) expect(words.has(word), word).toBe(true);
  });

  it('breaks a word wider than the line at its finer opportunities, so nothing overflows', () => {
    const lines = wrapText(URL_LINE, 160, 11);
    // Only the full-width space at a line's end goes; the name breaks between words, the address after a slash.
    expect(lines.join('').replace(/\s/gu, '')).toBe(URL_LINE.replace(/\s/gu, ''));
    expect(lines.slice(0, 2)).toEqual(['作成：産業クラスター・', 'アトラス']);
    expect(lines[2]).toMatch(/^http:.*\/$/);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(160);
  });

  it('measures bold text in bold: a line that fits in regular may not in bold', () => {
    for (const line of wrapText(TITLE_EN, 300, 20, 'bold')) expect(textWidth(line, 20, 'bold')).toBeLessThanOrEqual(300);
    expect(wrapText(TITLE_EN, 300, 20, 'bold').length).toBeGreaterThanOrEqual(wrapText(TITLE_EN, 300, 20).length);
  });
});

describe('balancedWrapText', () => {
  it('keeps the line count and leaves no short last line', () => {
    for (const text of [TITLE_JA, TITLE_EN, BRIEFING_JA]) {
      const greedy = wrapText(text, 632, 20, 'bold');
      const balanced = balancedWrapText(text, 632, 20, 'bold');
      expect(balanced.length).toBe(greedy.length);
      const widths = balanced.map((l) => textWidth(l, 20, 'bold'));
      if (balanced.length > 1) expect(Math.min(...widths) / Math.max(...widths)).toBeGreaterThan(0.5);
    }
  });
});

describe('share cards draw the lines the layout planned', () => {
  const read = (id: string): unknown => JSON.parse(readFileSync(`content/data/${id}.json`, 'utf8'));
  const sources = Source.array().parse(read('sources'));
  const data = readChartData();
  const frame = { siteName: 'S', altSiteName: 'A', host: 'example.org' };

  /** The element whose text is `text`, anywhere in the card. */
  const find = (element: CardElement, text: string): CardElement | undefined => {
    const children = element.props.children;
    if (children === text) return element;
    for (const child of Array.isArray(children) ? children : children && typeof children === 'object' ? [children] : []) {
      const found = typeof child === 'object' ? find(child, text) : undefined;
      if (found) return found;
    }
    return undefined;
  };

  it('satori lays every chart title out in exactly the planned lines (ja and en)', async () => {
    let checked = 0;
    for (const chart of CHARTS) {
      for (const lang of LANGS) {
        const text = chart.text(chart.transform(data), lang);
        const content = chartCard(text, sources.find((s) => s.id === text.source.id)!, lang);
        const plan = planCard(content, fontAdvances());
        const card = cardElement(content, { ...frame, lang, altLang: lang === 'ja' ? 'en' : 'ja' }, fontAdvances());
        const block = find(card, plan.title.text.join('\n'))!;
        expect(block, `${chart.id} ${lang}`).toBeDefined();
        // The same block without its clamp, alone in a card-sized box: its height is satori's own line count.
        const { maxHeight: _h, lineClamp: _c, overflow: _o, ...style } = block.props.style;
        const open: CardElement = { type: 'div', props: { style: { ...style, width: 1200 - 2 * 64 }, children: block.props.children } };
        let height = 0;
        await cardSvg(
          {
            type: 'div',
            props: {
              style: { display: 'flex', alignItems: 'flex-start', width: 1200, height: 630, fontFamily: 'Noto Sans JP' },
              children: [open],
            },
          },
          {
            onNodeDetected: (node) => {
              if (node.textContent === block.props.children) height = node.height;
            },
          },
        );
        expect(height / plan.title.lineHeight, `${chart.id} ${lang}: ${plan.title.text.join(' / ')}`).toBe(plan.title.lines);
        checked++;
      }
    }
    expect(checked).toBe(CHARTS.length * LANGS.length);
    expect(checked).toBeGreaterThan(10);
  }, 60_000);
});
