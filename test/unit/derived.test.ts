/**
 * The figures the site computes (src/derived/), against arithmetic done here by hand from the
 * printed figures of page 2 and pages 4–6, and the rule of precision of data/README.md.
 */
import { describe, expect, it } from 'vitest';
import { catalogueOf, deriveCatalogue } from '../../src/derived/catalogue.ts';
import { differenceOf, shareFigure, sumOf } from '../../src/derived/precision.ts';
import { computedNotes } from '../../src/derived/computed-words.ts';
import { formatFigure } from '../../src/i18n/figure-format.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import { chartFixture } from '../chart-support.ts';
import { everyProjectKey, printedInputKeys } from '../../src/derived/input-keys.ts';
import { derivedRows } from '../../src/derived/download.ts';
import { syntheticDataTexts } from '../../scripts/synthetic-data.ts';
import { buildCollections } from '../../src/pipeline/build-collections.ts';
import { chartDataFrom } from '../../src/collections/read-collections.ts';
import { readDataTexts, toInputs } from '../fixtures/data-dir.ts';

const approx = (value: number, unit: Figure['unit'] = 'companies'): Figure => ({
  printed: `約${value}`,
  value,
  unit,
  approx: true,
  decimals: 0,
});
const exact = (value: number, unit: Figure['unit'] = 'cases', decimals = 0): Figure => ({
  printed: String(value),
  value,
  unit,
  approx: false,
  decimals,
});

describe('the rule of precision', () => {
  it('sumOf keeps the places of its inputs and is approximate when any input is', () => {
    const s = sumOf([approx(2140), approx(420), approx(930)]);
    expect(s.figure).toEqual({ printed: '', value: 3490, unit: 'companies', approx: true, decimals: 0 });
    // Each 約 count of tens is ±5.
    expect(s.range).toEqual({ lo: 3475, hi: 3505 });
    expect(sumOf([exact(19, 'universities'), exact(29, 'universities')]).figure.approx).toBe(false);
  });

  it('differenceOf works in the decimals printed: 100 − 13.3 − 69.0 = 17.7, within ±0.1', () => {
    const d = differenceOf(100, [exact(13.3, 'percent', 1), exact(69, 'percent', 1)]);
    expect(d.figure.value).toBe(17.7);
    expect(d.figure.decimals).toBe(1);
    expect(d.figure.approx).toBe(false);
    expect(d.range.lo).toBeCloseTo(17.6, 9);
    expect(d.range.hi).toBeCloseTo(17.8, 9);
  });

  it('a share whose range is wider than 0.1 point is shown to the whole percent, and as approximate when that range spans two', () => {
    // 32.3% to 32.7% cannot be told apart at 0.1 point: 32%, and 約 since the inputs are.
    expect(shareFigure(0.3247, { lo: 0.323, hi: 0.327 }, true).figure).toMatchObject({ value: 32, decimals: 0, approx: true });
    // 80.3% to 81.3% from figures printed without 約: still approximate, since it could be 80% or 81%.
    expect(shareFigure(0.8076, { lo: 0.8027, hi: 0.8126 }, false).figure).toMatchObject({ value: 81, decimals: 0, approx: true });
    // 19.1% to 19.4%: 19% either way, so not approximate.
    expect(shareFigure(0.1924, { lo: 0.1908, hi: 0.194 }, false).figure).toMatchObject({ value: 19, decimals: 0, approx: false });
  });

  it('a share of exact counts is shown to 0.1 point; one that would read 0% is shown as under 1%', () => {
    expect(shareFigure(58 / 173, { lo: 58 / 173, hi: 58 / 173 }, false).figure).toMatchObject({ value: 33.5, decimals: 1, approx: false });
    // 約５０社 of about 10,750: 0.41% to 0.52%, too wide for one decimal, below 1% throughout.
    const small = shareFigure(0.00465, { lo: 0.0041, hi: 0.0052 }, true).figure;
    expect([formatFigure(small, 'ja'), formatFigure(small, 'en')]).toEqual(['1%未満', 'under 1%']);
    // 約１００社: 0.46% to 1.4%, which reaches 1%: about 1%.
    expect(formatFigure(shareFigure(0.0093, { lo: 0.0046, hi: 0.014 }, true).figure, 'en')).toBe('about 1%');
  });

  it('a share narrow enough for 0.1 point that would read 0.0% is shown as under 0.1% (one project of thousands)', () => {
    // 約７７０社 of about 1,900,000: 0.0403% to 0.0407%, which is 0.0% at 0.1 point.
    const tiny = shareFigure(0.000405, { lo: 0.000403, hi: 0.000407 }, true).figure;
    expect([formatFigure(tiny, 'ja'), formatFigure(tiny, 'en')]).toEqual(['0.1%未満', 'under 0.1%']);
    // 0.06% to 0.16% rounds to 0.1% at its centre and reaches past it: about 0.1%, not under.
    expect(formatFigure(shareFigure(0.0011, { lo: 0.0006, hi: 0.0016 }, true).figure, 'en')).toBe('about 0.1%');
  });
});

describe('deriveCatalogue(data): the computed figures of the real data', () => {
  const data = chartFixture();
  const c = deriveCatalogue(data);

  it('declares every id once, and a missing id is an error that says where to declare it', () => {
    expect(new Set(c.all.map((d) => d.id)).size).toBe(c.all.length);
    expect(() => c.get('nowhere')).toThrow(/declare it in src\/derived\/catalogue\.ts/);
  });

  it('adds up a bureau’s projects: Kanto 約2,140 + 約420 + 約930 = 約3,490社; 83 + 2 + 7 = 92 university participations', () => {
    expect(formatFigure(c.get('bureau.kanto.companies').figure, 'ja')).toBe('約3,490社');
    expect(formatFigure(c.get('bureau.kanto.companies').figure, 'en')).toBe('about 3,490 companies');
    expect(c.get('bureau.kanto.universities').figure).toMatchObject({ value: 92, approx: false });
    expect(c.get('bureau.kanto.companies').inputs).toEqual([
      'cluster-projects.kanto-regional-revitalization.companies',
      'cluster-projects.kanto-bio-ventures.companies',
      'cluster-projects.kanto-it-ventures.companies',
    ]);
    expect(c.get('bureau.kanto.companies').pages).toEqual([2]);
  });

  it('adds up the 17 projects: 約10,750社 (page 2 prints 10,700) and 419 university participations (page 2 prints 約290 universities)', () => {
    expect(c.get('projects-companies-sum').figure).toMatchObject({ value: 10750, approx: true });
    expect(c.get('projects-universities-sum').figure).toMatchObject({ value: 419, approx: false });
  });

  it('gives a bureau’s share of the 17 projects’ companies to the whole percent: Kanto 3,490 / 10,750 = 32.5% → 約32%', () => {
    expect(c.get('bureau.kanto.companies-share').exact).toBeCloseTo((3490 / 10750) * 100, 9);
    expect(formatFigure(c.get('bureau.kanto.companies-share').figure, 'ja')).toBe('約32%');
    expect(formatFigure(c.get('top-bureau-companies-share').figure, 'en')).toBe('about 32%');
  });

  it('gives university participations a share of all participations, exact to 0.1 point: Kinki 56 + 30 + 15 = 101 of 419 = 24.1%', () => {
    expect(formatFigure(c.get('bureau.kinki.universities-share').figure, 'en')).toBe('24.1%');
    expect(c.get('bureau.kinki.universities-share').formula.en).toMatch(/not a share of the nationwide number/);
  });

  it('shares of one measure add up to 100% before rounding, and to no more than 100% plus half a step per bureau as shown', () => {
    for (const measure of ['companies', 'universities'] as const) {
      const shares = data.bureaus.map((b) => c.get(`bureau.${b.id}.${measure}-share`));
      expect(shares.reduce((s, d) => s + d.exact, 0)).toBeCloseTo(100, 9);
      const shown = shares.reduce((s, d) => s + d.figure.value, 0);
      const slack = shares.reduce((s, d) => s + 0.5 * 10 ** -d.figure.decimals, 0);
      expect(shown).toBeLessThanOrEqual(100 + slack);
    }
    const projectShares = data.projects.map((p) => c.get(`project.${p.id}.companies-share`).exact);
    expect(projectShares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
  });

  it('programme ratios: 58 / 173 = 33.5% exact; 約1,000 / 約6,500 = 約15%; 74.3億 / 92億 = 約81%', () => {
    expect(formatFigure(c.get('regional-resource-adoption-share').figure, 'en')).toBe('33.5%');
    expect(formatFigure(c.get('consortium-adoption-share').figure, 'en')).toBe('about 15%');
    expect(formatFigure(c.get('cocreation-rd-share').figure, 'ja')).toBe('約81%');
    expect(c.get('cocreation-rd-share').inputs).toEqual(['cocreation-budget.innovation-rd', 'cocreation-budget.programme']);
  });

  it('the rest of each firm-size band is 100% minus the two printed shares: 17.7, 15.2, 19.3, 23.5', () => {
    expect(['e21-50', 'e51-100', 'e101-300', 'e301'].map((b) => c.get(`collaboration-by-firm-size.${b}.rest`).figure.value)).toEqual([
      17.7, 15.2, 19.3, 23.5,
    ]);
  });

  it('ranks by the printed figures, equal figures sharing a rank', () => {
    expect(c.get('project.kanto-regional-revitalization.companies-rank').figure.value).toBe(1);
    // 約３９０社 twice (Hokuriku, Chugoku next-generation): both 12th, after the 11 larger ones: 2,140 1,330 1,130 930 880 710 430 430 420 420
    // 400.
    expect(c.get('project.hokuriku-monozukuri.companies-rank').figure.value).toBe(
      c.get('project.chugoku-next-generation.companies-rank').figure.value,
    );
    expect(c.get('project.hokuriku-monozukuri.companies-rank').figure.value).toBe(12);
  });

  it('follows the data: another project in Okinawa raises Okinawa’s sum and share, and every share still adds up to 100%', () => {
    const changed = chartFixture();
    const base = structuredClone(changed.projects[0]!);
    changed.projects.push({
      ...base,
      id: 'test-extra',
      bureau: 'okinawa',
      companies: { ...base.companies, value: 570 },
      universities: { ...base.universities, value: 4 },
    });
    const d = deriveCatalogue(changed);
    expect(d.get('bureau.okinawa.companies').figure.value).toBe(430 + 570);
    expect(d.get('bureau.okinawa.companies-share').exact).toBeCloseTo((1000 / 11320) * 100, 9);
    expect(changed.bureaus.reduce((s, b) => s + d.get(`bureau.${b.id}.companies-share`).exact, 0)).toBeCloseTo(100, 9);
  });

  it('catalogueOf(data) builds once per data object', () => {
    expect(catalogueOf(data)).toBe(catalogueOf(data));
  });

  it('notes say each formula once, skip plain counts, and keep the pages read', () => {
    const notes = computedNotes(
      [c.get('bureau.kanto.companies-share'), c.get('bureau.kinki.companies-share'), c.get('bureau.kanto.project-count')],
      'en',
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ pages: [2], ids: ['bureau.kanto.companies-share', 'bureau.kinki.companies-share'] });
  });
});

describe('the inputs of figures that read every project', () => {
  const c = deriveCatalogue(chartFixture());
  const ids = chartFixture().projects.map((p) => p.id);

  it('name every project with one key, which printedInputKeys expands to each project in order', () => {
    expect(c.get('project.hokkaido-cluster.companies-share').inputs).toEqual(['cluster-projects.*.companies']);
    expect(c.get('project.hokkaido-cluster.universities-rank').inputs).toEqual([everyProjectKey('universities')]);
    expect(c.get('bureau.kinki.universities-share').inputs).toEqual(['cluster-projects.*.universities']);
    const expanded = printedInputKeys(c.get('bureau.kinki.universities-share').inputs, ids);
    expect(expanded).toHaveLength(17);
    expect(expanded[0]).toBe('cluster-projects.hokkaido-cluster.universities');
    expect(expanded.at(-1)).toBe(`cluster-projects.${ids.at(-1)}.universities`);
  });

  it('printedInputKeys keeps a key that names one figure as it is', () => {
    expect(printedInputKeys(['cocreation-budget.programme', 'cluster-projects.tama.companies'], ids)).toEqual([
      'cocreation-budget.programme',
      'cluster-projects.tama.companies',
    ]);
  });

  it('keep the computed-figures table in proportion to the projects: at 100 times the data, 100 times the inputs, not 10,000', () => {
    const inputsAt = (factor: number) => {
      const data = chartDataFrom(
        buildCollections(toInputs(syntheticDataTexts(factor, readDataTexts())), { expectedProjects: 17 * factor }),
      );
      return derivedRows(deriveCatalogue(data)).reduce((n, row) => n + String(row.inputs).split(' ').length, 0);
    };
    const [one, hundred] = [inputsAt(1), inputsAt(100)];
    expect(hundred / one).toBeGreaterThan(50);
    expect(hundred / one).toBeLessThan(150);
  });
});
