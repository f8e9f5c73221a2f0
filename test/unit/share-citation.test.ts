/**
 * Cite this figure: the citation, BibTeX and credit line of every figure name what the data
 * says (the figure's title, the source's publisher, title and pages from the sources dataset),
 * the figure's absolute address, and the date its datasets last changed in the repository.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readFigureInputs } from '../../src/collections/read-collections.ts';
import { LANGS, pick } from '../../src/core/locales.ts';
import { REUSE } from '../../src/core/reuse.ts';
import { absoluteUrl } from '../../src/core/urls.ts';
import { FIGURE_IDS, MAP_FIGURE_ID, figurePaths } from '../../src/figures/figure-registry.ts';
import { figureText, sourceById } from '../../src/figures/figure-text.ts';
import { t } from '../../src/i18n/ui.ts';
import { formatPeriod } from '../../src/i18n/figure-format.ts';
import { escapeBibtex, figureCitation } from '../../src/share/citation.ts';
import { figureDatasets as datasetsOf } from '../../src/figures/download-table.ts';
import { formatIsoDate } from '../../src/i18n/reuse-names.ts';

const figureDatasets = (id: string) => datasetsOf(id, readFigureInputs());

/** The fields of a one-entry BibTeX record, braces balanced (a field's value may hold braces). */
function bibFields(bib: string): { type: string; key: string; fields: Record<string, string> } {
  const head = /^@(\w+)\{([^,\s]+),\n/.exec(bib);
  if (!head) throw new Error(`not a BibTeX entry: ${bib.slice(0, 40)}`);
  const fields: Record<string, string> = {};
  let i = head[0].length;
  for (;;) {
    const m = /^\s*(\w+) = \{/.exec(bib.slice(i));
    if (!m) break;
    i += m[0].length;
    let depth = 1;
    let value = '';
    for (; depth > 0; i++) {
      const c = bib[i];
      if (c === undefined) throw new Error('unbalanced braces');
      if (c === '\\') {
        value += c + bib[i + 1];
        i++;
        continue;
      }
      if (c === '{') depth++;
      if (c === '}') depth--;
      if (depth > 0) value += c;
    }
    fields[m[1]!] = value;
    i = bib.indexOf('\n', i) + 1;
  }
  expect(bib.slice(i)).toBe('}');
  return { type: head[1]!, key: head[2]!, fields };
}

const gitDate = (ids: readonly string[]) =>
  ids
    .map((id) => execFileSync('git', ['log', '-1', '--format=%cs', '--', `data/${id}.csv`], { encoding: 'utf8' }).trim())
    .sort()
    .at(-1);

describe('escapeBibtex', () => {
  it('escapes what TeX would read as commands or groups', () => {
    expect(escapeBibtex('R&D {50%} #1 a_b $ \\ ~ ^')).toBe(
      'R\\&D \\{50\\%\\} \\#1 a\\_b \\$ \\textbackslash{} \\textasciitilde{} \\textasciicircum{}',
    );
    expect(escapeBibtex('産業クラスター「計画」')).toBe('産業クラスター「計画」');
  });
});

describe.each(LANGS)('figureCitation(%s, …)', (lang) => {
  const inputs = readFigureInputs();
  it.each(FIGURE_IDS)('%s names the figure, the source and its pages, the address and the date', (id) => {
    const text = figureText(id, lang, inputs);
    const source = sourceById(inputs.sources, text.source.id);
    const url = absoluteUrl(figurePaths(lang, id).page);
    const pages = t(lang).pagesN(text.source.pages);
    const cite = figureCitation(lang, id);

    expect(cite.updated).toBe(gitDate(figureDatasets(id)));
    expect(cite.updatedText).toBe(formatIsoDate(cite.updated, lang));
    for (const part of [
      t(lang).siteName,
      text.title,
      pick(source, 'publisher', lang),
      pick(source, 'title', lang),
      pages,
      url,
      cite.updatedText,
    ])
      expect(cite.text).toContain(part);

    const bib = bibFields(cite.bibtex);
    expect(bib.type).toBe('misc');
    expect(bib.key).toBe(`cluster-atlas-${id}-${lang}`);
    expect(bib.fields.url).toBe(url);
    expect(bib.fields.title).toBe(`{${escapeBibtex(text.title)}}`);
    expect(bib.fields.year).toBe(cite.updated.slice(0, 4));
    expect(bib.fields.note).toContain(pages);
    expect(bib.fields.note).toContain(cite.updatedText);

    // The site's credit line (core/reuse.ts) for this source, then the figure's pages.
    const date = source.date ? formatPeriod(source.date, lang) : '';
    const credit = REUSE[lang].credit({ title: pick(source, 'title', lang), publisher: pick(source, 'publisher', lang), date });
    expect(cite.credit.startsWith(credit)).toBe(true);
    expect(cite.credit.endsWith(pages)).toBe(true);
  });
});

describe('figureDatasets', () => {
  it('gives each figure at least one dataset; the map its projects', () => {
    for (const id of FIGURE_IDS) expect(figureDatasets(id).length).toBeGreaterThan(0);
    expect(figureDatasets(MAP_FIGURE_ID)).toContain('cluster-projects');
  });
});
