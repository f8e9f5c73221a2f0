import { describe, expect, it } from 'vitest';
import { parseMapState, serializeMapState, type MapState } from '../../src/map/url-state.ts';
import { MAP_VIEW_PARAMS, pageLinkFromEmbed } from '../../src/share/share-link.ts';

const mapPage = 'https://example.org/atlas/ja/map/';
const chartPage = 'https://example.org/atlas/en/charts/network-size/';

describe('pageLinkFromEmbed(pageUrl, kind, embedSearch)', () => {
  it('gives a chart’s page as it is: a chart has no view to carry', () => {
    expect(pageLinkFromEmbed(chartPage, 'chart', '')).toBe(chartPage);
    expect(pageLinkFromEmbed(chartPage, 'chart', '?field=bio&measure=universities')).toBe(chartPage);
  });

  it('gives the plain map page when the embed shows the default view', () => {
    expect(pageLinkFromEmbed(mapPage, 'map', '')).toBe(mapPage);
    expect(pageLinkFromEmbed(mapPage, 'map', '?')).toBe(mapPage);
  });

  it('carries the map’s field and measure over, and nothing else of the embed’s query', () => {
    expect(pageLinkFromEmbed(mapPage, 'map', '?measure=universities&utm_source=x&field=bio')).toBe(
      `${mapPage}?field=bio&measure=universities`,
    );
    expect(pageLinkFromEmbed(mapPage, 'map', '?measure=universities')).toBe(`${mapPage}?measure=universities`);
  });

  it('keeps the first of repeated parameters, as the map reads them', () => {
    expect(pageLinkFromEmbed(mapPage, 'map', '?field=it&field=bio')).toBe(`${mapPage}?field=it`);
  });

  it('replaces view parameters already in the page address, keeping its others', () => {
    expect(pageLinkFromEmbed(`${mapPage}?lang=x&field=it`, 'map', '?field=bio')).toBe(`${mapPage}?lang=x&field=bio`);
  });

  it('encodes what it carries, so a crafted query cannot add parameters', () => {
    const link = new URL(pageLinkFromEmbed(mapPage, 'map', '?field=bio%26measure%3Dx'));
    expect([...link.searchParams]).toEqual([['field', 'bio&measure=x']]);
  });

  it('carries exactly the parameters the map writes (src/map/url-state.ts), and the map reads them back', () => {
    const fields = ['bio', 'it'];
    const measures = ['companies', 'universities'];
    const defaults: MapState = { field: 'all', measure: 'companies' };
    const view: MapState = { field: 'bio', measure: 'universities' };
    const embedQuery = serializeMapState(view, defaults, '?embed-only=1');
    expect([...new URLSearchParams(embedQuery).keys()].filter((k) => k !== 'embed-only').sort()).toEqual([...MAP_VIEW_PARAMS].sort());
    const link = new URL(pageLinkFromEmbed(mapPage, 'map', embedQuery));
    expect(parseMapState(link.search, fields, measures)).toEqual(view);
    expect(link.searchParams.has('embed-only')).toBe(false);
  });
});
