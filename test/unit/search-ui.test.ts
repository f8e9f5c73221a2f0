/**
 * The excerpt splitter of the search results lets nothing but <mark> become markup. (The search's
 * words are checked with every other dictionary in ui-strings.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '../../src/search/client/excerpt.ts';
import { exactTitlesFirst } from '../../src/search/client/rank.ts';
import { indexableHtml } from '../../src/search/index-text.ts';
import { SEARCH_UI } from '../../src/i18n/search.ts';

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

describe('indexableHtml (the copy of a page Pagefind indexes)', () => {
  const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head></head><body><main>${body}</main></body></html>`;
  const facts = '<dl class="facts"><div><dt>Seat</dt><dd>Sapporo</dd></div><div><dt>Area</dt><dd>Hokkaido</dd></div></dl>';

  it('ends each term with the language’s label mark and separates the facts (en)', () => {
    const { excerptLabelEnd: end, excerptFieldSeparator: sep } = SEARCH_UI.en;
    expect(indexableHtml(page('en', facts))).toBe(
      page(
        'en',
        `<dl class="facts"><div><dt>Seat${end}</dt><dd>Sapporo${sep}</dd></div><div><dt>Area${end}</dt><dd>Hokkaido</dd></div></dl>`,
      ),
    );
  });

  it('uses the Japanese marks on a Japanese page, with terms and descriptions not grouped in <div>s', () => {
    const { excerptLabelEnd: end, excerptFieldSeparator: sep } = SEARCH_UI.ja;
    expect(end).not.toBe(SEARCH_UI.en.excerptLabelEnd);
    const html = page('ja', '<dl><dt>所在地</dt>\n<dd>札幌市</dd>\n<dt class="x">管轄</dt><dd>北海道</dd></dl>');
    expect(indexableHtml(html)).toBe(
      page('ja', `<dl><dt>所在地${end}</dt>\n<dd>札幌市${sep}</dd>\n<dt class="x">管轄${end}</dt><dd>北海道</dd></dl>`),
    );
  });

  it('leaves the last description of a list, and a description not followed by a term, alone', () => {
    const html = page('en', '<dl><dt>A</dt><dd>one</dd></dl><p>after</p><dl><dt>B</dt><dd>two</dd></dl>');
    expect(indexableHtml(html)).not.toContain(SEARCH_UI.en.excerptFieldSeparator);
  });

  it('keeps table headings apart, and the caption from them', () => {
    const html = indexableHtml(page('en', '<table><caption>Projects</caption><tr><th>Bureau</th><th>Project</th></tr></table>'));
    expect(html).toContain(`<caption>Projects${SEARCH_UI.en.excerptFieldSeparator}</caption>`);
    expect(html).toContain('Bureau </th><th>Project </th>');
  });

  it('leaves a page without a known language unchanged', () => {
    const html = page('fr', facts);
    expect(indexableHtml(html)).toBe(html);
  });
});

describe('indexableHtml(html): what Pagefind reads of a page', () => {
  const page = (body: string) =>
    `<!doctype html><html lang="en"><head><style>.a{color:red}</style><script>var x = 1;</script></head><body>${body}</body></html>`;

  it('leaves out drawings, styles and scripts, which are never indexed, and keeps the words around them', () => {
    const copy = indexableHtml(page('<p>Before</p><svg viewBox="0 0 1 1"><text>Label</text></svg><p>After</p>'));
    expect(copy).not.toMatch(/<svg|<style|<script|Label|color:red|var x/);
    expect(copy).toContain('<p>Before</p><p>After</p>');
  });

  it('keeps a page whose drawing holds another drawing whole, rather than cut it at the inner one’s end', () => {
    const nested = page('<svg><svg><text>Inner</text></svg><text>Outer</text></svg><p>Words</p>');
    expect(indexableHtml(nested)).toContain('<text>Outer</text>');
  });
});
