/**
 * The number audit: every number in the text of a built page must be a figure the source prints
 * or one the site declares it computes (src/derived/catalogue.ts), written the way that page's
 * language writes it. What keeps a hand-typed or stale number off the site for good.
 *
 * Not figures, by rule, and so not audited: dates (平成19年10月, 2007, FY2008, 25 October 2007),
 * page references (page 4, 4ページ), ordinals (第２回, (1), ①, a note's number), the 100% of a
 * whole, addresses, and elements the markup marks `data-not-figures` with one of NOT_FIGURES'
 * reasons: code to copy (embed snippets), the formats of the downloads (row counts, columns such
 * as 0–100 for percent), scales (chart axes, the map's size key) and keys (the map's project numbers).
 * On the source's own pages, the slide's text (`[data-source-page]`) is the source itself, and its
 * translation may write a number in any reading of the slide's Japanese (萬, 億, era years), the
 * rule the build checks row by row (src/pipeline/source-translation.ts): there the numbers are
 * checked against the slide's own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { englishNumbers, japaneseNumbers } from '../../src/pipeline/source-translation.ts';
import { catalogueOf } from '../../src/derived/catalogue.ts';
import type { Lang } from '../../src/core/locales.ts';
import { formatFigure, formatPeriod, formatValue } from '../../src/i18n/figure-format.ts';
import type { Figure, Period } from '../../src/schemas/figure.ts';
import { contentData, figureInputs } from '../unit/figure-inputs.ts';

/** Why a piece of markup holds numbers that are not figures; the only reasons accepted. */
export const NOT_FIGURES = ['code', 'format', 'scale', 'key'] as const;

const DIGIT = '[0-9０-９]';
/** A number as a page writes it: 2,140 / 13.3 / １０，７００. */
const NUMBER = new RegExp(`${DIGIT}+(?:[,，]${DIGIT}{3})*(?:[.．]${DIGIT}+)?`, 'gu');

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Numbers that are not figures, by rule: masked before the numbers are read. */
const NOT_A_FIGURE: RegExp[] = [
  // Dates: era and Gregorian years, fiscal years, months and days, ISO dates.
  new RegExp(
    `(?:平成|昭和|令和|H)${DIGIT}+(?:[～~\\-–]${DIGIT}+)?(?:年度?)?(?:${DIGIT}+月)?(?:${DIGIT}+日)?(?:[～~\\-–](?:平成|H)?${DIGIT}+年度?)?`,
    'gu',
  ),
  new RegExp(`${DIGIT}+年度?(?:${DIGIT}+月)?(?:${DIGIT}+日)?`, 'gu'),
  new RegExp(`${DIGIT}+月(?:${DIGIT}+日)?`, 'gu'),
  /\b\d{4}-\d{2}-\d{2}\b/gu,
  /\bFY\s?\d{4}\b/gu,
  new RegExp(`\\b\\d{1,2} (?:${MONTHS}) \\d{4}\\b`, 'gu'),
  /\b(?:19|20)\d{2}\b/gu,
  // Page references.
  new RegExp(`${DIGIT}+(?:[・,、]${DIGIT}+)*ページ`, 'gu'),
  /\b[Pp]ages? \d+(?:\s*(?:–|-|,|and)\s*\d+)*/gu,
  /\bp\. ?\d+/gu,
  // Ordinals: 第２回, (1), １), ①, 1st.
  new RegExp(`第${DIGIT}+[回期号位]`, 'gu'),
  new RegExp(`[(（]${DIGIT}[)）]`, 'gu'),
  new RegExp(`(?<![0-9０-９.,])${DIGIT}[)）]`, 'gu'),
  /\b\d+(?:st|nd|rd|th)\b/gu,
  // The whole of a share (100% stacked bars, 100% minus both printed shares).
  /\b100\s?[%％]/gu,
  // Addresses (a citation's URL, a local server's port).
  /\bhttps?:\/\/\S+/gu,
  // Names with digits: licences and standards.
  /\bCC BY(?:-[A-Z]{2})* \d\.\d\b/gu,
  /\bUTF-8\b/gu,
  /\bWCAG \d\.\d\b/gu,
];

export interface Finding {
  number: string;
  context: string;
}

/** The numbers a page may show: every printed and computed figure, as that language writes it. */
export function allowedNumbers(lang: Lang): Set<string> {
  const inputs = figureInputs();
  const texts: string[] = [];
  const figure = (f: Figure | null | undefined) => {
    if (!f) return;
    texts.push(formatFigure(f, lang), formatValue(f, lang), f.printed);
  };
  for (const p of contentData('cluster-projects')) [p.companies, p.universities].forEach(figure);
  for (const id of [
    'phase1-outcomes',
    'consortium-results',
    'regional-resource-program',
    'cocreation-budget',
    'collaboration-by-firm-size',
    'innovation-source',
  ]) {
    for (const row of contentData(id)) {
      figure(row.figure);
      if (row.period) texts.push(formatPeriod(row.period as Period, lang), row.period.printed);
      if (row.employees)
        texts.push(
          row.employees.printed,
          String(row.employees.min),
          ...(row.employees.max === undefined ? [] : [String(row.employees.max)]),
        );
    }
  }
  for (const d of catalogueOf(inputs.chartData).all) texts.push(formatFigure(d.figure, lang), formatValue(d.figure, lang));
  return new Set(texts.flatMap((text) => [...toHalfWidth(text).matchAll(NUMBER)].map((m) => m[0])));
}

/** The values the slide's text gives, in every reading of its Japanese (source pages only). */
function slideValues(page: number): Set<number> {
  const pages = JSON.parse(readFileSync(join(import.meta.dirname, '../../content/data/source-pages.json'), 'utf8')) as {
    page: number;
    blocks: { text: string }[];
  }[];
  const found = pages.find((p) => p.page === page);
  if (!found) throw new Error(`no source page ${page}`);
  return japaneseNumbers(found.blocks.map((b) => b.text).join('\n'));
}

/** The page's words: text nodes and the words of attributes a reader meets (alt, title, aria-label). */
function pageTexts(html: string): string[] {
  const { document } = parseHTML(html);
  // Each text node apart: the slide's blocks are separate paragraphs, and their numbers must not run together.
  const slides = [...document.querySelectorAll('[data-source-page]')].flatMap((el) => {
    const page = Number(el.getAttribute('data-source-page'));
    const texts: { page: number; text: string }[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === 3) texts.push({ page, text: node.textContent ?? '' });
      node.childNodes.forEach(walk);
    };
    walk(el);
    return texts;
  });
  for (const el of document.querySelectorAll('[data-source-page]')) el.remove();
  slideTexts.set(html, slides);
  for (const el of document.querySelectorAll('script, style, template, sup.source-ref, [data-not-figures]')) {
    const reason = el.getAttribute('data-not-figures');
    if (reason !== null && !(NOT_FIGURES as readonly string[]).includes(reason))
      throw new Error(`data-not-figures="${reason}": not one of ${NOT_FIGURES.join(', ')}`);
    el.remove();
  }
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) texts.push(node.textContent ?? '');
    if (node.nodeType === 1) {
      const el = node as Element;
      for (const name of ['alt', 'title', 'aria-label']) {
        const value = el.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    node.childNodes.forEach(walk);
  };
  walk(document.documentElement);
  return texts;
}

const toHalfWidth = (s: string) =>
  s
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/，/g, ',')
    .replace(/．/g, '.');

const slideTexts = new Map<string, { page: number; text: string }[]>();

/** Numbers of a page that are neither printed nor declared computed figures, with the words around them. */
export function auditPage(html: string, allowed: Set<string>): Finding[] {
  const findings: Finding[] = [];
  const texts = pageTexts(html);
  for (const slide of slideTexts.get(html) ?? []) {
    const values = slideValues(slide.page);
    for (const n of englishNumbers(slide.text)) {
      if (n.values.some((v) => values.has(v))) continue;
      findings.push({ number: n.text, context: `source page ${slide.page}: ${n.text}` });
    }
  }
  slideTexts.delete(html);
  for (const raw of texts) {
    const text = toHalfWidth(raw);
    let masked = text;
    for (const rule of NOT_A_FIGURE) masked = masked.replace(rule, (m) => ' '.repeat(m.length));
    for (const m of masked.matchAll(NUMBER)) {
      if (allowed.has(m[0])) continue;
      findings.push({
        number: m[0],
        context: text
          .slice(Math.max(0, m.index - 40), m.index + m[0].length + 40)
          .replace(/\s+/g, ' ')
          .trim(),
      });
    }
  }
  return findings;
}
