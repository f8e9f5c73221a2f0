/**
 * The site's one escaper, and XML written by hand: the SVG downloads, the sitemap, the feeds and
 * the embed code. Every text and attribute is escaped, so what leaves the site is well-formed
 * whatever its words contain (&, <, quotes). Pure, so a browser script may use it too.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value (either quote) for XML or HTML. */
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);

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
    .map(([name, value]) => ` ${name}="${escapeXml(typeof value === 'number' ? num(value) : value)}"`)
    .join('');
}

/** `<name a="…">children</name>`, or `<name a="…"/>` without children. Children are XML already. */
export function element(name: string, attributes: Attributes = {}, children: string | string[] = ''): string {
  const inner = Array.isArray(children) ? children.join('') : children;
  return inner === '' ? `<${name}${attributeText(attributes)}/>` : `<${name}${attributeText(attributes)}>${inner}</${name}>`;
}

/** An element holding only text. */
export const textElement = (name: string, attributes: Attributes, text: string): string => element(name, attributes, escapeXml(text));

/** An XML response, UTF-8. */
export const xmlResponse = (body: string, type = 'application/xml'): Response =>
  new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
