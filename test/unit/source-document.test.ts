import { describe, expect, it } from 'vitest';
import { splitBlocks, splitPages } from '../../src/pipeline/source-document.ts';
import { SOURCE_TEXT } from '../fixtures/source-text.ts';

describe('splitPages(text): the slides of the extracted text', () => {
  const pages = splitPages(SOURCE_TEXT);

  it('finds the six numbered pages in order, the cover with page 1', () => {
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(pages[0]!.blocks[0]!.text).toContain('経済産業省における');
  });

  it('keeps a title printed after its page number with its own page (pages 2 and 3), not the next', () => {
    expect(pages[1]!.blocks.at(-1)!.text).toBe('現行１７プロジェクト（第Ⅱ期）');
    expect(pages[2]!.blocks[0]!.text).toMatch(/^◎参画企業の業績の推移/);
    expect(pages[2]!.blocks.at(-1)!.text).toBe('第Ⅰ期計画の成果');
    expect(pages[3]!.blocks[0]!.text).toMatch(/^地域の技術力を最大限活用し/);
  });

  it('drops the page number lines and nothing else', () => {
    const kept = pages.map((p) => p.text).join('');
    expect(kept.replace(/\s/g, '')).toBe(SOURCE_TEXT.replace(/^[ \t]*[１-６][ \t]*$/gm, '').replace(/\s/g, ''));
  });
});

describe('splitBlocks(pageText)', () => {
  it('splits at blank lines (spaces and U+3000 count as blank) and keeps each block’s offset', () => {
    const text = '一\n二\n \n三\n\u3000\n\n四';
    const blocks = splitBlocks(text);
    expect(blocks.map((b) => b.text)).toEqual(['一\n二', '三', '四']);
    for (const b of blocks) expect(text.slice(b.start, b.start + b.text.length)).toBe(b.text);
  });
});
