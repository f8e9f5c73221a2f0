/**
 * A chart as the site draws it (src/charts/lib/render.ts), made self-contained for a download:
 * the page's stylesheet and script are not there, so what they supplied becomes attributes
 * (currentColor → ink, the inline font-size style → an attribute, `em` offsets → pixels, since
 * not every drawing program reads them), and what only the page uses goes (classes, tab stops,
 * tooltip data, ARIA roles). The root <svg> becomes a <g> to place in the standalone figure.
 */
import { DOMParser } from 'linkedom';
import { element, escapeXml } from '../core/xml.ts';

/** Attributes the page's CSS and script read, meaningless in a file: dropped everywhere. */
const DROPPED = /^(class|tabindex|role|style|aria-.*|data-.*)$/;
/** The root's own sizing; the standalone figure places the group instead. */
const ROOT_ONLY = new Set(['width', 'height', 'viewBox', 'xmlns']);
/** Attributes whose `em` lengths are turned into pixels. */
const LENGTHS = new Set(['x', 'y', 'dx', 'dy']);
/** Plot's default font size (the root's font-size attribute) when nothing says otherwise. */
const DEFAULT_FONT_SIZE = 10;

export interface ChartGroup {
  /** The chart's marks in a <g>, drawn from 0,0. */
  group: string;
  width: number;
  height: number;
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  data?: string;
  childNodes: DomNode[];
  attributes?: { name: string; value: string }[];
  getAttribute?(name: string): string | null;
}

/** `font-size:12px; fill: red` → { 'font-size': '12', fill: 'red' }: inline style as presentation attributes. */
function styleAttributes(style: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const declaration of (style ?? '').split(';')) {
    const [name, ...rest] = declaration.split(':');
    const value = rest.join(':').trim();
    if (!name?.trim() || !value) continue;
    out[name.trim()] = name.trim() === 'font-size' ? value.replace(/px$/, '') : value;
  }
  return out;
}

/** A length in em at the given font size as pixels; anything else unchanged. */
function resolveEm(value: string, fontSize: number): string {
  const em = /^(-?\d*\.?\d+)em$/.exec(value.trim());
  return em ? String(Math.round(Number(em[1]) * fontSize * 100) / 100) : value;
}

export function plotSvgAsGroup(svg: string, ink: string): ChartGroup {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement as unknown as DomNode;
  if (root.nodeName.toLowerCase() !== 'svg') throw new Error(`expected a chart <svg>, got <${root.nodeName}>`);
  const width = Number(root.getAttribute!('width'));
  const height = Number(root.getAttribute!('height'));
  if (!(width > 0 && height > 0)) throw new Error(`the chart <svg> needs a width and height, got ${width} × ${height}`);

  const write = (node: DomNode, inherited: number, isRoot: boolean): string => {
    if (node.nodeType === 3) return escapeXml(node.data ?? '');
    if (node.nodeType !== 1) return '';
    const own: Record<string, string> = {};
    for (const { name, value } of node.attributes ?? []) {
      if (DROPPED.test(name) || (isRoot && ROOT_ONLY.has(name))) continue;
      own[name] = value;
    }
    // Inline style wins over attributes in CSS, so it overwrites them here too.
    Object.assign(own, styleAttributes(node.getAttribute!('style')));
    const fontSize = Number(own['font-size'] ?? inherited) || inherited;
    for (const [name, value] of Object.entries(own)) {
      let resolved = value.replaceAll('currentColor', ink);
      if (LENGTHS.has(name)) resolved = resolveEm(resolved, fontSize);
      own[name] = resolved;
    }
    const children = node.childNodes.map((child) => write(child, fontSize, false));
    return element(isRoot ? 'g' : node.nodeName, own, children);
  };
  return { group: write(root, DEFAULT_FONT_SIZE, true), width, height };
}
