/**
 * The share panel's words (src/i18n/share.ts) follow the rules of the interface dictionary
 * (test/unit/ui-strings.test.ts): the same entries in both languages, none empty, no figures.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/locales.ts';
import { SHARE_UI } from '../../src/i18n/share.ts';

/** Names with a digit that state no figure: the CSV encoding. */
const ALLOWED = ['UTF-8'];
const DIGIT = /[\p{Nd}\p{No}]/u;
const KANJI_COUNT = /[〇一二三四五六七八九十百千万億]+(?:社|大学|件|名|円|倍|年|つ|か所|箇所|行|ページ|プロジェクト|%|％)/u;

const texts = LANGS.flatMap((lang) => Object.entries(SHARE_UI[lang]).map(([key, text]) => ({ where: `SHARE_UI.${lang}.${key}`, text })));

describe('SHARE_UI', () => {
  it('has the same entries in ja and en', () => {
    expect(Object.keys(SHARE_UI.en).sort()).toEqual(Object.keys(SHARE_UI.ja).sort());
  });

  it('has only plain strings, none empty', () => {
    expect(texts.filter(({ text }) => typeof text !== 'string' || text.trim() === '')).toEqual([]);
  });

  it('states no figure: no digit outside the allowed names, no count in kanji', () => {
    const bare = (text: string) => ALLOWED.reduce((t, name) => t.replaceAll(name, ''), text);
    expect(texts.filter(({ text }) => DIGIT.test(bare(text)) || KANJI_COUNT.test(text))).toEqual([]);
  });

  it.each(ALLOWED)('still uses the allowed name %j (else drop it)', (name) => {
    expect(texts.some(({ text }) => text.includes(name))).toBe(true);
  });

  it('says different things in the two languages (no entry left untranslated)', () => {
    expect(texts.filter(({ where, text }) => where.startsWith('SHARE_UI.en.') && text === SHARE_UI.ja[where.split('.')[2] as keyof typeof SHARE_UI.ja])).toEqual([]);
  });
});
