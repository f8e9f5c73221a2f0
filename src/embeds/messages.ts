/**
 * The messages between an embed page (inside the iframe) and the loader (on the host page),
 * and the loader's decision on each, pure so that tests can drive it with plain objects.
 */

/** Embed → host: "my document is this tall". */
export const RESIZE = 'cluster-atlas:resize';
/** Host → embed: "tell me your height" (the loader may start after the embed first reported). */
export const REQUEST_SIZE = 'cluster-atlas:request-size';

export interface ResizeMessage {
  type: typeof RESIZE;
  /** The figure id, for hosts that listen themselves. */
  id: string;
  /** The embedded document's height in CSS pixels. */
  height: number;
}

/**
 * The tallest an embed may ask its iframe to be, in CSS pixels: far above any figure (the map
 * embed is under a thousand), low enough that a page framed by mistake, or a message from a
 * compromised frame, cannot stretch the host's article without bound. Taller is ignored.
 */
export const MAX_HEIGHT = 20_000;

export const resizeMessage = (id: string, height: number): ResizeMessage => ({ type: RESIZE, id, height });

/** A message from another window is untrusted input: check every field. */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, id, height } = data as Record<string, unknown>;
  return (
    type === RESIZE && typeof id === 'string' && typeof height === 'number' && Number.isFinite(height) && height > 0 && height <= MAX_HEIGHT
  );
}

export const isSizeRequest = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as Record<string, unknown>).type === REQUEST_SIZE;

/** What the loader needs of an iframe (an HTMLIFrameElement, or a stand-in in tests). */
export interface FrameLike {
  /** The resolved address (HTMLIFrameElement.src is absolute). */
  src: string;
  contentWindow: unknown;
}

/** What the loader needs of a MessageEvent. */
export interface MessageLike {
  origin: string;
  source: unknown;
  data: unknown;
}

export function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * The iframe a message resizes, and to what height, or undefined to ignore it. Only a message
 * from the site's own origin counts, and only for the iframe that sent it (its window is the
 * message's source) and whose address is on that origin: another frame on the host page cannot
 * resize ours, nor ours another's.
 */
export function frameToResize<F extends FrameLike>(
  event: MessageLike,
  frames: Iterable<F>,
  siteOrigin: string,
): { frame: F; height: number } | undefined {
  if (event.origin !== siteOrigin || event.source == null || !isResizeMessage(event.data)) return undefined;
  for (const frame of frames) {
    if (frame.contentWindow === event.source && originOf(frame.src) === siteOrigin) return { frame, height: Math.ceil(event.data.height) };
  }
  return undefined;
}

/** The site's frames on a host page: those whose address is on the site's origin. */
export function siteFrames<F extends FrameLike>(frames: Iterable<F>, siteOrigin: string): F[] {
  return [...frames].filter((frame) => originOf(frame.src) === siteOrigin);
}
