/**
 * The phrase breaks written into headings (src/text/phrase-breaks.ts): each BudouX phrase kept
 * whole in an inline block, a <wbr> between phrases, no phrase of a single letter, tags and text
 * left as they were.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Parser } from '../../src/text/budoux/budoux-parser.ts';
import { model } from '../../src/text/budoux/budoux-ja-model.ts';
import { htmlText, phraseBreakHtml, phraseBreakOffsets, phrases } from '../../src/text/phrase-breaks.ts';

const budoux = new Parser(model);

describe('phrases(text)', () => {
  it('gives the text back when joined', () => {
    const title = '参加企業は関東（約3,490社、17プロジェクトの約32%）、参加大学の延べ数は近畿（101大学）が最多';
    expect(phrases(title).join('')).toBe(title);
    expect(phrases(title)).toContain('17プロジェクトの');
  });

  it('never cuts 全体像, and joins a one-letter phrase to its neighbour (BudouX alone gives 全体 / 像)', () => {
    expect(budoux.parse('地域イノベーション施策の全体像')).toContain('像');
    expect(phrases('地域イノベーション施策の全体像')).toEqual(['地域イノベーション施策の', '全体像']);
  });

  it('leaves no phrase of one letter in any Japanese heading of the content', () => {
    const dir = 'content/briefings/ja';
    const headings = readdirSync(dir)
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').match(/^(?:title: .*|#{1,3} .*)$/gmu) ?? [])
      .map((line) => line.replace(/^(?:title: |#+ )/u, '').replace(/^['"]|['"]$/gu, ''));
    expect(headings.length).toBeGreaterThan(3);
    for (const heading of headings) {
      const pieces = phrases(heading);
      if (pieces.length > 1)
        for (const piece of pieces) expect(piece.match(/[\p{L}\p{N}]/gu)?.length ?? 0, `${heading}: ${piece}`).toBeGreaterThan(1);
    }
  });
});

describe('phraseBreakOffsets(text)', () => {
  it('breaks only where a phrase ends, never at a space or inside Latin text', () => {
    const text = '産業クラスター計画 第Ⅰ期の成果';
    const ends = phrases(text).map((_, i, all) => all.slice(0, i + 1).join('').length);
    for (const offset of phraseBreakOffsets(text)) expect(ends).toContain(offset);
    expect(phraseBreakOffsets(text)).not.toContain(text.indexOf(' ') + 1);
    expect(phraseBreakOffsets('The size of the network')).toEqual([]);
  });
});

describe('phraseBreakHtml(html)', () => {
  const spans = (html: string) => [...html.matchAll(/<span class="phrase">(.*?)<\/span>/gu)].map((m) => m[1]!.replaceAll('<wbr>', ''));

  it('keeps each phrase of a heading in an inline block, with a <wbr> between, and nothing else', () => {
    const html = '<p>産業クラスター計画の全体像</p><h1 id="t">産業クラスター計画の全体像</h1>';
    const out = phraseBreakHtml(html);
    expect(
      out.startsWith('<p>産業クラスター計画の全体像</p><h1 id="t" aria-label="産業クラスター計画の全体像"><span class="phrase">'),
    ).toBe(true);
    expect(spans(out)).toEqual(['産業クラスター計画の', '全体像']);
    expect(out).toContain('</span><wbr><span class="phrase">');
    expect(htmlText(out)).toBe(htmlText(html));
  });

  it('breaks a phrase wider than a line only between its words, never leaving one letter or cutting a loanword', () => {
    const out = phraseBreakHtml('<h1>北海道地域産業クラスター計画</h1>');
    const inner = /<span class="phrase">(.*?)<\/span>/u.exec(out)![1]!;
    const words = inner.split('<wbr>');
    expect(words.join('')).toBe('北海道地域産業クラスター計画');
    expect(words).toContain('クラスター');
    for (const w of words) expect(w.length).toBeGreaterThan(1);
    expect(phraseBreakHtml('<h1>全体像</h1>')).toBe('<h1 aria-label="全体像"><span class="phrase">全体像</span></h1>');
  });

  it('finds phrases across inline tags, breaks before a link rather than inside it, and keeps entities', () => {
    const html = '<h2 class="x">資料の<a href="/ja/source/">地域技術施策</a>と R&amp;D の&lt;計画&gt;</h2>';
    const out = phraseBreakHtml(html);
    expect(htmlText(out)).toBe(htmlText(html));
    expect(out).toContain('</span><wbr><a href="/ja/source/">');
    expect(out).toContain('R&amp;D');
    const label = ' aria-label="資料の地域技術施策と R&amp;D の&lt;計画&gt;"';
    expect(out.replace(/<\/?(?:wbr|span)[^>]*>/gu, '')).toBe(
      html.replace(/<\/?(?:wbr|span)[^>]*>/gu, '').replace('<h2 class="x"', `<h2 class="x"${label}`),
    );
  });

  it('names a broken heading by its text as written, without what is hidden from assistive technology', () => {
    // Browsers name a run of inline blocks with spaces between them; the heading says its name itself.
    const out = phraseBreakHtml(
      '<h2 id="s">共有とダウンロード<a href="#n"><span aria-hidden="true">†</span><span class="sr">計算値</span></a></h2>',
    );
    expect(out).toMatch(/^<h2 id="s" aria-label="共有とダウンロード計算値">/u);
    expect(phraseBreakHtml('<h2 aria-labelledby="x">共有とダウンロード</h2>')).not.toContain('aria-label=');
    expect(phraseBreakHtml('<p data-phrases>共有とダウンロード</p>')).not.toContain('aria-label=');
  });

  it('leaves code and drawings inside a heading alone, and marks elements with data-phrases', () => {
    const html = '<h2>データの一覧 <code lang="en">cluster-projects</code></h2><p data-phrases>参加企業の多い関東</p>';
    const out = phraseBreakHtml(html);
    expect(out).toContain('<code lang="en">cluster-projects</code>');
    expect(spans(out)).toEqual(['データの', '一覧', '参加企業の', '多い', '関東']);
  });

  it('changes no English heading', () => {
    const html = '<h1>Industrial Cluster Plan: the outcomes of Phase I</h1>';
    expect(phraseBreakHtml(html)).toBe(html);
  });
});
