/**
 * The shape of a project symbol at unit radius: one wedge per field, so a multi-field project
 * shows each of its fields as an equal slice of the circle. The page scales it to the measure.
 */
export interface Wedge {
  /** Index of the field in the project's list. */
  index: number;
  /** SVG path at radius 1 around (0, 0); a full circle when there is one field. */
  d: string;
}

const round = (n: number) => Number(n.toFixed(4));

export function wedges(count: number): Wedge[] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`a symbol needs at least one field, got ${count}`);
  if (count === 1) return [{ index: 0, d: 'M1 0A1 1 0 1 1 -1 0A1 1 0 1 1 1 0Z' }];
  // Slices start at twelve o'clock and go clockwise, as readers expect of a pie.
  return Array.from({ length: count }, (_, index) => {
    const a0 = (index / count) * 2 * Math.PI - Math.PI / 2;
    const a1 = ((index + 1) / count) * 2 * Math.PI - Math.PI / 2;
    const large = a1 - a0 > Math.PI ? 1 : 0;
    const [x0, y0, x1, y1] = [Math.cos(a0), Math.sin(a0), Math.cos(a1), Math.sin(a1)].map(round);
    return { index, d: `M0 0L${x0} ${y0}A1 1 0 ${large} 1 ${x1} ${y1}Z` };
  });
}
