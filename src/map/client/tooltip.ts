// The map's one tooltip: its content (text only, from the page's JSON) and its
// position inside .map-frame, kept within the frame and the viewport.
import { place, type Box } from './place.ts';

export interface MapData {
  projects: Record<string, Record<string, string>>;
  bureaus: Record<string, { name: string }>;
  labels: Record<string, string>;
}

/** The rows a project's tooltip shows, in order, after its name. */
const projectRows = ['bureau', 'fields', 'companies', 'universities', 'share'] as const;
const gap = 8;
/** Space kept between the tooltip and the screen's edges. */
const margin = 4;

export class Tooltip {
  readonly el: HTMLElement;
  readonly frame: HTMLElement;
  /** the element the tooltip is about (a symbol or bureau area), while shown */
  owner: Element | undefined;

  constructor(el: HTMLElement, frame: HTMLElement) {
    this.el = el;
    this.frame = frame;
  }

  /** Shows a project: its name, then label/value rows. */
  showProject(symbol: Element, project: Record<string, string>, labels: Record<string, string>): void {
    const title = make('p', 'map-tooltip-title', project.name ?? '');
    const list = make('dl', 'map-tooltip-rows');
    for (const key of projectRows) {
      const value = project[key];
      if (value === undefined || value === '') continue;
      const row = make('div');
      row.dataset.key = key;
      row.append(make('dt', '', labels[key] ?? key), make('dd', '', value));
      list.append(row);
    }
    this.open(symbol, 'project', [title, list]);
    symbol.setAttribute('aria-describedby', this.el.id);
    // Keep clear of the other circles where a side allows it.
    const others = [...this.frame.querySelectorAll('a.symbol')].filter((s) => s !== symbol).map((s) => s.getBoundingClientRect());
    this.position(symbol.getBoundingClientRect(), others);
  }

  /** Shows one line (a bureau's name) next to the pointer. */
  showLabel(owner: Element, text: string, x: number, y: number): void {
    if (this.owner !== owner || this.el.dataset.kind !== 'label') {
      this.open(owner, 'label', [make('p', 'map-tooltip-title', text)]);
    }
    this.position({ left: x - 4, right: x + 12, top: y - 4, bottom: y + 12 });
  }

  hide(): void {
    this.owner?.removeAttribute('aria-describedby');
    this.owner = undefined;
    this.el.hidden = true;
  }

  private open(owner: Element, kind: string, content: Node[]): void {
    if (this.owner !== owner) this.hide();
    this.owner = owner;
    this.el.dataset.kind = kind;
    this.el.replaceChildren(...content);
    this.el.hidden = false;
  }

  private position(anchor: Box, avoid: Box[] = []): void {
    const frame = this.frame.getBoundingClientRect();
    // What is on screen: the visual viewport (smaller than the layout one when zoomed).
    const vv = visualViewport;
    const [vx, vy] = vv ? [vv.offsetLeft, vv.offsetTop] : [0, 0];
    const [vw, vh] = vv ? [vv.width, vv.height] : [document.documentElement.clientWidth, innerHeight];
    const screen = { left: vx + margin, top: vy + margin, right: vx + vw - margin, bottom: vy + vh - margin };
    // Measure at the frame's origin, where nothing squeezes its shrink-to-fit width.
    this.el.style.left = this.el.style.top = '0px';
    const { width, height } = this.el.getBoundingClientRect();
    // Within the frame where that is on screen; anywhere on screen if the frame is too narrow.
    const inFrame = { ...screen, left: Math.max(screen.left, frame.left), right: Math.min(screen.right, frame.right) };
    const bounds = inFrame.right - inFrame.left >= width ? inFrame : screen;
    const { x, y } = place(anchor, Math.ceil(width), Math.ceil(height), bounds, gap, avoid);
    this.el.style.left = `${Math.floor(x - frame.left - this.frame.clientLeft)}px`;
    this.el.style.top = `${Math.floor(y - frame.top - this.frame.clientTop)}px`;
  }
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}
