// SVG transform attribute syntax → CSS transform syntax, so that a change can be
// animated with a CSS transition: "translate(120.5 88.2) scale(14.2)" becomes
// "translate(120.5px, 88.2px) scale(14.2)". Handles translate, scale and matrix
// (what the map renders); returns undefined for anything else.

const fn = /([a-zA-Z]+)\s*\(([^)]*)\)/g;

export function svgToCssTransform(svg: string): string | undefined {
  const parts: string[] = [];
  let rest = svg;
  for (const [whole, name, raw] of svg.matchAll(fn)) {
    rest = rest.replace(whole, '');
    const args = raw
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    if (args.some((n) => !Number.isFinite(n))) return undefined;
    if (name === 'translate' && args.length <= 2) parts.push(`translate(${args[0]}px, ${args[1] ?? 0}px)`);
    else if (name === 'scale' && args.length <= 2) parts.push(`scale(${args[0]}, ${args[1] ?? args[0]})`);
    else if (name === 'matrix' && args.length === 6) {
      parts.push(`matrix(${args.slice(0, 4).join(', ')}, ${args[4]}, ${args[5]})`);
    } else return undefined;
  }
  return parts.length > 0 && rest.replace(/[\s,]/g, '') === '' ? parts.join(' ') : undefined;
}
