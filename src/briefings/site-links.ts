/**
 * Prose links to other pages by site path (`/ja/cases/…`); when the site is built for a sub-path
 * they need its prefix. (The about pages, which Astro's own Markdown renders, link relatively.)
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export function prefixSiteLinks(tree: Root, toSitePath: (path: string) => string): void {
  visit(tree, 'link', (link) => {
    if (link.url.startsWith('/') && !link.url.startsWith('//')) link.url = toSitePath(link.url);
  });
}
