/**
 * The site's one palette, for the map, the charts, the cards and the downloads. Fields use the
 * Okabe–Ito palette, which stays distinguishable with the common colour-vision deficiencies; every
 * map symbol also has a dark edge (non-text contrast ≥ 3:1 against any bureau fill), and legends
 * and tables name the fields in words. Text never relies on colour alone.
 */
import type { FieldId } from './field-labels.ts';

/** The ink of text and marks: the site's --ink. */
export const INK = '#1b1f24';

export const FIELD_COLOURS: Record<FieldId, string> = {
  manufacturing: '#0072B2',
  bio: '#009E73',
  it: '#E69F00',
  environment: '#56B4E9',
  semiconductors: '#CC79A7',
  health: '#D55E00',
  energy: '#F0E442',
  'processing-trade': '#6B6B6B',
};

/**
 * Bureau fills: light, quiet tints so the symbols carry the colour. Neighbouring bureaus get
 * different tints; the strong bureau outlines, not the tint, mark the boundaries.
 */
export const BUREAU_FILLS: Record<string, string> = {
  hokkaido: '#e4e7ec',
  tohoku: '#d3d8e0',
  kanto: '#e9e4dc',
  chubu: '#d7dde5',
  kinki: '#e6e1d8',
  chugoku: '#dde2e9',
  shikoku: '#ebe6de',
  kyushu: '#e2e6eb',
  okinawa: '#e6e1d8',
};

export const SEA = '#ffffff';

/** Chart colours: Okabe–Ito hues (the same as the fields'), a neutral for context, and the ink. */
export const CHART_COLOURS = {
  primary: '#0072B2',
  secondary: '#E69F00',
  tertiary: '#009E73',
  accent: '#D55E00',
  muted: '#8C96A3',
  remainder: '#D9DDE3',
  ink: INK,
  /** The site's muted ink (--ink-muted): subtitles, source lines, credits, thin rules beside text. */
  inkMuted: '#4a525c',
};
