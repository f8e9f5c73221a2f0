// Where a tooltip goes: beside its anchor, on the first side where it fits inside
// the bounds, else clamped into them. Pure arithmetic on viewport rectangles.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Top-left corner (viewport coordinates) for a `width` × `height` box next to
 *  `anchor`, `gap` away from it, tried right, left, below, above; the axis along
 *  the anchor is clamped into `bounds`. Of the sides where it fits, the first that
 *  covers least of `avoid` (the neighbouring symbols) wins. */
export function place(anchor: Box, width: number, height: number, bounds: Box, gap: number, avoid: Box[] = []): { x: number; y: number } {
  const clampX = (x: number) => clamp(x, bounds.left, bounds.right - width);
  const clampY = (y: number) => clamp(y, bounds.top, bounds.bottom - height);
  const midX = (anchor.left + anchor.right) / 2 - width / 2;
  const midY = (anchor.top + anchor.bottom) / 2 - height / 2;
  const candidates = [
    { x: anchor.right + gap, y: clampY(midY) },
    { x: anchor.left - gap - width, y: clampY(midY) },
    { x: clampX(midX), y: anchor.bottom + gap },
    { x: clampX(midX), y: anchor.top - gap - height },
  ];
  const fits = ({ x, y }: { x: number; y: number }) =>
    x >= bounds.left && x + width <= bounds.right && y >= bounds.top && y + height <= bounds.bottom;
  const covered = ({ x, y }: { x: number; y: number }) =>
    avoid.reduce(
      (sum, b) =>
        sum +
        Math.max(0, Math.min(x + width, b.right) - Math.max(x, b.left)) * Math.max(0, Math.min(y + height, b.bottom) - Math.max(y, b.top)),
      0,
    );
  let found: { x: number; y: number } | undefined;
  let least = Number.POSITIVE_INFINITY;
  for (const c of candidates.filter(fits)) {
    const area = covered(c);
    if (area < least - 0.5) [found, least] = [c, area];
  }
  return found ?? { x: clampX(midX), y: clampY(anchor.bottom + gap) };
}

function clamp(value: number, min: number, max: number): number {
  // When the box is larger than the bounds, keep its start edge visible.
  return Math.max(min, Math.min(value, max));
}
