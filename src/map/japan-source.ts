/**
 * The map's source drawing, @svg-maps/japan (MapSVG, CC BY 4.0), typed here: the package's
 * declarations point at a types package that is not installed.
 */
import japan from '@svg-maps/japan';

export interface SourceLocation {
  /** Lowercased English name: `aichi`. */
  id: string;
  /** English name: `Aichi`. */
  name: string;
  /** Relative path data, `m` and `z` only. */
  path: string;
}

export const JAPAN_SOURCE = japan as unknown as { label: string; viewBox: string; locations: SourceLocation[] };
