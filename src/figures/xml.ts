/**
 * Writing SVG as XML by hand, for files that leave the site: every text and attribute escaped,
 * so a downloaded figure is well-formed whatever its words contain (&, <, quotes).
 */

export const escapeText = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export const escapeAttribute = (text: string): string => escapeText(text).replaceAll('"', '&quot;');

export type Attributes = Record<string, string | number | undefined>;

/** A number for an attribute: at most two decimals, no `-0`, no trailing zeros. */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number for an SVG attribute: ${value}`);
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

function attributeText(attributes: Attributes): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(typeof value === 'number' ? num(value) : value)}"`)
    .join('');
}

/** `<name a="…">children</name>`, or `<name a="…"/>` without children. Children are XML already. */
export function element(name: string, attributes: Attributes = {}, children: string | string[] = ''): string {
  const inner = Array.isArray(children) ? children.join('') : children;
  return inner === '' ? `<${name}${attributeText(attributes)}/>` : `<${name}${attributeText(attributes)}>${inner}</${name}>`;
}

/** An element holding only text. */
export const textElement = (name: string, attributes: Attributes, text: string): string => element(name, attributes, escapeText(text));
