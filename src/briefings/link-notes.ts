/**
 * A printed briefing cannot be clicked, and a relative path ("/en/briefings/…") means nothing on
 * paper. Each link of the prose gets a letter; the printed page marks the link with it and lists
 * the full addresses at its end, as a policy note does. (On screen the links work and the list is
 * not shown.) Letters, not numbers, so they are never taken for the source notes.
 */
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** A link's words: its text, inline code and bound figures, without markup. */
function wordsOf(link: Link): string {
  let words = '';
  visit(link, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') words += node.value;
  });
  return words;
}

export interface LinkNote {
  /** a, b, … z, aa, ab, … */
  letter: string;
  /** The link's words, as in the prose (its first use). */
  text: string;
  /** The full address: the site's absolute URL for a site path, else the link as written. */
  address: string;
}

/** 0 → a, 25 → z, 26 → aa. */
export function noteLetter(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : noteLetter(Math.floor(index / 26) - 1) + letter;
}

/** Letters the tree's links (site paths and web addresses; same-page anchors are left alone) and returns the list. */
export function collectLinkNotes(tree: Root, toAbsolute: (sitePath: string) => string): LinkNote[] {
  const notes: LinkNote[] = [];
  visit(tree, 'link', (link) => {
    const site = link.url.startsWith('/') && !link.url.startsWith('//');
    if (!site && !/^https?:\/\//.test(link.url)) return;
    const address = site ? toAbsolute(link.url) : link.url;
    let note = notes.find((n) => n.address === address);
    if (!note) notes.push((note = { letter: noteLetter(notes.length), text: wordsOf(link), address }));
    link.data = { ...link.data, hProperties: { ...link.data?.hProperties, dataLinkNote: note.letter } };
  });
  return notes;
}
