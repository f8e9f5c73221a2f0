/** The embed's colour theme, chosen by the host with `?theme=dark|light|auto` (default auto). */
export const FORCED_THEMES = ['light', 'dark'] as const;
export type ForcedTheme = (typeof FORCED_THEMES)[number];

/** The theme a query string forces, or undefined for auto (follow prefers-color-scheme). */
export function forcedTheme(search: string): ForcedTheme | undefined {
  const value = new URLSearchParams(search).get('theme');
  return FORCED_THEMES.find((t) => t === value);
}
