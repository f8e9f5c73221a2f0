/**
 * The HTML a host page pastes to show one of our figures: a full-width iframe with a fixed
 * height that works alone, and the loader script that then fits the height to the content; or,
 * for hosts that allow no iframes or scripts, a static picture (the figure's PNG) linked to its
 * page, with its text alternative and the credit.
 * Pure and free of Node APIs, so a browser script may build a snippet too.
 */
import { escapeXml } from '../core/xml.ts';

export interface SnippetParts {
  /** Absolute address of the embed page. */
  src: string;
  /** The iframe's accessible name: the figure's title. */
  title: string;
  /** Height in CSS pixels used until (or unless) the loader resizes the frame. */
  height: number;
  /** Absolute address of the loader script. */
  loader: string;
}

export function embedSnippet({ src, title, height, loader }: SnippetParts): string {
  const h = Math.max(1, Math.round(height));
  // The snippet lives on the host's page, not ours: an inline style is the host's business and
  // the surest way to drop the border; width/height attributes keep it sized where CSS is stripped.
  const iframe =
    // allow=clipboard-write: the share panel inside the embed may copy its embed code and link.
    `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${h}" loading="lazy" allow="clipboard-write"` +
    ` style="display:block;width:100%;height:${h}px;border:0"></iframe>`;
  return `${iframe}\n<script async src="${escapeXml(loader)}"></script>`;
}

export interface ImageSnippetParts {
  /** Absolute address of the figure's PNG. */
  image: string;
  /** The picture's text alternative: the figure's description. */
  alt: string;
  /** Absolute address of the figure's page, which the picture links to. */
  page: string;
  /** The credit line under the picture (source, pages, licence). */
  credit: string;
}

/** A static picture: the PNG (title and source drawn in) linked to the figure's page, and the credit as its caption. */
export function imageSnippet({ image, alt, page, credit }: ImageSnippetParts): string {
  return (
    `<figure style="margin:0">\n` +
    `<a href="${escapeXml(page)}"><img src="${escapeXml(image)}" alt="${escapeXml(alt)}" loading="lazy" style="display:block;max-width:100%;height:auto"></a>\n` +
    `<figcaption>${escapeXml(credit)} <a href="${escapeXml(page)}">${escapeXml(page)}</a></figcaption>\n` +
    `</figure>`
  );
}
