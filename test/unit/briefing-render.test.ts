import { describe, expect, it } from 'vitest';
import { BriefingError, renderBriefing, sourcesCited, type BriefingContext } from '../../src/briefings/briefing-html.ts';
import { sentenceEnd } from '../../src/briefings/note-markers.ts';
import { noteLetter } from '../../src/briefings/link-notes.ts';
import { chartFixture } from '../chart-support.ts';

const context = (lang: 'ja' | 'en', data = chartFixture()): BriefingContext => ({
  file: 'content/briefings/ja/test.md',
  lineOffset: 4,
  lang,
  data,
  chartIds: ['consortium-funnel'],
});
const html = (r: ReturnType<typeof renderBriefing>) => r.parts.map((p) => (p.kind === 'html' ? p.html : `[chart ${p.id}]`)).join('');

describe('renderBriefing(markdown, context)', () => {
  it(':fig[key] inserts the figure formatted per language, with a numbered source note', () => {
    const md = '公募は:fig[consortium-results.proposals]、実施は:fig[consortium-results.projects]。';
    const ja = renderBriefing(md, context('ja'));
    expect(html(ja)).toContain('約6,500件');
    expect(html(ja)).toContain('約1,000件');
    // Both figures come from page 4 of the same source: one note.
    // The note lists the bound figures, each to be linked to its anchor on the source page.
    expect(ja.notes).toEqual([
      { n: 1, kind: 'source', source: 'meti-2007', page: 4, figures: ['consortium-results.proposals', 'consortium-results.projects'] },
    ]);
    expect(html(renderBriefing(md, context('en')))).toContain('about 6,500');
  });

  it('derived figures and periods resolve too', () => {
    const r = renderBriefing(':fig[derived.project-count] projects in :fig[period.consortium-results.proposals].', context('en'));
    expect(html(r)).toContain('>17<');
    expect(html(r)).toContain('1997–2006');
  });

  it('a computed figure gets a † note saying how it was computed, never a printed figure’s source line; a count gets none', () => {
    const r = renderBriefing(
      'Share :fig[derived.regional-resource-adoption-share] of :fig[derived.project-count] projects; :fig[regional-resource-program.adopted].',
      context('en'),
    );
    // 58 of 173 proposals adopted, both exact counts: 33.5%.
    // Both markers end the sentence, in one superscript: the computed note's with its †.
    expect(html(r)).toContain(
      '>58</span>.<sup class="source-ref"><a href="#source-1" class="computed-ref" aria-label="computed, note 1">†1</a>,<a href="#source-2" aria-label="note 2">2</a></sup>',
    );
    expect(html(r)).toMatch(/>17<\/span> projects/);
    expect(r.notes).toEqual([
      { n: 1, kind: 'computed', source: 'meti-2007', formula: 'proposals adopted ÷ proposals', pages: [5] },
      { n: 2, kind: 'source', source: 'meti-2007', page: 5, figures: ['regional-resource-program.adopted'] },
    ]);
  });

  it('a changed value in the data changes the briefing', () => {
    const data = chartFixture();
    data['consortium-results'].find((r) => r.id === 'proposals')!.figure!.value = 7000;
    expect(html(renderBriefing(':fig[consortium-results.proposals]', context('ja', data)))).toContain('約7,000件');
  });

  it('::chart{id} becomes a chart part between the prose', () => {
    const r = renderBriefing('Before.\n\n::chart{id=consortium-funnel}\n\nAfter.', context('en'));
    expect(r.parts.map((p) => p.kind)).toEqual(['html', 'chart', 'html']);
  });

  it('names file, line and column of an unknown key, dataset or chart', () => {
    const md = 'Line one.\n\nSee :fig[consortium-results.nope] and :fig[nowhere.x].\n\n::chart{id=missing}';
    try {
      renderBriefing(md, context('en'));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BriefingError);
      const problems = (error as BriefingError).problems;
      // The body starts after 4 lines of frontmatter: line 3 of the body is line 7 of the file.
      expect(problems[0]).toMatch(/^content\/briefings\/ja\/test\.md:7:5 :fig\[consortium-results\.nope\]: unknown row "nope"/);
      expect(problems[1]).toMatch(/^content\/briefings\/ja\/test\.md:7:\d+ :fig\[nowhere\.x\]: unknown dataset "nowhere"/);
      expect(problems[2]).toMatch(/^content\/briefings\/ja\/test\.md:9:1 ::chart\{id=missing\}: unknown chart/);
    }
  });

  it('refuses raw HTML, in a block or inline, at its file, line and column', () => {
    const md = 'Line one.\n\n<script>alert(1)</script>\n\nSee <b onclick="x()">this</b>.';
    expect(() => renderBriefing(md, context('en'))).toThrow(BriefingError);
    try {
      renderBriefing(md, context('en'));
    } catch (error) {
      expect((error as BriefingError).problems).toEqual([
        expect.stringMatching(/^content\/briefings\/ja\/test\.md:7:1 raw HTML is not allowed in a briefing \("<script>alert/),
        expect.stringMatching(/^content\/briefings\/ja\/test\.md:9:5 raw HTML is not allowed/),
        expect.stringMatching(/^content\/briefings\/ja\/test\.md:9:26 raw HTML is not allowed/),
      ]);
    }
  });

  it(':outside[text]{source} keeps the words, marks them and notes the outside source without a page', () => {
    const ctx = { ...context('en'), outsideSources: ['cluster-plan-phases'] };
    const r = renderBriefing(
      'Phase I :outside[ran from 2001 to 2005]{source=cluster-plan-phases}; see :fig[consortium-results.proposals].',
      ctx,
    );
    expect(html(r)).toContain('<span class="outside-fact" data-source="cluster-plan-phases">ran from 2001 to 2005</span>; see');
    expect(html(r)).toMatch(/\.<sup class="source-ref"><a href="#source-1" aria-label="note 1">1<\/a>,<a href="#source-2"/);
    expect(r.notes).toEqual([
      { n: 1, kind: 'source', source: 'cluster-plan-phases', page: null, figures: [] },
      { n: 2, kind: 'source', source: 'meti-2007', page: 4, figures: ['consortium-results.proposals'] },
    ]);
  });

  it(':outside names only outside-fact sources, and its words are checked for bare numbers', () => {
    const ctx = { ...context('en'), outsideSources: ['cluster-plan-phases'] };
    expect(() => renderBriefing('It :outside[began]{source=meti-2007}.', ctx)).toThrow(
      /:outside\[…\]\{source=meti-2007\}: expected the id of an outside-fact source/,
    );
    expect(() => renderBriefing('It :outside[had 173 members]{source=cluster-plan-phases}.', ctx)).toThrow(/bare number "173"/);
  });

  it(':::explainer sets the site’s own explanation apart, labelled in the page’s language', () => {
    const en = html(renderBriefing(':::explainer\nA fiscal year runs from April.\n:::', context('en')));
    expect(en).toMatch(
      /<aside class="explainer"><p class="explainer-label">Explainer \(this site’s explanation, not a statement of the document\)<\/p>\s*<p>A fiscal year runs from April.<\/p>/,
    );
    expect(html(renderBriefing(':::explainer\n会計年度は四月に始まる。\n:::', context('ja')))).toContain(
      '解説（本サイトによる説明で、資料の記述ではありません）',
    );
  });

  it('refuses a bare number in the prose, and says where it is', () => {
    expect(() => renderBriefing('提案は6,500件あった。', context('ja'))).toThrow(/test\.md:5:4 bare number "6,500"/);
    expect(() => renderBriefing('There were 173 proposals.', context('en'))).toThrow(/bare number "173"/);
  });

  it('allows dates, page numbers, bracketed ordinals and quoted titles', () => {
    const md = '平成19年度の資料（4ページ）。In FY2007 and 2004, see page 6. (1) and 「モノ作り中小企業３００社」.';
    expect(() => renderBriefing(md, context('ja'))).not.toThrow();
  });

  it(':::findings becomes a key-findings box', () => {
    expect(html(renderBriefing(':::findings\n- :fig[derived.project-count]\n:::', context('en')))).toContain(
      '<aside class="key-findings">',
    );
  });
});

describe('note markers sit on sentences, not on figures', () => {
  /** The text just before each superscript marker, and the marker's note numbers. */
  const markers = (h: string) =>
    [...h.matchAll(/<sup class="source-ref">(.*?)<\/sup>/g)].map((m) => ({
      before: h
        .slice(0, m.index)
        .replace(/<[^>]*>/g, '')
        .slice(-12),
      notes: [...m[1]!.matchAll(/#source-(\d+)/g)].map((n) => Number(n[1])),
    }));

  it('English: after the sentence’s full stop, never on a period or a date', () => {
    const r = renderBriefing(
      'In :fig[period.consortium-results.proposals], there were :fig[consortium-results.proposals]. Then :fig[derived.regional-resource-adoption-share] were adopted, e.g. here; fine.',
      context('en'),
    );
    const h = html(r);
    expect(h).not.toMatch(/1997–2006<\/span><sup/);
    expect(markers(h)).toEqual([
      { before: 'about 6,500.', notes: [1] },
      { before: ' here; fine.', notes: [2] },
    ]);
  });

  it('Japanese: after 。, one marker per note in a sentence', () => {
    const r = renderBriefing(
      '公募は:fig[period.consortium-results.proposals]に:fig[consortium-results.proposals]、実施は:fig[consortium-results.projects]。次の文。',
      context('ja'),
    );
    // A word joiner keeps the marker on the line of the word before it (Japanese breaks anywhere).
    expect(markers(html(r))).toEqual([{ before: '実施は約1,000件。\u2060', notes: [1] }]);
    expect(html(r)).toContain('</sup>次の文。');
  });

  it('a list item or heading without end punctuation takes its markers at its end; a marker never goes inside a link', () => {
    const list = html(renderBriefing('- Proposals :fig[consortium-results.proposals] in all\n- none', context('en')));
    expect(list).toMatch(/in all<sup class="source-ref">/);
    const linked = html(renderBriefing('See [the :fig[consortium-results.proposals] proposals](/en/x/) there. Next.', context('en')));
    expect(linked).toMatch(/<\/a> there\.<sup class="source-ref">/);
  });

  it('sentenceEnd finds the end of the first sentence', () => {
    expect(sentenceEnd('It ran. Then', 'en')).toBe('It ran.'.length);
    expect(sentenceEnd('It said “so.” Then', 'en')).toBe('It said “so.”'.length);
    expect(sentenceEnd('See pp. 2 and e.g. this', 'en')).toBe(-1);
    expect(sentenceEnd('v1.5 is a version', 'en')).toBe(-1);
    expect(sentenceEnd('資料による。次', 'ja')).toBe('資料による。'.length);
    expect(sentenceEnd('「課題である。」次', 'ja')).toBe('「課題である。」'.length);
    expect(sentenceEnd('句点なし', 'ja')).toBe(-1);
  });
});

describe('sources and links for a printed copy', () => {
  it('sourcesCited lists each source once with every page cited, a computed figure’s pages included', () => {
    const r = renderBriefing(
      ':fig[consortium-results.proposals] and :fig[regional-resource-program.adopted]; :fig[derived.regional-resource-adoption-share]. :fig[consortium-results.projects].',
      context('en'),
    );
    expect(r.notes.length).toBe(3);
    expect(sourcesCited(r.notes)).toEqual([{ source: 'meti-2007', pages: [4, 5] }]);
  });

  it('letters the prose’s links with their full addresses, one letter per address', () => {
    const r = renderBriefing(
      'See [the plan](/en/briefings/plan/), [the deck](https://www.meti.go.jp/x.pdf) and [the plan again](/en/briefings/plan/). [Here](#top).',
      context('en'),
    );
    expect(r.links).toEqual([
      { letter: 'a', text: 'the plan', address: 'http://localhost:4321/en/briefings/plan/' },
      { letter: 'b', text: 'the deck', address: 'https://www.meti.go.jp/x.pdf' },
    ]);
    const h = html(r);
    expect(h.match(/data-link-note="a"/g)?.length).toBe(2);
    expect(h).toContain('href="https://www.meti.go.jp/x.pdf" data-link-note="b"');
    expect(h).toMatch(/<a href="#top">Here<\/a>/);
    expect([0, 25, 26, 27, 52].map(noteLetter)).toEqual(['a', 'z', 'aa', 'ab', 'ba']);
  });
});

describe('bareNumbersInText(text)', () => {
  it('finds the numbers a title or summary states, but not dates or quoted names', async () => {
    const { bareNumbersInText } = await import('../../src/briefings/bare-numbers.ts');
    expect(bareNumbersInText('17のプロジェクト').map((n) => n.text)).toEqual(['17']);
    expect(bareNumbersInText('平成19年度の「モノ作り中小企業３００社」')).toEqual([]);
  });
});
