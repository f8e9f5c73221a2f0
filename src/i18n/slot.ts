/**
 * Where a template's argument goes, so a page can put an element there (a link, a highlight, a †)
 * between the template's own words: `around(ui.sourceHowTo(SLOT))` → [words before, words after].
 */
export const SLOT = '\u0000';

export function around(text: string): [string, string] {
  const parts = text.split(SLOT);
  if (parts.length !== 2) throw new Error(`expected the template to take the slot once: ${JSON.stringify(text)}`);
  return [parts[0]!, parts[1]!];
}

/** The same for a template that takes the slot twice: [words before, between, after]. */
export function aroundTwice(text: string): [string, string, string] {
  const parts = text.split(SLOT);
  if (parts.length !== 3) throw new Error(`expected the template to take the slot twice: ${JSON.stringify(text)}`);
  return [parts[0]!, parts[1]!, parts[2]!];
}
