/** src/core/locales.ts: the two languages, the language switch's paths, bilingual fields. */
import { describe, expect, it } from 'vitest';
import { isLang, LANGS, localisedPath, otherLang, pick } from '../../src/core/locales.ts';

describe('LANGS', () => {
  it('is Japanese first (the source language), then English', () => {
    expect(LANGS).toEqual(['ja', 'en']);
  });
});

describe('isLang(value)', () => {
  it.each(['ja', 'en'])('isLang(%j) is true', (value) => {
    expect(isLang(value)).toBe(true);
  });
  it.each(['fr', 'JA', 'jp', '', 'ja-JP', undefined])('isLang(%j) is false', (value) => {
    expect(isLang(value)).toBe(false);
  });
});

describe('otherLang(lang)', () => {
  it('otherLang(ja) is en and otherLang(en) is ja', () => {
    expect(otherLang('ja')).toBe('en');
    expect(otherLang('en')).toBe('ja');
  });
  it.each(LANGS)('otherLang(%s) is the other language, and twice gives it back', (lang) => {
    expect(otherLang(lang)).not.toBe(lang);
    expect(otherLang(otherLang(lang))).toBe(lang);
  });
});

describe('localisedPath(path, lang)', () => {
  it.each([
    ['/ja/data/', 'en', '/en/data/'],
    ['/en/data/', 'ja', '/ja/data/'],
    ['/ja/', 'en', '/en/'],
    ['/en/', 'ja', '/ja/'],
    ['/ja', 'en', '/en/'], // without the trailing slash
    ['/', 'ja', '/ja/'], // the root chooser
    ['/', 'en', '/en/'],
    ['', 'en', '/en/'],
    ['/ja/data/', 'ja', '/ja/data/'], // already in that language
    ['/data/', 'en', '/en/data/'], // no language yet
    ['data/', 'ja', '/ja/data/'], // no leading slash
    ['/ja/about/#sources', 'en', '/en/about/#sources'],
    ['/japan/', 'en', '/en/japan/'], // "ja" only as a whole first segment
    ['/en-gb/', 'ja', '/ja/en-gb/'],
  ] as const)('localisedPath(%j, %s) → %j', (path, lang, expected) => {
    expect(localisedPath(path, lang)).toBe(expected);
  });

  it.each(['/ja/', '/ja/data/', '/en/data/', '/'])('swapping twice returns to the page (%s)', (path) => {
    const start = localisedPath(path, 'ja');
    expect(localisedPath(localisedPath(start, 'en'), 'ja')).toBe(start);
  });
});

describe('pick(entry, key, lang)', () => {
  const bureau = {
    id: 'hokkaido',
    name_ja: '北海道経済産業局',
    name_en: 'Hokkaido Bureau of Economy, Trade and Industry',
    short_ja: '北海道',
    short_en: 'Hokkaido',
  };

  it('pick(entry, name, ja) is name_ja and pick(entry, name, en) is name_en', () => {
    expect(pick(bureau, 'name', 'ja')).toBe('北海道経済産業局');
    expect(pick(bureau, 'name', 'en')).toBe('Hokkaido Bureau of Economy, Trade and Industry');
  });

  it('pick() reads the key it is given (short, not name)', () => {
    expect(pick(bureau, 'short', 'ja')).toBe('北海道');
    expect(pick(bureau, 'short', 'en')).toBe('Hokkaido');
  });
});
