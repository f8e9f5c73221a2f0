/**
 * /embed.js: included by host pages next to our iframes, it sets each iframe's height to its
 * content's, as the embed page reports it (see messages.ts and client/resize.ts). Bundled and
 * minified by src/pages/embed.js.ts; kept tiny (under two kilobytes gzipped) and dependency-free.
 */
import { REQUEST_SIZE, frameToResize, siteFrames } from './messages.ts';

/** The origin the loader was built for, used when the script cannot tell where it came from. */
declare const BUILT_SITE_ORIGIN: string;

/** Shared by every copy of the loader on a page, whichever bundle it is: the origins served. */
const REGISTRY = Symbol.for('cluster-atlas.embed-loader');

function start(): void {
  // Trust the origin the script was served from: a staging build embeds staging pages.
  const script = document.currentScript;
  const origin = (script instanceof HTMLScriptElement && script.src ? new URL(script.src).origin : undefined) ?? BUILT_SITE_ORIGIN;
  const host = window as unknown as Record<symbol, Set<string> | undefined>;
  const served = (host[REGISTRY] ??= new Set<string>());
  if (served.has(origin)) return; // included twice: the first copy does the work
  served.add(origin);

  const frames = () => document.getElementsByTagName('iframe');
  addEventListener('message', (event) => {
    const found = frameToResize(event, frames(), origin);
    if (!found) return;
    const height = `${found.height}px`;
    if (found.frame.style.height === height) return;
    found.frame.style.height = height;
    found.frame.height = String(found.height);
  });
  // Frames that loaded before this script ran have reported to nobody: ask them again.
  for (const frame of siteFrames(frames(), origin)) frame.contentWindow?.postMessage({ type: REQUEST_SIZE }, origin);
}

start();
