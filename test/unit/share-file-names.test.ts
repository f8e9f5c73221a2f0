import { describe, expect, it } from 'vitest';
import { FIGURE_IDS, figurePaths } from '../../src/figures/figure-registry.ts';
import { LANGS } from '../../src/core/locales.ts';
import { DOWNLOAD_FORMATS } from '../../src/figures/figure-registry.ts';
import { downloadFileName } from '../../src/share/file-names.ts';

describe('downloadFileName(lang, id, format)', () => {
  it('names the site, the figure and the language', () => {
    expect(downloadFileName('ja', 'network-size', 'png')).toBe('cluster-atlas-network-size-ja.png');
    expect(downloadFileName('en', 'map', 'csv')).toBe('cluster-atlas-map-en.csv');
  });

  it('gives every file of every figure in every language its own name', () => {
    const names = LANGS.flatMap((lang) => FIGURE_IDS.flatMap((id) => DOWNLOAD_FORMATS.map((f) => downloadFileName(lang, id, f))));
    expect(names.length).toBe(LANGS.length * FIGURE_IDS.length * DOWNLOAD_FORMATS.length);
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps the extension of the file the registry serves, so it opens in the right program', () => {
    for (const lang of LANGS) {
      for (const id of FIGURE_IDS) {
        const paths = figurePaths(lang, id);
        for (const format of DOWNLOAD_FORMATS) {
          const served = paths[format].split('.').at(-1);
          expect(downloadFileName(lang, id, format).split('.').at(-1), `${lang} ${id} ${format}`).toBe(served);
        }
      }
    }
  });

  it('is a plain file name on every system: lower-case letters, digits, hyphens, one dot', () => {
    for (const id of FIGURE_IDS) expect(downloadFileName('en', id, 'json')).toMatch(/^[a-z0-9-]+\.[a-z]+$/);
  });

  it('refuses an id that is not a figure', () => {
    expect(() => downloadFileName('ja', 'no-such-chart', 'svg')).toThrow(/unknown figure/);
  });
});
