/**
 * The source on the site, read from the built pages and compared with the source text itself
 * (data/source/meti-2007.txt, read here on its own): nothing lost, added or reordered; every
 * transcribed figure highlighted where it is printed, under its anchor, and listed with its uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/locales.ts';
import { SOURCE_TEXT } from '../fixtures/source-text.ts';
import { contentData } from '../unit/figure-inputs.ts';

const DIST = join(import.meta.dirname, '../../dist');
const page = (path: string) => parseHTML(readFileSync(join(DIST, path, 'index.html'), 'utf8')).document;
const squash = (s: string) => s.replace(/\s+/g, '');
const PAGES = [1, 2, 3, 4, 5, 6];

describe.each(LANGS)('source pages (%s)', (lang) => {
  it('show the whole extracted text in reading order, page after page, without the page numbers', () => {
    const shown = PAGES.map((n) =>
      [...page(`${lang}/source/${n}`).querySelectorAll('.source-ja .source-block')].map((p) => p.textContent ?? '').join(''),
    ).join('');
    expect(squash(shown)).toBe(squash(SOURCE_TEXT.replace(/^[ \t]*[１-６][ \t]*$/gm, '')));
  });

  it('highlight every figure the data holds as printed, once, under its anchor, linked to its row in the list', () => {
    const projects = contentData('cluster-projects');
    const tables = [
      'phase1-outcomes',
      'consortium-results',
      'regional-resource-program',
      'cocreation-budget',
      'collaboration-by-firm-size',
      'innovation-source',
    ];
    const expected = [
      ...projects.flatMap((p) =>
        ['companies', 'universities'].map((m) => ({
          key: `cluster-projects.${p.id}.${m}`,
          printed: p[m].printed as string,
          page: p.page as number,
        })),
      ),
      ...tables.flatMap((t) =>
        contentData(t)
          .filter((r) => r.figure)
          .map((r) => ({ key: `${t}.${r.id}`, printed: r.figure.printed as string, page: r.page as number })),
      ),
    ];
    const marks = PAGES.flatMap((n) =>
      [...page(`${lang}/source/${n}`).querySelectorAll('.source-text mark.source-figure')].map((m) => ({
        page: n,
        id: m.id,
        text: m.textContent ?? '',
        href: m.querySelector('a')?.getAttribute('href'),
      })),
    );
    expect(marks).toHaveLength(expected.length);
    for (const f of expected) {
      const mark = marks.find((m) => m.id === f.key.replaceAll('.', '__'));
      expect(mark, f.key).toBeDefined();
      expect(mark!.page, f.key).toBe(f.page);
      expect(squash(mark!.text), f.key).toBe(squash(f.printed));
      expect(mark!.href).toBe(`#use-${mark!.id}`);
    }
  });

  it('list the pages that use each figure: a project’s companies are on its own page, the map, the home page and the projects index', () => {
    const doc = page(`${lang}/source/2`);
    // Pages that use every figure of the page are named once above the list, the rest in each row.
    const uses = (d: Document, row: string) =>
      [
        ...(d.querySelector('.source-common-uses')?.querySelectorAll('a') ?? []),
        ...(d.getElementById(row)?.querySelectorAll('td a') ?? []),
      ].map((a) => a.getAttribute('href'));
    const links = uses(doc, 'use-cluster-projects__kanto-bio-ventures__companies');
    expect(links).toEqual(
      expect.arrayContaining([
        `/${lang}/projects/kanto-bio-ventures/`,
        `/${lang}/map/`,
        `/${lang}/`,
        `/${lang}/projects/`,
        `/${lang}/bureaus/kanto/`,
        `/${lang}/charts/network-size/`,
      ]),
    );
    // A figure of page 5 leads to the chart and the briefing that use it.
    expect(uses(page(`${lang}/source/5`), 'use-regional-resource-program__adopted')).toEqual(
      expect.arrayContaining([`/${lang}/charts/regional-resource-call/`, `/${lang}/briefings/regional-resource-rd/`]),
    );
  });

  it('set the translation beside the Japanese on English pages only', () => {
    const columns = page(`${lang}/source/2`).querySelectorAll('.source-en');
    if (lang === 'en') expect(columns.length).toBeGreaterThan(10);
    else expect(columns.length).toBe(0);
  });
});

describe('source notes link to the anchors', () => {
  it('a project page links its printed figures to where page 2 prints them', () => {
    const links = [...page('en/projects/kanto-bio-ventures').querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('/en/source/2/#cluster-projects__kanto-bio-ventures__companies');
    expect(links).toContain('/en/source/2/#cluster-projects__kanto-bio-ventures__universities');
  });

  it('a briefing’s note lists each of its figures, linked to its anchor', () => {
    const notes = page('ja/briefings/regional-resource-rd').querySelector('.briefing-sources');
    const hrefs = [...(notes?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/ja/source/5/#regional-resource-program__adopted');
  });
});
