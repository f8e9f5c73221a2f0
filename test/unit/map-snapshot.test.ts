/**
 * Snapshot of the national map: geometry, bureau outlines and the 17 project circles (sized by
 * companies) rendered to a plain SVG string from test/fixtures/map/*.json, compared with the
 * committed test/output/map-national.svg after rounding every number to one decimal. On a
 * mismatch the new rendering is written to test/output/map-national-changed.svg (never committed)
 * so the two can be looked at side by side; a missing reference is written and the test fails,
 * saying so: run it again to compare.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bureauRegions } from '../../src/map/bureau-regions.ts';
import { japanGeometry, type PrefectureName } from '../../src/map/geometry.ts';
import { layoutSymbols } from '../../src/map/layout.ts';
import { areaRadius, MAX_RADIUS } from '../../src/map/scales.ts';

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../fixtures/map/${name}.json`, import.meta.url), 'utf8')) as T;
const OUTPUT = new URL('../output/', import.meta.url);

/** Muted fills per bureau, for the snapshot only (the site takes its colours from its own styles). */
const FILL: Record<string, string> = {
  hokkaido: '#c9dfe9',
  tohoku: '#d8e7c9',
  kanto: '#e9d9c4',
  chubu: '#e6cfd8',
  kinki: '#d6d3ea',
  chugoku: '#ece4bf',
  shikoku: '#c8e4da',
  kyushu: '#e8cdc4',
  okinawa: '#d9d9d9',
};

function renderNational(): string {
  const prefectures = fixture<PrefectureName[]>('prefectures');
  const bureaus = fixture<{ id: string; prefectures: string[] }[]>('bureaus');
  const projects = fixture<{ id: string; bureau: string; companies: number }[]>('projects');

  const geometry = japanGeometry(prefectures);
  const regions = bureauRegions(geometry, bureaus);
  const r = areaRadius(Math.max(...projects.map((p) => p.companies)), MAX_RADIUS);
  const symbols = layoutSymbols(
    [...projects].sort((a, b) => b.companies - a.companies).map((p) => ({ id: p.id, bureau: p.bureau, r: r(p.companies) })),
    regions,
    { bounds: geometry.viewBox },
  );
  const bureauOf = new Map(bureaus.flatMap((b) => b.prefectures.map((code) => [code, b.id] as const)));
  const { viewBox: v, insetFrame: f } = geometry;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${v.x1} ${v.y1}" width="${v.x1 * 2}" height="${v.y1 * 2}">`,
    `<rect width="${v.x1}" height="${v.y1}" fill="#fff"/>`,
    `<rect class="inset-frame" x="${f.x0}" y="${f.y0}" width="${f.x1 - f.x0}" height="${f.y1 - f.y0}" fill="none" stroke="#888" stroke-width="0.5"/>`,
    '<g class="prefectures" stroke="#fff" stroke-width="0.3" stroke-linejoin="round">',
    ...geometry.prefectures.map((p) => `<path data-code="${p.code}" fill="${FILL[bureauOf.get(p.code)!]}" d="${p.d}"/>`),
    '</g>',
    '<g class="bureaus" fill="none" stroke="#444" stroke-width="0.8" stroke-linejoin="round">',
    ...regions.map((region) => `<path data-bureau="${region.id}" d="${region.outline}"/>`),
    '</g>',
    '<g class="symbols" fill="#1f5f8b" fill-opacity="0.7" stroke="#fff" stroke-width="0.6">',
    // Largest first, so small circles are drawn on top (they never overlap, but strokes may touch).
    ...symbols.map((s) => `<circle data-id="${s.id}" cx="${s.x}" cy="${s.y}" r="${s.r}"/>`),
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

/** Rounds every decimal number to one decimal, so float noise below that is not a change. */
function normalise(svg: string): string {
  return svg.replace(/-?\d+\.\d+/g, (n) => {
    const v = Math.round(Number(n) * 10) / 10;
    return String(v === 0 ? 0 : v);
  });
}

describe('map snapshot', () => {
  it('renders the national map (companies) as committed in test/output/map-national.svg', () => {
    const name = 'map-national';
    const actual = normalise(renderNational());
    const reference = new URL(`${name}.svg`, OUTPUT);
    const changed = new URL(`${name}-changed.svg`, OUTPUT);
    if (!existsSync(reference)) {
      mkdirSync(OUTPUT, { recursive: true });
      writeFileSync(reference, actual);
      expect.fail(`created the reference test/output/${name}.svg; look at it, then run the test again`);
    }
    if (normalise(readFileSync(reference, 'utf8')) !== actual) {
      writeFileSync(changed, actual);
      expect.fail(
        `test/output/${name}.svg differs from the rendering, written to test/output/${name}-changed.svg; if the change is intended, replace the reference with it`,
      );
    }
    rmSync(changed, { force: true });
  });
});
