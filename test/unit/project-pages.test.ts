/** The project index's pages (site/project-pages.ts): one for the real data, and every row once, in order, past one page. */
import { describe, expect, it } from 'vitest';
import { PROJECTS_PER_PAGE, indexPageLinks, indexPagePath, indexPages } from '../../src/site/project-pages.ts';

describe('indexPages(rows, size)', () => {
  it('keeps the real data’s 17 projects on one page, at /<lang>/projects/', () => {
    const rows = Array.from({ length: 17 }, (_, i) => i);
    expect(indexPages(rows)).toEqual([{ number: 1, count: 1, rows, first: 1, last: 17 }]);
    expect(indexPagePath('ja', 1)).toBe('/ja/projects/');
  });

  it('splits 1,700 rows into pages of PROJECTS_PER_PAGE, every row once and in order', () => {
    const rows = Array.from({ length: 1700 }, (_, i) => i);
    const pages = indexPages(rows);
    expect(pages).toHaveLength(Math.ceil(1700 / PROJECTS_PER_PAGE));
    expect(pages.flatMap((p) => p.rows)).toEqual(rows);
    expect(pages.every((p) => p.rows.length <= PROJECTS_PER_PAGE && p.count === pages.length)).toBe(true);
    expect(pages.map((p) => p.number)).toEqual(pages.map((_, i) => i + 1));
    const last = pages.at(-1)!;
    expect([last.first, last.last]).toEqual([rows.length - last.rows.length + 1, 1700]);
    expect(indexPagePath('en', 2)).toBe('/en/projects/page/2/');
  });

  it('gives an empty index one empty page', () => {
    expect(indexPages([])).toEqual([{ number: 1, count: 1, rows: [], first: 0, last: 0 }]);
  });
});

describe('indexPageLinks(lang, rows)', () => {
  it('gives the real data’s single page no links: it is a section page', () => {
    expect(
      indexPageLinks(
        'ja',
        Array.from({ length: 17 }, (_, i) => i),
      ),
    ).toEqual([]);
  });

  it('links every page of 1,700 rows, each titled with its own number and the count', () => {
    const rows = Array.from({ length: 1700 }, (_, i) => i);
    const count = Math.ceil(1700 / PROJECTS_PER_PAGE);
    for (const lang of ['ja', 'en'] as const) {
      const links = indexPageLinks(lang, rows);
      expect(links.map((l) => l.path)).toEqual(Array.from({ length: count }, (_, i) => indexPagePath(lang, i + 1)));
      expect(new Set(links.map((l) => l.title)).size).toBe(count);
      for (const [i, l] of links.entries()) expect(l.title.match(/\d+/g)).toEqual([String(i + 1), String(count)]);
    }
    expect(indexPageLinks('ja', rows)[1]!.title).toBe(`プロジェクト一覧（2/${count}ページ）`);
    expect(indexPageLinks('en', rows)[1]!.title).toBe(`Projects (page 2 of ${count})`);
  });
});
