/**
 * ?theme=dark|light must look exactly like the site's own dark and light modes: the values
 * embed.css repeats for [data-theme] are those of global.css and charts.css.
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

  it('charts and the map keep their light card in a forced dark theme, as in the site’s dark mode', () => {
    expect(declarations(embedCss, ":root[data-theme='dark'] .chart-svg")).toEqual(
      declarations(chartsCss, '.chart-svg', darkMedia(chartsCss)),
    );
    expect(declarations(embedCss, ":root[data-theme='dark'] svg.map")).toEqual(declarations(globalCss, 'svg.map', darkMedia(globalCss)));
  });
});
