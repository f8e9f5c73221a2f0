/**
 * Where each transcribed figure is printed (src/pipeline/source-anchors.ts) and the slides'
 * titles (source-slides.ts), on the committed data and on data with one figure or title changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCollections, type SourceInput } from '../../src/pipeline/build-collections.ts';
import { DataError } from '../../src/pipeline/data-error.ts';
import type { SourceAnchor } from '../../src/schemas/source-anchor.ts';
import type { SourcePageEntry } from '../../src/schemas/source-text.ts';
import { DATA_DIR, editLines, readDataTexts, toInputs } from '../fixtures/data-dir.ts';
import { sourcePages } from '../fixtures/source-text.ts';

const bytes = (file: string, edit?: (text: string) => string) => {
  const text = readFileSync(join(DATA_DIR, file), 'utf8');
  return new TextEncoder().encode(edit ? edit(text) : text);
};
const source = (slides?: (text: string) => string): SourceInput => ({
  text: { file: 'data/source/meti-2007.txt', text: readFileSync(join(DATA_DIR, 'source/meti-2007.txt'), 'utf8') },
  translation: { file: 'data/source/meti-2007.en.csv', bytes: bytes('source/meti-2007.en.csv') },
  slides: { file: 'data/source/slides.csv', bytes: bytes('source/slides.csv', slides) },
});
const problemsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DataError) return error.message.split('\n');
    throw error;
  }
  return [];
};

describe('anchorFigures: every printed figure found on its page', () => {
  const collections = buildCollections(toInputs(readDataTexts()), {}, source());
  const anchors = collections.get('source-anchors') as SourceAnchor[];
  const pages = collections.get('source-pages') as SourcePageEntry[];
  const text = (a: SourceAnchor) =>
    pages
      .find((p) => p.page === a.page)!
      .blocks.find((b) => b.n === a.block)!
      .text.slice(a.start, a.end);

  it('anchors all 34 project figures and every printed row of the figure tables, each on its page', () => {
    const printedRows = [
      'phase1-outcomes',
      'consortium-results',
      'regional-resource-program',
      'cocreation-budget',
      'collaboration-by-firm-size',
      'innovation-source',
    ].flatMap((id) => (collections.get(id) as { figure: unknown }[]).filter((r) => r.figure));
    expect(anchors).toHaveLength(34 + printedRows.length);
    for (const a of anchors) expect(text(a).replace(/\s/g, ''), a.id).toBe(a.printed.replace(/\s/g, ''));
  });

  it('tells apart the same text printed twice: 約４２０社 is Kanto’s bio ventures after their name, and Shikoku’s after theirs', () => {
    const page2 = sourcePages()[1]!;
    const at = (id: string) => anchors.find((a) => a.id === `cluster-projects.${id}.companies`)!;
    const [kanto, shikoku] = [at('kanto-bio-ventures'), at('shikoku-techno-bridge')];
    expect(kanto.printed).toBe(shikoku.printed);
    expect(kanto.block).not.toBe(shikoku.block);
    const textUpTo = (a: SourceAnchor) =>
      pages[1]!.blocks
        .filter((b) => b.n <= a.block)
        .map((b) => b.text)
        .join('');
    expect(textUpTo(kanto)).toContain('バイオベンチャーの育成');
    expect(textUpTo(kanto)).not.toContain('四国テクノブリッジ計画');
    expect(textUpTo(shikoku)).toContain('四国テクノブリッジ計画');
    expect(page2.includes('約４２０社')).toBe(true);
  });

  it('does not take a number inside a longer one: ５大学 (Shikoku) is not the 5 of １５大学', () => {
    const a = anchors.find((x) => x.id === 'cluster-projects.shikoku-techno-bridge.universities')!;
    const block = pages[1]!.blocks.find((b) => b.n === a.block)!.text;
    expect(block[a.start - 1] ?? '').not.toMatch(/[0-9０-９]/);
  });

  it('stops the build at the cell of a figure that is not on its page', () => {
    const texts = readDataTexts();
    texts.set(
      'regional-resource-program.csv',
      editLines(texts.get('regional-resource-program.csv')!, [{ line: 6, find: '１７３件', replace: '１７４件' }]),
    );
    expect(problemsOf(() => buildCollections(toInputs(texts), {}, source()))).toContainEqual(
      expect.stringMatching(
        /^data\/regional-resource-program\.csv:6:\d+ printed: expected the figure as printed on page 5 of the source .*, found "１７４件"$/,
      ),
    );
  });

  it('stops the build at a slide title that is not on its page', () => {
    const problems = problemsOf(() =>
      buildCollections(
        toInputs(readDataTexts()),
        {},
        source((t) => t.replace('地域技術開発支援事業の実績', '地域技術開発支援事業の成果')),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^data\/source\/slides\.csv:5:3 title_ja: expected the title exactly as printed on page 4 of the source, found "地域技術開発支援事業の成果"$/,
      ),
    ]);
  });
});
