/**
 * Colours of the map. Fields use the Okabe–Ito palette, which stays distinguishable with the
 * common colour-vision deficiencies; every symbol also has a dark edge (non-text contrast ≥ 3:1
 * against any bureau fill), and the legend and table name the fields in words.
 */
import type { FieldId } from '../schemas/fields.ts';

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

export const MAP_INK = '#1b1f24';
export const SEA = '#ffffff';
