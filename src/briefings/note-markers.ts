/**
 * Where a note's marker goes: at the end of the sentence that states the figure, not on the
 * figure. A marker on the figure hangs on dates and numbers ("2001–2005¹", "FY2008²") and reads
 * as part of them. The renderer leaves a placeholder after each figure; this moves the
 * placeholders of a sentence to its end, after its full stop (". " in English, "。" in Japanese,
 * where a marker before the 。 would follow a figure such as 31.5% and read as part of it), and
 * joins them into one superscript. A sentence without end punctuation (a list item, a heading) takes its markers at
 * the end of its block. Links are never entered, so a marker never lands inside one.
 */
import type { Html, Parent, Root, RootContent, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { Lang } from '../core/locales.ts';

interface MarkerData {
  noteRefs: number[];
}

/** The placeholder the renderer puts after a figure with note `n`. */
export const noteMarker = (n: number): Html => ({ type: 'html', value: '', data: { noteRefs: [n] } as Html['data'] });

const refsOf = (node: RootContent): number[] | undefined =>
  node.type === 'html' ? (node.data as MarkerData | undefined)?.noteRefs : undefined;

/** Abbreviations whose full stop ends no sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|cf|etc|pp?|vs|no|nos)$/i;

/**
 * The offset in `text` where a sentence ends and its markers go, or -1. English: after the
 * full stop (or ? ! and any closing quotes or brackets) followed by a space or the end of the
 * text; Japanese: after 。？！ and any closing bracket.
 */
export function sentenceEnd(text: string, lang: Lang): number {
  if (lang === 'ja') {
    const match = /[。？！][」』）]*/u.exec(text);
    return match ? match.index + match[0].length : -1;
  }
  for (const match of text.matchAll(/[.?!][”’"')\]]*(?=\s|$)/gu)) {
    if (match[0].startsWith('.') && ABBREVIATION.test(text.slice(0, match.index))) continue;
    return match.index + match[0].length;
  }
  return -1;
}

type Render = (refs: number[]) => string;

/**
 * A sentence's markers. In Japanese a line may break between any two characters, so a word
 * joiner (U+2060) keeps the marker on the line of the 。 it follows.
 */
const group = (refs: number[], render: Render, lang: Lang): Html => ({
  type: 'html',
  value: (lang === 'ja' ? '\u2060' : '') + render([...new Set(refs)].sort((a, b) => a - b)),
});

/** Moves the markers in `children`, carrying `pending` in; returns the markers still waiting for a sentence's end. */
function settle(children: RootContent[], pending: number[], lang: Lang, render: Render): number[] {
  let waiting = pending;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const refs = refsOf(child);
    if (refs) {
      waiting = [...waiting, ...refs];
      children.splice(i, 1);
      i--;
    } else if (child.type === 'text' && waiting.length && !(child.data as { boundFigure?: boolean } | undefined)?.boundFigure) {
      const at = sentenceEnd(child.value, lang);
      if (at < 0) continue;
      const parts: RootContent[] = [
        ...(at > 0 ? [{ type: 'text', value: child.value.slice(0, at) } as Text] : []),
        group(waiting, render, lang),
        ...(at < child.value.length ? [{ type: 'text', value: child.value.slice(at) } as Text] : []),
      ];
      children.splice(i, 1, ...parts);
      waiting = [];
      // The rest of the text holds no marker: go on after the superscript.
      i += at > 0 ? 1 : 0;
    } else if (child.type === 'link' || child.type === 'linkReference') {
      // A marker inside a link's text waits outside it.
      waiting = [...waiting, ...settle(child.children as RootContent[], [], lang, render)];
    } else if ('children' in child) {
      waiting = settle(child.children as RootContent[], waiting, lang, render);
    }
  }
  return waiting;
}

/** Places every note marker of the tree; `render` writes a sentence's markers (ascending, each once). */
export function placeNoteMarkers(tree: Root, lang: Lang, render: Render): void {
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined;
    const parent = node as Parent;
    const left = settle(parent.children as RootContent[], [], lang, render);
    if (left.length) parent.children.push(group(left, render, lang) as never);
    return SKIP;
  });
}
