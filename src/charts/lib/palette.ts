/**
 * Colours shared by every chart: Okabe–Ito hues (safe for colour-blind readers; the map's
 * field colours are the same), a neutral for context, and ink. Text never relies on colour alone.
 */
export { FIELD_COLOURS } from '../../map/palette.ts';

export const CHART_COLOURS = {
  primary: '#0072B2',
  secondary: '#E69F00',
  tertiary: '#009E73',
  accent: '#D55E00',
  muted: '#8C96A3',
  remainder: '#D9DDE3',
  ink: '#1b1f24',
  /** The site's muted ink (--ink-muted): subtitles, source lines, credits, thin rules beside text. */
  inkMuted: '#4a525c',
};
