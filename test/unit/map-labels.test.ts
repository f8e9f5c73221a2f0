/**
 * The national map's labels on the real data: every project named on the wide map (companies, the
 * default measure), every label clear of every other label, symbol, the size key and the inset
 * frame, every bureau named, and map.css's container query at the width the wide type needs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../src/core/measures.ts';
import { boxCircleDistance, boxesOverlap } from '../../src/map/label-layout.ts';
import { LABEL_VARIANTS, mapLabels, shortProjectName, wideMinWidth, type LabelVariantId } from '../../src/map/map-labels.ts';
import { buildMapModel } from '../../src/map/map-model.ts';
import { realData } from '../fixtures/map/real-data.ts';

const { projects, bureaus } = realData();
const model = buildMapModel(projects, bureaus);

describe('shortProjectName', () => {
  it('drops the generic ending, keeps a bracketed abbreviation, makes full-width Latin half-width', () => {
    const byId = new Map(projects.map((p) => [p.id, p]));
    expect(shortProjectName(byId.get('kyushu-k-rip')!, 'ja')).toBe('K-RIP');
    expect(shortProjectName(byId.get('tohoku-monozukuri-corridor')!, 'ja')).toBe('TOHOKUものづくりコリドー');
    expect(shortProjectName(byId.get('tokai-monozukuri')!, 'ja')).toBe('東海ものづくり創生');
    expect(shortProjectName(byId.get('tokai-monozukuri')!, 'en')).toBe('Tokai Monozukuri Revival');
  });
});

describe('mapLabels on the 17 projects', () => {
  for (const lang of ['ja', 'en'] as const) {
    for (const variant of Object.keys(LABEL_VARIANTS) as LabelVariantId[]) {
      for (const measure of MEASURES) {
        it(`${lang}, ${variant}, ${measure}: one label per project, none overlapping a label, a symbol or the size key`, () => {
          const labels = mapLabels(model, bureaus, lang, variant, measure);
          expect(labels.projects.map((l) => l.id).sort()).toEqual(projects.map((p) => p.id).sort());
          const boxes = [
            ...labels.projects.map((l) => ({ ...l.box, id: l.id, kind: l.kind })),
            ...labels.bureaus.map((b) => ({ ...b.box, id: b.id, kind: 'bureau' })),
          ];
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++)
              expect(boxesOverlap(boxes[i]!, boxes[j]!), `${boxes[i]!.id} / ${boxes[j]!.id}`).toBe(false);
            expect(boxesOverlap(boxes[i]!, labels.sizeKey.box), `${boxes[i]!.id} / size key`).toBe(false);
            for (const s of model.symbols) {
              const p = s.placement[measure];
              // A number may sit inside its own circle, as numbered maps do; nothing else may touch a circle.
              if (boxes[i]!.kind === 'number' && s.project.id === boxes[i]!.id && boxCircleDistance(boxes[i]!, p) === 0) continue;
              expect(boxCircleDistance(boxes[i]!, p), `${boxes[i]!.id} / ${s.project.id}`).toBeGreaterThanOrEqual(p.r);
            }
          }
          if (variant === 'wide' && measure === 'companies') expect(labels.projects.every((l) => l.kind === 'name')).toBe(true);
          if (variant === 'wide') expect(labels.bureaus).toHaveLength(bureaus.length);
        });
      }
    }
  }

  it('is deterministic', () => {
    const again = buildMapModel([...projects].reverse(), bureaus);
    expect(mapLabels(again, bureaus, 'en', 'wide', 'companies')).toEqual(mapLabels(model, bureaus, 'en', 'wide', 'companies'));
  });

  it('map.css shows the wide labels from the width at which they are MIN_LABEL_PX', () => {
    const css = readFileSync(new URL('../../src/styles/map.css', import.meta.url), 'utf8');
    const width = wideMinWidth(model.viewBox.x1 - model.viewBox.x0);
    expect(css).toContain(`@container national-map (min-width: ${width}px)`);
  });
});
