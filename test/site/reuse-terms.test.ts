// The terms of reuse where readers meet them, in the built site (run `npm run build` first):
// the data page states the site's licence, the credit line to give and what is known of the
// source's own terms, explains the two CSV copies and links every table's three files, each of
// which exists in dist/; every page's footer gives the terms with a link to that section, the
// source's status and the code's licence. SITE_DIST points it at another build (default dist).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/locales.ts';
import { DATASET_IDS } from '../../src/schemas/datasets.ts';
import { listBuiltSite } from './pages.ts';

const dist = resolve(process.env.SITE_DIST ?? 'dist');
const html = (path: string) => readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const source = csvParse(readFileSync(resolve('data', 'sources.csv'), 'utf8')).find((s) => s.id === 'meti-2007')!;

describe.each(LANGS)('/%s/data/', (lang) => {
  const { document } = parseHTML(html(`/${lang}/data/`));
  const section = document.getElementById('terms');
  const terms = squash(section?.closest('section')?.textContent);

  it('has a terms section that names CC BY 4.0 and links the licence', () => {
    expect(section?.tagName).toBe('H2');
    expect(terms).toContain('CC BY 4.0');
    const links = [...(section?.closest('section')?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    expect(links).toContain('https://creativecommons.org/licenses/by/4.0/');
  });

  it('gives the credit line to use, naming the site and the source from the sources dataset', () => {
    const credit = squash(document.querySelector('.credit-example')?.textContent);
    expect(credit).toContain(lang === 'ja' ? '産業クラスター・アトラス' : 'Cluster Atlas');
    expect(credit).toContain(source[`title_${lang}`]!);
    expect(credit).toContain(source[`publisher_${lang}`]!);
    expect(credit).toContain(lang === 'ja' ? '平成19年10月25日' : '25 October 2007');
  });

  it('says the source states no terms of its own and the site’s do not extend to it', () => {
    expect(terms).toMatch(
      lang === 'ja'
        ? /資料には利用条件の記載がなく、このサイトの利用条件は資料そのものには及びません/
        : /states no terms of reuse, and this site's terms do not extend to it/,
    );
  });

  it('says which CSV to open in Excel and which in code and LibreOffice', () => {
    const formats = squash(document.getElementById('formats')?.closest('section')?.textContent);
    expect(formats).toContain('Excel');
    expect(formats).toContain('LibreOffice');
    expect(formats).toContain('Unicode (UTF-8)');
    expect(formats).toContain('BOM');
  });

  it.each([...DATASET_IDS, 'derived'])('links the CSV, the CSV for Excel and the JSON of %s, each built', (id) => {
    const hrefs = [...document.querySelectorAll('ul.downloads a')].map((a) => a.getAttribute('href') ?? '');
    for (const path of [`/data/${id}.csv`, `/data/excel/${id}.csv`, `/data/${id}.json`]) {
      expect(hrefs).toContain(path);
      expect(existsSync(join(dist, path)), `${path} in dist`).toBe(true);
    }
  });
});

describe('every page’s footer', () => {
  const pages = listBuiltSite(dist).pages.filter((p) => /^\/(ja|en)\//.test(p));

  it('finds the pages', () => expect(pages.length).toBeGreaterThan(100));

  it.each(pages)('%s states the terms with a link to them, the source’s status and the code’s licence', (path) => {
    const lang = path.startsWith('/ja/') ? 'ja' : 'en';
    const { document } = parseHTML(html(path));
    const footer = document.querySelector('footer.site-footer');
    expect(footer).not.toBeNull();
    const text = squash(footer?.textContent);
    expect(text).toContain('CC BY 4.0');
    const termsLink = [...(footer?.querySelectorAll('a') ?? [])].find((a) => a.getAttribute('href') === `/${lang}/data/#terms`);
    expect(termsLink, 'a link to the data page’s terms').toBeDefined();
    expect(text).toMatch(lang === 'ja' ? /資料には利用条件の記載がなく/ : /states no terms of reuse/);
    expect(text).toMatch(lang === 'ja' ? /コードはMITライセンス/ : /code is MIT licensed/);
  });
});
