/**
 * Line breaking of the words around a downloaded figure: lines fit, nothing is lost, and
 * Japanese never breaks inside a number with its counter, before closing punctuation or after
 * an opening bracket; English breaks only at spaces.
 */
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/text/text-width.ts';
import { wrapText } from '../../src/text/wrap-text.ts';

const SOURCE_JA = '出典：経済産業省 地域経済産業グループ 地域技術課長「経済産業省における地域技術施策について」（平成19年10月25日）2ページ';
const TITLE_JA = '地域産業活性化プロジェクト（関東）が約2,140社・83大学で、参加企業・大学とも17プロジェクト中最多';
const TITLE_EN = 'The Regional Industry Revitalization Project (Kanto) is the largest of the 17 projects, with about 2,140 companies and 83 universities';

describe('wrapText', () => {
  it.each([SOURCE_JA, TITLE_JA, TITLE_EN])('keeps every character and fits each line: %s', (text) => {
    for (const width of [120, 200, 320, 632]) {
      const lines = wrapText(text, width, 13);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(width);
    }
  });

  it('never splits a number from its counter, 約 from its number, or a bracket from its words', () => {
    for (const width of [100, 150, 180, 230, 260, 300, 400]) {
      for (const line of [...wrapText(TITLE_JA, width, 13), ...wrapText(SOURCE_JA, width, 13)]) {
        expect(line, `width ${width}`).not.toMatch(/^[、。）」・ー]/);
        expect(line).not.toMatch(/[（「約]$/);
        expect(line).not.toMatch(/\d$/);
        expect(line).not.toMatch(/^[,\d]*\d,?$/);
      }
      const all = wrapText(TITLE_JA, width, 13);
      expect(all.some((l) => l.includes('約2,140社'))).toBe(true);
    }
  });

  it('breaks English at spaces only', () => {
    const words = new Set(TITLE_EN.split(' '));
    for (const width of [120, 250, 400]) for (const line of wrapText(TITLE_EN, width, 13)) for (const word of line.split(' ')) expect(words.has(word), word).toBe(true);
  });

  it('gives a word wider than the line a line of its own, broken by character', () => {
    const url = 'http://localhost:4321/ja/charts/collaboration-by-firm-size/';
    const lines = wrapText(`作成：産業クラスター・アトラス　${url}`, 160, 11);
    expect(lines.join('')).toContain(url);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(160);
  });
});
