/**
 * The search's words (src/i18n/search.ts) follow the rules of the other dictionaries: the same
 * entries in both languages, none empty, no typed figure; and the excerpt splitter lets nothing
 * but <mark> become markup.
 */
import { describe, expect, it } from 'vitest';
import { SEARCH_UI } from '../../src/i18n/search.ts';
import { decodeEntities, excerptParts } from '../../src/search/client/excerpt.ts';

/** Every text of the dictionary, templates called with placeholders that print no digit. */
function texts(words: Record<string, unknown>, prefix = ''): { where: string; text: string }[] {
  return Object.entries(words).flatMap(([key, value]) => {
    const where = `${prefix}${key}`;
    if (typeof value === 'string') return [{ where, text: value }];
    if (typeof value === 'function') return [{ where: `${where}()`, text: String((value as (...a: unknown[]) => unknown)(NaN, 'QUERY')) }];
    return texts(value as Record<string, unknown>, `${where}.`);
  });
}
const shape = (words: Record<string, unknown>): unknown =>
  Object.fromEntries(Object.entries(words).map(([k, v]) => [k, typeof v === 'object' && v ? shape(v as Record<string, unknown>) : typeof v]));

describe('SEARCH_UI', () => {
  it('has the same entries, of the same kinds, in ja and en', () => {
    expect(shape(SEARCH_UI.en)).toEqual(shape(SEARCH_UI.ja));
  });

  it.each(['ja', 'en'] as const)('%s: no entry is empty or holds a digit', (lang) => {
    const all = texts(SEARCH_UI[lang]);
    expect(all.filter(({ text }) => text.trim() === '')).toEqual([]);
    expect(all.filter(({ text }) => /[\p{Nd}\p{No}]/u.test(text))).toEqual([]);
  });

  it.each(['ja', 'en'] as const)('%s: the templates print the count and the query they are given', (lang) => {
    expect(SEARCH_UI[lang].resultCount(7, 'QUERY')).toMatch(/7.*QUERY|QUERY.*7/);
    expect(SEARCH_UI[lang].noResults('QUERY')).toContain('QUERY');
  });
});

describe('excerptParts', () => {
  it('splits the highlighted runs from the rest', () => {
    expect(excerptParts('Kansai <mark>Bio</mark> Cluster')).toEqual([
      { text: 'Kansai ', mark: false },
      { text: 'Bio', mark: true },
      { text: ' Cluster', mark: false },
    ]);
  });

  it('decodes entities into text, so encoded markup stays text', () => {
    expect(excerptParts('R&amp;D &lt;img src=x onerror=alert(1)&gt; <mark>&quot;bio&quot;</mark>')).toEqual([
      { text: 'R&D <img src=x onerror=alert(1)> ', mark: false },
      { text: '"bio"', mark: true },
    ]);
  });

  it('treats any tag but <mark> as text', () => {
    expect(excerptParts('<b>bold</b> <mark>バイオ</mark>')).toEqual([
      { text: '<b>bold</b> ', mark: false },
      { text: 'バイオ', mark: true },
    ]);
  });

  it('leaves the spaces around a highlighted word unhighlighted', () => {
    expect(excerptParts('分野<mark>バイオ </mark>（')).toEqual([
      { text: '分野', mark: false },
      { text: 'バイオ', mark: true },
      { text: ' ', mark: false },
      { text: '（', mark: false },
    ]);
  });

  it('decodes numeric entities and leaves unknown ones as written', () => {
    expect(decodeEntities('&#39;&#x27;&#12354;&bogus;')).toBe("''あ&bogus;");
  });
});
