// Makes what a reader copies point at the address the page is served from. The build writes
// absolute addresses with SITE_URL (http://localhost:4321/ when unset), so a site served from
// elsewhere (a preview, a mirror, a build without SITE_URL) would hand out embed codes, links and
// citations to an address that shows nothing. On import this rewrites every element marked
// `data-site-absolute`: its text, the value of a field, the href of a link (also the
// percent-encoded address inside a share link's query), from the built site address (the
// element's `data-site-url`, else this build's SITE_URL and base path) to this page's origin
// and the same base path. Without JavaScript, or on a file: or opaque origin, the SITE_URL
// addresses stay.
//
// Use: mark the element (`<p data-site-absolute>…`) and import this module once on the page:
//   <script>import '../../share/client/page-origin.ts';</script>
// Content added later can be rewritten with `applyPageOrigin(element)`.
import { absoluteUrl } from '../../core/urls.ts';

/** The attribute that marks an element whose addresses follow the page's origin. */
export const SITE_ABSOLUTE_ATTR = 'data-site-absolute';

/**
 * The site's address as this page is served: its origin and the base path of `builtSite`
 * (`https://example.org/atlas/` served at http://127.0.0.1:8080 → http://127.0.0.1:8080/atlas/);
 * undefined where there is no usable origin (file:, about:, sandboxed 'null').
 */
export function servedSite(builtSite: string, pageOrigin: string): string | undefined {
  if (!/^https?:\/\//.test(pageOrigin)) return undefined;
  return pageOrigin + new URL(builtSite).pathname;
}

/** `text` with `from` replaced by `to`, as written and percent-encoded (inside a query). */
export function rewriteSite(text: string, from: string, to: string): string {
  if (from === to) return text;
  return text.split(from).join(to).split(encodeURIComponent(from)).join(encodeURIComponent(to));
}

/** Rewrites one marked element and what it contains. */
export function applyPageOrigin(el: Element, pageOrigin = location.origin): void {
  const from = (el as HTMLElement).dataset?.siteUrl || absoluteUrl('/');
  const to = servedSite(from, pageOrigin);
  if (!to || to === from) return;
  const fix = (s: string) => rewriteSite(s, from, to);
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    el.defaultValue = fix(el.defaultValue);
    el.value = fix(el.value);
  } else {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue ?? '';
      const fixed = fix(value);
      if (fixed !== value) node.nodeValue = fixed;
    }
  }
  for (const a of [el, ...el.querySelectorAll('a[href]')]) {
    const href = a.getAttribute('href');
    if (href) a.setAttribute('href', fix(href));
  }
  for (const name of ['data-page-url', 'data-site-base']) {
    const value = el.getAttribute(name);
    if (value) el.setAttribute(name, fix(value));
  }
  el.setAttribute('data-site-url', to);
}

/** A text written with the built site's addresses (`builtSite`, default this build's), re-aimed at this page's origin. */
export function toPageOrigin(text: string, builtSite = absoluteUrl('/'), pageOrigin = location.origin): string {
  const to = servedSite(builtSite, pageOrigin);
  return to ? rewriteSite(text, builtSite, to) : text;
}

/** Rewrites every marked element under `root`. */
export function applyPageOrigins(root: ParentNode = document): void {
  for (const el of root.querySelectorAll(`[${SITE_ABSOLUTE_ATTR}]`)) applyPageOrigin(el);
}

// On import, in a browser (a unit test imports the pure parts under Node).
if (typeof document !== 'undefined') applyPageOrigins();
