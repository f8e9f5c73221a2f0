/**
 * Pagefind's excerpts are HTML: the page text with entities encoded and each match wrapped in
 * <mark>. Rather than trusting that string as markup, it is split into plain text and marked text,
 * which the page inserts as text nodes: whatever the indexed page contained, nothing but <mark>
 * can become an element.
 */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** `&lt;b&gt; &amp; &#39;` → `<b> & '`; an entity it does not know is left as written. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/**
 * The excerpt as runs of text, `mark` for the runs Pagefind highlighted. Spaces at the edges of a
 * highlighted run (Pagefind marks a word with the space after it) are left unhighlighted.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (text !== '') parts.push({ text, mark });
  };
  let mark = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>' || tag === '</mark>') mark = tag === '<mark>';
    else if (!mark) push(decodeEntities(piece), false);
    else {
      const [, before = '', word = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(decodeEntities(piece)) ?? [];
      push(before, false);
      push(word, true);
      push(after, false);
    }
  }
  return parts;
}
