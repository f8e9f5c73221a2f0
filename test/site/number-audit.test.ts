/**
 * Every number on every built page is a printed figure or a declared computed one, written the
 * way the page's language writes it (test/site/number-audit.ts); and the shares a set of pages
 * shows for one measure never add up to more than 100%.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/core/locales.ts';
import { t } from '../../src/i18n/ui.ts';
import { contentData } from '../unit/figure-inputs.ts';
import { allowedNumbers, auditPage } from './number-audit.ts';
import { listBuiltSite } from './pages.ts';

const DIST = join(import.meta.dirname, '../../dist');
const site = listBuiltSite(DIST);
const html = (path: string) => readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const langOf = (page: string): Lang => (/<html[^>]*\blang="en/.test(page) ? 'en' : 'ja');
const allowed = { ja: allowedNumbers('ja'), en: allowedNumbers('en') };

describe('number audit over every built page', () => {
  it('finds the built site', () => expect(site.pages.length).toBeGreaterThan(100));

  it.each(site.pages)('%s shows only printed and declared computed figures', (path) => {
    const page = html(path);
    const findings = auditPage(page, allowed[langOf(page)]);
    expect(
      findings.map((f) => `${f.number} in “…${f.context}…”`),
      path,
    ).toEqual([]);
  });
});

describe('the audit finds what it is for', () => {
  const page = html('/en/bureaus/kinki/');
  const pageJa = html('/ja/bureaus/kinki/');

  it('a real page passes as built', () => {
    expect(auditPage(page, allowed.en)).toEqual([]);
    expect(auditPage(pageJa, allowed.ja)).toEqual([]);
  });

  it('fails on a hand-typed number in the text, with the words around it', () => {
    const planted = page.replace('</h1>', '</h1><p>Kinki had 42,195 participating firms.</p>');
    expect(auditPage(planted, allowed.en)).toEqual([{ number: '42,195', context: 'Kinki had 42,195 participating firms.' }]);
    const plantedJa = pageJa.replace('</h1>', '</h1><p>参加企業は約４２，１９５社。</p>');
    expect(auditPage(plantedJa, allowed.ja).map((f) => f.number)).toEqual(['42,195']);
  });

  it('fails on a stale figure: the old share of 290 universities, and a share given finer than its inputs', () => {
    expect(
      auditPage(page.replace('</h1>', '</h1><p>34.8% of university participations nationwide</p>'), allowed.en).map((f) => f.number),
    ).toEqual(['34.8']);
    expect(auditPage(page.replace('</h1>', '</h1><p>32.6% of companies are in Kanto</p>'), allowed.en).map((f) => f.number)).toEqual([
      '32.6',
    ]);
  });

  it('reads the words of attributes too (aria-label, title, alt)', () => {
    expect(auditPage(page.replace('<main', '<main aria-label="7,777 projects"'), allowed.en).map((f) => f.number)).toEqual(['7,777']);
  });

  it('checks a number in the other language’s format as a number of its own: 10,700 is printed, 10.700 is not', () => {
    expect(auditPage(page.replace('</h1>', '</h1><p>10,700 companies</p>'), allowed.en)).toEqual([]);
    expect(auditPage(page.replace('</h1>', '</h1><p>10.700 companies</p>'), allowed.en).map((f) => f.number)).toEqual(['10.700']);
  });

  it('lets dates, page references and ordinals through, and accepts no unknown reason to skip', () => {
    expect(
      auditPage(page.replace('</h1>', '</h1><p>On 25 October 2007 (FY2007), page 4 of the 2nd meeting, item (3).</p>'), allowed.en),
    ).toEqual([]);
    expect(() => auditPage(page.replace('</h1>', '</h1><p data-not-figures="convenient">1,234</p>'), allowed.en)).toThrow(
      /not one of code, format, scale/,
    );
  });
});

describe('shares of one measure add up to no more than 100%', () => {
  const bureaus = contentData('bureaus') as { id: string }[];

  it.each(LANGS)('the bureau pages (%s): companies and university participations, each within rounding', (lang) => {
    const projects = contentData('cluster-projects').length;
    const shown: string[][] = [];
    for (const b of bureaus) {
      const { document } = parseHTML(html(`/${lang}/bureaus/${b.id}/`));
      const dt = [...document.querySelectorAll('dt')].find((d) => d.textContent?.startsWith(t(lang).shareOfAll(projects)));
      const numbers = [...(dt?.nextElementSibling?.textContent ?? '').matchAll(/([\d.]+)%/g)].map((m) => m[1]!);
      expect(numbers, b.id).toHaveLength(2);
      shown.push(numbers);
    }
    for (const measure of [0, 1]) {
      const column = shown.map((x) => x[measure]!);
      // Rounding may add half the last shown place of each share.
      const slack = column.reduce((s, n) => s + 0.5 * 10 ** -(n.split('.')[1]?.length ?? 0), 0);
      expect(
        column.reduce((s, n) => s + Number(n), 0),
        `measure ${measure}`,
      ).toBeLessThanOrEqual(100 + slack);
    }
    // The university share is of participations: Kinki's 56 + 30 + 15 = 101 of the 419 counted over all projects.
    expect(html(`/${lang}/bureaus/kinki/`)).toContain('24.1%');
    expect(html(`/${lang}/bureaus/kinki/`)).not.toContain('34.8%');
  });
});
