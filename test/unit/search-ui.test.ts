/**
 * The excerpt splitter of the search results lets nothing but <mark> become markup. (The search's
 * words are checked with every other dictionary in ui-strings.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '../../src/search/client/excerpt.ts';

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
