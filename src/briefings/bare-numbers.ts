/**
 * Finds numbers typed into briefing prose instead of bound to the data. Allowed, by rule:
 * dates (平成19年度, 2007, FY2008), page references (4ページ, page 4), bracketed ordinals ((1), ①)
 * licence names (CC BY 4.0) and anything inside quoted titles (「…」, “…”), which are names, not figures.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const ALLOWED = [
  /「[^」]*」/gu,
  /“[^”]*”/gu,
  /(平成|昭和|令和)[0-9０-９元]+年(度)?([0-9０-９]+月)?([0-9０-９]+日)?/gu,
  /[0-9０-９]+年度/gu,
  /\bFY\s?\d{4}\b/gu,
  /\b(19|20)\d{2}\b(年)?/gu,
  /[0-9０-９]+ページ/gu,
  /\bpages? \d+(\s*(–|-|and|,)\s*\d+)*/gu,
  /[(（][0-9０-９][)）]/gu,
  /第[0-9０-９]+[回期]/gu,
  // Licence names are names (CC BY 4.0).
  /\bCC BY(?:-[A-Z]{2})* \d\.\d\b/gu,
];

export interface BareNumber {
  text: string;
  line: number;
  column: number;
}

/** The bare numbers in one piece of text, with their offsets. */
export function bareNumbersInText(value: string): { text: string; index: number }[] {
  let text = value;
  for (const rule of ALLOWED) text = text.replace(rule, (m) => ' '.repeat(m.length));
  return [...text.matchAll(/[0-9０-９][0-9０-９,，.．]*/gu)].map((m) => ({ text: m[0], index: m.index }));
}

export function findBareNumbers(tree: Root): BareNumber[] {
  const found: BareNumber[] = [];
  visit(tree, 'text', (node, _index, parent) => {
    // Directive labels are keys (:fig[consortium-results.proposals]), not prose; an outside fact's words are prose.
    if (
      parent &&
      ((parent.type === 'textDirective' && (parent as { name?: string }).name !== 'outside') || parent.type === 'leafDirective')
    )
      return;
    for (const match of bareNumbersInText(node.value)) {
      const before = node.value.slice(0, match.index);
      const lines = before.split('\n');
      const start = node.position?.start ?? { line: 1, column: 1 };
      found.push({
        text: match.text,
        line: start.line + lines.length - 1,
        column: lines.length === 1 ? start.column + [...before].length : [...lines.at(-1)!].length + 1,
      });
    }
  });
  return found;
}
