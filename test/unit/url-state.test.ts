import { describe, expect, it } from 'vitest';
import { parseMapState, serializeMapState, type MapState } from '../../src/map/url-state.ts';

const fields = ['manufacturing', 'bio', 'it', 'environment', 'processing-trade'] as const;
const measures = ['companies', 'universities'] as const;
const defaults: MapState = { field: 'all', measure: 'companies' };
const parse = (search: string) => parseMapState(search, fields, measures);

describe('parseMapState(search, fields, measures)', () => {
  it('returns field all and the first measure for an empty query', () => {
    expect(parse('')).toEqual(defaults);
    expect(parse('?')).toEqual(defaults);
  });

  it('reads valid values, with or without the leading ?', () => {
    expect(parse('?field=bio&measure=universities')).toEqual({ field: 'bio', measure: 'universities' });
    expect(parse('measure=universities&field=it')).toEqual({ field: 'it', measure: 'universities' });
    expect(parse('?field=all')).toEqual(defaults);
  });

  it('reads one parameter without the other', () => {
    expect(parse('?field=environment')).toEqual({ field: 'environment', measure: 'companies' });
    expect(parse('?measure=universities')).toEqual({ field: 'all', measure: 'universities' });
  });

  it('falls back to the default for unknown values, each parameter on its own', () => {
    expect(parse('?field=xyz')).toEqual(defaults);
    expect(parse('?field=xyz&measure=universities')).toEqual({ field: 'all', measure: 'universities' });
    expect(parse('?field=bio&measure=budget')).toEqual({ field: 'bio', measure: 'companies' });
    expect(parse('?field=&measure=')).toEqual(defaults);
  });

  it('matches exactly: no case folding, no trimming, no prototype keys', () => {
    expect(parse('?field=BIO')).toEqual(defaults);
    expect(parse('?field=%20bio')).toEqual(defaults);
    expect(parse('?field=toString&measure=constructor')).toEqual(defaults);
    expect(parse('?field=ALL')).toEqual(defaults);
  });

  it('uses the first of repeated parameters', () => {
    expect(parse('?field=bio&field=it')).toEqual({ field: 'bio', measure: 'companies' });
    expect(parse('?field=xyz&field=it')).toEqual(defaults);
    expect(parse('?measure=universities&measure=companies').measure).toBe('universities');
  });

  it('ignores other parameters and a fragment-free query around them', () => {
    expect(parse('?lang=ja&field=bio&utm_source=x')).toEqual({ field: 'bio', measure: 'companies' });
  });

  it('never throws on garbage', () => {
    for (const garbage of [
      '%',
      '%E0%A4%A',
      '?field=%ZZ',
      '&&&==&',
      '?field',
      '?=bio',
      '??field=bio',
      '\u0000',
      'field=bio=it',
      '#field=bio',
    ]) {
      expect(() => parse(garbage), garbage).not.toThrow();
      expect(parse(garbage), garbage).toEqual(defaults);
    }
    expect(parseMapState(undefined as unknown as string, fields, measures)).toEqual(defaults);
  });

  it('decodes percent-encoding and + as the browser does', () => {
    expect(parse('?field=processing%2Dtrade')).toEqual({ field: 'processing-trade', measure: 'companies' });
    expect(parse('?f%69eld=bio')).toEqual({ field: 'bio', measure: 'companies' });
    expect(parseMapState('?field=a+b', ['a b'], measures).field).toBe('a b');
  });

  it('defaults the measure to the first one given, and to "" when there is none', () => {
    expect(parseMapState('', fields, ['universities', 'companies']).measure).toBe('universities');
    expect(parseMapState('?measure=companies', fields, []).measure).toBe('');
  });
});

describe('serializeMapState(state, defaults, search)', () => {
  it('omits default values, giving "" for the default view', () => {
    expect(serializeMapState(defaults, defaults)).toBe('');
    expect(serializeMapState({ field: 'bio', measure: 'companies' }, defaults)).toBe('?field=bio');
    expect(serializeMapState({ field: 'all', measure: 'universities' }, defaults)).toBe('?measure=universities');
    expect(serializeMapState({ field: 'bio', measure: 'universities' }, defaults)).toBe('?field=bio&measure=universities');
  });

  it('keeps other parameters and replaces old map parameters', () => {
    expect(serializeMapState({ field: 'it', measure: 'companies' }, defaults, '?x=1&field=bio&y=2')).toBe('?x=1&y=2&field=it');
    expect(serializeMapState(defaults, defaults, '?x=1&field=bio&measure=universities&field=it')).toBe('?x=1');
    expect(serializeMapState(defaults, defaults, 'x=%E6%97%A5')).toBe('?x=%E6%97%A5');
  });

  it('encodes values that need it', () => {
    expect(serializeMapState({ field: 'a b&c=d', measure: 'companies' }, defaults)).toBe('?field=a+b%26c%3Dd');
  });

  it('round-trips through parseMapState', () => {
    for (const field of ['all', ...fields]) {
      for (const measure of measures) {
        const state = { field, measure };
        expect(parse(serializeMapState(state, defaults, '?keep=1'))).toEqual(state);
      }
    }
    const odd = ['a b&c=d', 'ü/?#'];
    const state = { field: odd[1], measure: 'companies' };
    expect(parseMapState(serializeMapState(state, defaults), odd, measures)).toEqual(state);
  });
});
