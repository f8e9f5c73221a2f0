/**
 * ?theme=dark|light must look exactly like the site's own dark and light modes: the values
 * embed.css repeats for [data-theme] are those of global.css, and its forced-dark rules for the
 * map and the charts are those of the dark blocks of map-base.css, map.css and charts.css.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The formatter writes selectors with double quotes; the rules below are looked up with single ones.
const sheet = (path: string) => readFileSync(path, 'utf8').replaceAll('"', "'");
const globalCss = sheet('src/styles/global.css');
const chartsCss = sheet('src/styles/charts.css');
const embedCss = sheet('src/styles/embed.css');

/** The declarations of the first rule whose selector is exactly `selector`, after `from`. */
function declarations(css: string, selector: string, from = 0): Record<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|[}\\s])${escaped}\\s*\\{([^}]*)\\}`, 'm').exec(css.slice(from));
  if (!match) throw new Error(`no rule for ${selector}`);
  return Object.fromEntries(
    match[1]!
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const colon = d.indexOf(':');
        return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()];
      }),
  );
}

const darkMedia = (css: string) => {
  const at = css.indexOf('@media (prefers-color-scheme: dark)');
  if (at < 0) throw new Error('no dark media block');
  return at;
};
const customProperties = (d: Record<string, string>) =>
  Object.fromEntries(Object.entries(d).filter(([k]) => k.startsWith('--') && k !== '--measure'));

/** A rule as written: its selector list (one space after each comma) and its declarations. */
interface Rule {
  selector: string;
  body: Record<string, string>;
}
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
const parseBody = (body: string): Record<string, string> =>
  Object.fromEntries(
    body
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
  );
const rulesIn = (css: string): Rule[] =>
  [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
    selector: m[1]!
      .split(',')
      .map((s) => s.trim())
      .join(', '),
    body: parseBody(m[2]!),
  }));

/** The rules of a sheet's dark block for the map or the charts. */
function darkRules(css: string): Rule[] {
  const at = css.indexOf('@media (prefers-color-scheme: dark) {\n  :root:not(');
  if (at < 0) throw new Error('no dark block for the map or the charts');
  const open = css.indexOf('{', at);
  let depth = 0;
  let end = open;
  for (; end < css.length; end++) {
    if (css[end] === '{') depth++;
    else if (css[end] === '}' && --depth === 0) break;
  }
  return rulesIn(withoutComments(css.slice(open + 1, end)));
}

/** embed.css's forced-dark rules for the map and the charts, in order. */
const embedRules = (css: string): Rule[] => rulesIn(withoutComments(css)).filter((r) => r.selector.startsWith(":root[data-theme='dark'] "));

describe('embed themes', () => {
  it('data-theme=dark sets the colours of the site’s dark mode', () => {
    const site = declarations(globalCss, ':root', darkMedia(globalCss));
    const embed = declarations(embedCss, ":root[data-theme='dark']");
    expect(Object.keys(customProperties(site)).length).toBeGreaterThan(5);
    expect(customProperties(embed)).toEqual(customProperties(site));
    expect(embed['color-scheme']).toBe('dark');
  });

  it('data-theme=light sets the colours of the site’s light mode, even in a dark browser', () => {
    const site = declarations(globalCss, ':root');
    const embed = declarations(embedCss, ":root[data-theme='light']", darkMedia(embedCss));
    expect(Object.keys(customProperties(site)).length).toBeGreaterThan(5);
    expect(customProperties(embed)).toEqual(customProperties(site));
  });

  it('the map and the charts are drawn for the dark page in a forced dark theme, rule for rule as in the site’s dark mode', () => {
    const site = [sheet('src/styles/map-base.css'), sheet('src/styles/map.css'), chartsCss].flatMap((css) => darkRules(css));
    // Every dark rule of the site applies to pages not forced light, so a forced light theme needs none undone.
    expect(site.length).toBeGreaterThan(10);
    for (const rule of site) expect(rule.selector).toMatch(/^:root:not\(\[data-theme='light'\]\) /);
    const forced = site.map((rule) => ({
      selector: rule.selector.replaceAll(":root:not([data-theme='light'])", ":root[data-theme='dark']"),
      body: rule.body,
    }));
    expect(embedRules(embedCss)).toEqual(forced);
  });
});
