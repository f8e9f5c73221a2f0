/**
 * The words of the figure downloads (src/i18n/figure-export.ts): the same entries in both
 * languages, none empty, and no figure typed in: every template is called with arguments that
 * print no digit, so a digit in the result was written into the dictionary.
 */
import { describe, expect, it } from 'vitest';
import { FIGURE_EXPORT_UI } from '../../src/i18n/figure-export.ts';
import { LANGS } from '../../src/i18n/locales.ts';

const DIGIT = /[\p{Nd}\p{No}]/u;

/** Each entry's texts: strings, the strings of a record, or a template called with digit-free arguments. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String((value as (...args: unknown[]) => unknown)(...Array.from({ length: value.length }, () => 'ARG')))];
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('FIGURE_EXPORT_UI', () => {
  it('has the same entries, and the same record keys, in Japanese and English', () => {
    const shape = (d: object): unknown => Object.fromEntries(Object.entries(d).map(([k, v]) => [k, v && typeof v === 'object' ? shape(v) : typeof v]));
    expect(shape(FIGURE_EXPORT_UI.en)).toEqual(shape(FIGURE_EXPORT_UI.ja));
  });

  it.each(LANGS)('types no figure and leaves nothing empty (%s)', (lang) => {
    for (const [key, value] of Object.entries(FIGURE_EXPORT_UI[lang])) {
      for (const text of texts(value)) {
        expect(text.trim(), key).not.toBe('');
        expect(text, key).not.toMatch(DIGIT);
        expect(text, key).not.toMatch(/undefined|null/);
      }
    }
  });
});
