/**
 * Which figures a source page's table lists (src/source/listed-figures.ts): every one of the real
 * data's, and past the limit the figures of the projects with the most companies and every other
 * figure. Synthetic data at 10× the real size (scripts/synthetic-data.ts) stands for a larger programme.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entriesFrom } from '../../src/collections/read-collections.ts';
import { buildCollections, type SourceInput } from '../../src/pipeline/build-collections.ts';
import type { SourceAnchor } from '../../src/schemas/source-anchor.ts';
import { listedFigures, SOURCE_TABLE_AT_MOST } from '../../src/source/listed-figures.ts';
import { t } from '../../src/i18n/ui.ts';
import { REAL_PROJECT_COUNT, syntheticDataTexts } from '../../scripts/synthetic-data.ts';
import { DATA_DIR, readDataTexts, toInputs } from '../fixtures/data-dir.ts';

const bytes = (file: string) => new Uint8Array(readFileSync(join(DATA_DIR, file)));
const source: SourceInput = {
  text: { file: 'data/source/meti-2007.txt', text: readFileSync(join(DATA_DIR, 'source/meti-2007.txt'), 'utf8') },
  translation: { file: 'data/source/meti-2007.en.csv', bytes: bytes('source/meti-2007.en.csv') },
  slides: { file: 'data/source/slides.csv', bytes: bytes('source/slides.csv') },
};

const read = (factor: number) => {
  const texts = readDataTexts();
  const collections =
    factor === 1
      ? buildCollections(toInputs(texts), {}, source)
      : buildCollections(toInputs(syntheticDataTexts(factor, texts)), { expectedProjects: REAL_PROJECT_COUNT * factor }, source);
  const anchors = collections.get('source-anchors') as SourceAnchor[];
  const projects = entriesFrom(collections, 'cluster-projects');
  return { anchors, companies: new Map(projects.map((p) => [p.id, p.companies.value])) };
};

describe('listedFigures(anchors, companies)', () => {
  it('lists every figure of every page of the real data, the same array', () => {
    const { anchors, companies } = read(1);
    for (const page of new Set(anchors.map((a) => a.page))) {
      const own = anchors.filter((a) => a.page === page);
      expect(own.length, `page ${page}`).toBeLessThanOrEqual(SOURCE_TABLE_AT_MOST);
      const figures = listedFigures(own, companies);
      expect(figures.listed).toBe(own);
      expect(figures).toMatchObject({ total: own.length, partial: false });
    }
  });

  it('past the limit, lists the largest projects’ figures and every other, in order, and its sentence counts them', () => {
    const { anchors, companies } = read(10);
    const crowded = [...new Set(anchors.map((a) => a.page))]
      .map((page) => anchors.filter((a) => a.page === page))
      .filter((own) => own.length > SOURCE_TABLE_AT_MOST);
    expect(crowded.length).toBeGreaterThan(0);
    for (const own of crowded) {
      const figures = listedFigures(own, companies);
      expect(figures).toMatchObject({ total: own.length, partial: true });
      expect(figures.listed.length).toBeLessThanOrEqual(SOURCE_TABLE_AT_MOST);
      // Every figure that is not a project's, and whole projects: both their figures or neither.
      const projectRows = (list: typeof own) => list.filter((a) => a.dataset === 'cluster-projects');
      expect(figures.listed.length - projectRows(figures.listed).length).toBe(own.length - projectRows(own).length);
      const listedProjects = new Set(projectRows(figures.listed).map((a) => a.row));
      expect(listedProjects.size).toBe(figures.projects);
      for (const a of projectRows(own)) expect(figures.listed.includes(a), a.id).toBe(listedProjects.has(a.row));
      // None left out has more companies than the fewest listed.
      const fewest = Math.min(...[...listedProjects].map((id) => companies.get(id)!));
      for (const a of projectRows(own).filter((a) => !listedProjects.has(a.row))) expect(companies.get(a.row)!).toBeLessThanOrEqual(fewest);
      const position = new Map(own.map((a, i) => [a, i]));
      const positions = figures.listed.map((a) => position.get(a)!);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      for (const lang of ['ja', 'en'] as const) {
        const words = t(lang).sourceFiguresShown(figures.listed.length, figures.total, figures.projects, 'DATA');
        expect(words.match(/\d+/g)).toEqual(
          lang === 'ja'
            ? [String(own.length), String(figures.listed.length), String(listedProjects.size)]
            : [String(figures.listed.length), String(own.length), String(listedProjects.size)],
        );
      }
    }
  });
});
