/**
 * The excerpt splitter of the search results lets nothing but <mark> become markup. (The search's
 * words are checked with every other dictionary in ui-strings.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '../../src/search/client/excerpt.ts';
import { exactTitlesFirst } from '../../src/search/client/rank.ts';

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

describe('exactTitlesFirst(results, query)', () => {
  const result = (title: string) => ({ url: `/${title}/`, meta: { title } });

  it('moves a page titled as the query to the front and keeps the others in Pagefind’s order', () => {
    const ranked = [result('briefing'), result('地域産業活性化プロジェクト'), result('chart'), result('source')];
    expect(exactTitlesFirst(ranked, '地域産業活性化プロジェクト').map((r) => r.url)).toEqual([
      '/地域産業活性化プロジェクト/',
      '/briefing/',
      '/chart/',
      '/source/',
    ]);
  });

  it('matches regardless of case, width and surrounding spaces, and changes nothing without a match', () => {
    expect(exactTitlesFirst([result('a'), result('Kanto Bio Ventures')], '  kanto bio ventures ').map((r) => r.meta.title)).toEqual([
      'Kanto Bio Ventures',
      'a',
    ]);
    expect(exactTitlesFirst([result('ＴＯＨＯＫＵ'), result('b')], 'tohoku')[0]!.meta.title).toBe('ＴＯＨＯＫＵ');
    expect(exactTitlesFirst([result('a'), result('b')], 'c').map((r) => r.meta.title)).toEqual(['a', 'b']);
  });
});
