/** The embed's colour theme, chosen by the host with `?theme=dark|light|auto` (default auto). */
export const FORCED_THEMES = ['light', 'dark'] as const;
export type ForcedTheme = (typeof FORCED_THEMES)[number];

/** The theme a query string forces, or undefined for auto (follow prefers-color-scheme). */
export function forcedTheme(search: string): ForcedTheme | undefined {
  const value = new URLSearchParams(search).get('theme');
  return FORCED_THEMES.find((t) => t === value);
}

/**
 * The host may leave the embed's share-and-download panel out with `?share=0` (the embed code's
 * "without the share panel" choice); the panel's own script hides it, so without JavaScript it stays.
 */
export const SHARE_PARAM = 'share';
export const SHARE_OFF = '0';

/** Whether a query string asks for the embed without its share panel. */
export const sharePanelOff = (search: string): boolean => new URLSearchParams(search).get(SHARE_PARAM) === SHARE_OFF;

/** The embed code's theme choice: `auto` follows the reader's light or dark setting; the others force one. */
export const EMBED_THEMES = ['auto', ...FORCED_THEMES] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export interface EmbedOptions {
  theme?: EmbedTheme;
  /** false: the embed without its share panel (`?share=0`). */
  share?: boolean;
}

/** The embed page's address with the host's choices as its query (none for the defaults). */
export function embedSrc(embedPageUrl: string, { theme = 'auto', share = true }: EmbedOptions = {}): string {
  const url = new URL(embedPageUrl);
  if (theme !== 'auto') url.searchParams.set('theme', theme);
  if (!share) url.searchParams.set(SHARE_PARAM, SHARE_OFF);
  return url.href;
}
