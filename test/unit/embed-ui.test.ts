/**
 * The embed pages' words (src/i18n/embed.ts) follow the rules of the site's dictionary: the same
 * entries in both languages, none empty, and no figure typed in (templates print their arguments).
 */
import { describe, expect, it } from 'vitest';
import { EMBED_UI } from '../../src/i18n/embed.ts';
import { LANGS } from '../../src/i18n/locales.ts';

const DIGIT = /[\p{Nd}\p{No}]/u;
/** How each template is called: placeholder words print no digit. */
const CALLS: Record<string, unknown[]> = { openFigure: ['SITENAME'] };

const texts = LANGS.flatMap((lang) =>
  Object.entries(EMBED_UI[lang]).map(([key, value]) => ({
    where: `EMBED_UI.${lang}.${key}`,
    text: typeof value === 'function' ? String((value as (...a: unknown[]) => unknown)(...(CALLS[key] ?? []))) : String(value),
    template: typeof value === 'function',
  })),
);

describe('EMBED_UI', () => {
  it('ja and en have the same entries, of the same kinds', () => {
    const kinds = (lang: 'ja' | 'en') => Object.fromEntries(Object.entries(EMBED_UI[lang]).map(([k, v]) => [k, typeof v]));
    expect(kinds('en')).toEqual(kinds('ja'));
  });

  it('every template has its sample arguments and prints them', () => {
    for (const { where, text } of texts.filter((t) => t.template)) {
      expect(Object.keys(CALLS).some((key) => where.endsWith(`.${key}`)), where).toBe(true);
      expect(text, where).toContain('SITENAME');
    }
  });

  it('no entry is empty or contains a digit', () => {
    expect(texts.filter(({ text }) => text.trim() === '' || DIGIT.test(text))).toEqual([]);
  });
});
