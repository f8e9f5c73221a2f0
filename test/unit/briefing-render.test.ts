import { describe, expect, it } from 'vitest';
import { BriefingError, renderBriefing, type BriefingContext } from '../../src/briefings/briefing-html.ts';
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
    expect(html(r)).toContain(
      '>33.5%</span><sup class="source-ref computed-ref"><a href="#source-1" aria-label="computed, note 1">†1</a></sup>',
    );
    expect(html(r)).toMatch(/>17<\/span> projects/);
    expect(r.notes).toEqual([
      { n: 1, kind: 'computed', formula: 'proposals adopted ÷ proposals', pages: [5] },
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

  it(':outside[text]{source} keeps the words, marks them and notes the outside source without a page', () => {
    const ctx = { ...context('en'), outsideSources: ['cluster-plan-phases'] };
    const r = renderBriefing(
      'Phase I :outside[ran from 2001 to 2005]{source=cluster-plan-phases}; see :fig[consortium-results.proposals].',
      ctx,
    );
    expect(html(r)).toContain(
      '<span class="outside-fact" data-source="cluster-plan-phases">ran from 2001 to 2005</span><sup class="source-ref"><a href="#source-1"',
    );
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

describe('bareNumbersInText(text)', () => {
  it('finds the numbers a title or summary states, but not dates or quoted names', async () => {
    const { bareNumbersInText } = await import('../../src/briefings/bare-numbers.ts');
    expect(bareNumbersInText('17のプロジェクト').map((n) => n.text)).toEqual(['17']);
    expect(bareNumbersInText('平成19年度の「モノ作り中小企業３００社」')).toEqual([]);
  });
});
