/** The bureau maps' model (src/map/region-map.ts) on the real data: names placed apart, off the symbols, inside the view, large enough on a phone. */
import { describe, expect, it } from 'vitest';
import { getBureaus, getPrefectureNames, getProjects } from '../../src/collections/read-collections.ts';
import { buildMapModel } from '../../src/map/map-model.ts';
import { REGION_MAP, regionMap } from '../../src/map/region-map.ts';

const projects = await getProjects();
const bureaus = await getBureaus();
const model = buildMapModel(projects, bureaus);

describe.each(['ja', 'en'] as const)('regionMap (%s)', async (lang) => {
  const names = await getPrefectureNames(lang);
  it.each(bureaus.map((b) => b.id))('%s', (id) => {
    const bureau = bureaus.find((b) => b.id === id)!;
    const map = regionMap(model, id, names);
    const v = map.viewBox;
    expect(map.labels.map((l) => l.code).sort()).toEqual([...bureau.prefectures].sort());
    expect(map.symbols.map((s) => s.project.id).sort()).toEqual(
      projects
        .filter((p) => p.bureau === id)
        .map((p) => p.id)
        .sort(),
    );
    // At least minFontPx where the map is shown narrowest.
    const narrowest = Math.min(map.width, REGION_MAP.minWidth);
    expect((map.fontSize * narrowest) / (v.x1 - v.x0)).toBeGreaterThanOrEqual(REGION_MAP.minFontPx);
    for (const [i, a] of map.labels.entries()) {
      expect(a.box.x).toBeGreaterThanOrEqual(v.x0);
      expect(a.box.y).toBeGreaterThanOrEqual(v.y0);
      expect(a.box.x + a.box.width).toBeLessThanOrEqual(v.x1);
      expect(a.box.y + a.box.height).toBeLessThanOrEqual(v.y1);
      for (const b of map.labels.slice(i + 1)) {
        const apart =
          a.box.x + a.box.width <= b.box.x ||
          b.box.x + b.box.width <= a.box.x ||
          a.box.y + a.box.height <= b.box.y ||
          b.box.y + b.box.height <= a.box.y;
        expect(apart, `${a.text} / ${b.text}`).toBe(true);
      }
      for (const s of map.symbols) {
        const { x, y, r } = s.placement.companies;
        const nx = Math.max(a.box.x, Math.min(x, a.box.x + a.box.width));
        const ny = Math.max(a.box.y, Math.min(y, a.box.y + a.box.height));
        expect(Math.hypot(nx - x, ny - y), `${a.text} over ${s.project.id}`).toBeGreaterThanOrEqual(r);
      }
    }
    // Only the prefectures the view shows are drawn.
    expect(map.model.bureaus.flatMap((b) => b.prefectures).length).toBeLessThan(47);
  });
});
