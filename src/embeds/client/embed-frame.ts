/**
 * Runs inside every embed page: applies the theme the host asked for and, when framed, keeps
 * reporting the page's height to the host (the loader there resizes the iframe). Without
 * JavaScript the page follows the reader's colour scheme and the iframe keeps its fixed height.
 */
import { isSizeRequest, resizeMessage } from '../messages.ts';
import { forcedTheme } from '../theme.ts';

const root = document.documentElement;
const theme = forcedTheme(location.search);
if (theme) root.dataset.theme = theme;

// A link to a note folded away in a <details> (the † of a computed figure on the compact map)
// opens it, in browsers that do not open it on the fragment themselves.
addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
  const folded = link && document.getElementById(decodeURIComponent(link.hash.slice(1)))?.closest('details');
  if (folded) folded.open = true;
});

const id = root.dataset.embed ?? '';
if (window.parent !== window) {
  let reported = 0;
  const report = (force = false) => {
    // The root's own box, not scrollHeight: scrollHeight never drops below the frame's
    // height, so a frame taller than its content could never shrink.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === reported && !force) return;
    reported = height;
    // Only a height is sent, nothing private: any host may read it.
    window.parent.postMessage(resizeMessage(id, height), '*');
  };
  new ResizeObserver(() => report()).observe(root);
  addEventListener('load', () => report());
  addEventListener('message', (event) => {
    if (event.source === window.parent && isSizeRequest(event.data)) report(true);
  });
  report();
}
