// Interaction for the national map rendered at build time (see the markup in
// src/pages/[lang]/map): tooltips on hover, focus and tap, a field filter, a
// measure switch for symbol sizes, and that view kept in the URL. Without this
// script the map is still complete: every symbol and bureau area is a link.
import { ALL_FIELDS, parseMapState, serializeMapState, type MapState } from '../url-state.ts';
import { Tooltip, type MapData } from './tooltip.ts';
import { svgToCssTransform } from './transform.ts';

/** How long a tooltip stays after the pointer leaves, so it can move onto it. */
const hideDelay = 300;
let count = 0;

/** Adds interaction to one `<figure data-map>`; a second call on it does nothing. */
export function initMap(root: HTMLElement): void {
  const svg = root.querySelector<SVGSVGElement>('svg.map');
  const frame = root.querySelector<HTMLElement>('.map-frame');
  if (!svg || !frame || root.dataset.mapReady !== undefined) return;
  root.dataset.mapReady = '';
  const data = readData(root);
  const symbols = [...svg.querySelectorAll<SVGAElement>('a.symbol')];
  const areas = [...svg.querySelectorAll<SVGAElement>('a.bureau-area')];
  const fieldButtons = [...root.querySelectorAll<HTMLButtonElement>('button[data-field]')];
  const measureButtons = [...root.querySelectorAll<HTMLButtonElement>('button[data-measure]')];
  const tooltip = new Tooltip(tooltipElement(root, frame), frame);
  const status = liveRegion(root);

  // --- view state: field filter, measure, URL ---
  const measures = measureButtons.map((b) => b.dataset.measure ?? '');
  const defaultMeasure = root.dataset.defaultMeasure ?? '';
  if (measures.includes(defaultMeasure)) measures.unshift(...measures.splice(measures.indexOf(defaultMeasure), 1));
  const defaults: MapState = { field: ALL_FIELDS, measure: measures[0] ?? '' };
  const fields = fieldButtons.map((b) => b.dataset.field ?? '');
  let state = parseMapState(location.search, fields, measures);

  const apply = () => {
    for (const b of fieldButtons) b.setAttribute('aria-pressed', String(b.dataset.field === state.field));
    for (const b of measureButtons) b.setAttribute('aria-pressed', String(b.dataset.measure === state.measure));
    for (const s of symbols) {
      const own = (s.dataset.fields ?? '').split(/\s+/);
      s.classList.toggle('is-dimmed', state.field !== ALL_FIELDS && !own.includes(state.field));
      const transform = s.getAttribute(`data-transform-${state.measure}`);
      if (!transform) continue;
      s.setAttribute('transform', transform);
      // Set as CSS too: a CSS transition animates style changes, not attribute changes.
      const css = svgToCssTransform(transform);
      if (css) s.style.transform = css;
    }
    // Legends are HTML and SVG elements; SVG has no `hidden` property, so set the attribute.
    for (const legend of root.querySelectorAll<HTMLElement | SVGElement>('[data-size-legend]')) {
      legend.toggleAttribute('hidden', legend.dataset.sizeLegend !== state.measure);
    }
    // The labels placed for the current measure, dimmed with their symbols.
    for (const group of svg.querySelectorAll<SVGElement>('[data-labels-measure]')) {
      group.toggleAttribute('hidden', group.dataset.labelsMeasure !== state.measure);
    }
    const dimmed = new Set(symbols.filter((s) => s.classList.contains('is-dimmed')).map((s) => s.dataset.project));
    for (const label of svg.querySelectorAll<SVGElement>('[data-label-for]')) {
      label.classList.toggle('is-dimmed-label', dimmed.has(label.dataset.labelFor));
    }
  };
  const update = (next: Partial<MapState>) => {
    const fieldChanged = next.field !== undefined && next.field !== state.field;
    state = { ...state, ...next };
    hide();
    apply();
    if (fieldChanged) status.textContent = countMessage(root, data, symbols, state.field);
    try {
      const url = location.pathname + serializeMapState(state, defaults, location.search) + location.hash;
      history.replaceState(history.state, '', url);
    } catch {
      // A sandboxed or file: page may refuse; the view still works.
    }
  };

  apply();
  // Commit the initial sizes before transitions are on. Computing a style is enough for that, and
  // lays nothing out: the script now runs after the first paint, where a forced layout of the
  // whole page was a long task (Lighthouse's total blocking time).
  if (symbols[0]) getComputedStyle(symbols[0]).transform;
  root.classList.add('map-interactive');
  root.querySelector<HTMLElement>('.map-controls')?.removeAttribute('hidden');
  for (const b of fieldButtons) b.addEventListener('click', () => update({ field: b.dataset.field ?? ALL_FIELDS }));
  for (const b of measureButtons) b.addEventListener('click', () => update({ measure: b.dataset.measure ?? defaults.measure }));

  // --- tooltip ---
  let timer: ReturnType<typeof setTimeout> | undefined;
  let touch = false; // the last pointer press was a touch
  let armed: Element | undefined; // tapped once: the next tap follows the link
  let dismissed: Element | undefined; // closed with Escape while the pointer is still on it

  const showSymbol = (symbol: SVGAElement) => {
    clearTimeout(timer);
    const id = symbol.dataset.project ?? '';
    const project = Object.hasOwn(data.projects, id) ? data.projects[id] : { name: symbol.getAttribute('aria-label') ?? id };
    tooltip.showProject(symbol, project, data.labels);
  };
  const showArea = (area: SVGAElement, x: number, y: number) => {
    clearTimeout(timer);
    const id = area.dataset.bureau ?? '';
    if (tooltip.owner !== area) hide();
    highlight(svg, area, true);
    tooltip.showLabel(area, Object.hasOwn(data.bureaus, id) ? data.bureaus[id].name : id, x, y);
  };
  const hide = () => {
    clearTimeout(timer);
    const owner = tooltip.owner;
    if (owner instanceof SVGAElement && owner.classList.contains('bureau-area')) highlight(svg, owner, false);
    tooltip.hide();
    armed = undefined;
  };
  // After the pointer leaves: back to the focused symbol's tooltip, if any, else none.
  const hideSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const focused = symbols.find((s) => s === document.activeElement);
      if (focused) showSymbol(focused);
      else hide();
    }, hideDelay);
  };
  const tapOnce = (event: MouseEvent, link: Element, show: () => void) => {
    // Keyboard activation (detail 0) and mouse clicks follow the link as usual.
    if (event.detail === 0 || !touch || (armed === link && tooltip.owner === link)) return;
    event.preventDefault();
    show();
    armed = link;
  };

  for (const symbol of symbols) {
    symbol.addEventListener('pointerenter', (e) => e.pointerType !== 'touch' && showSymbol(symbol));
    symbol.addEventListener('pointerleave', (e) => e.pointerType !== 'touch' && hideSoon());
    symbol.addEventListener('focus', () => showSymbol(symbol));
    symbol.addEventListener('blur', () => tooltip.owner === symbol && !symbol.matches(':hover') && hide());
    symbol.addEventListener('click', (e) => tapOnce(e, symbol, () => showSymbol(symbol)));
  }
  for (const area of areas) {
    area.addEventListener('pointerenter', (e) => {
      dismissed = undefined;
      if (e.pointerType !== 'touch') showArea(area, e.clientX, e.clientY);
    });
    area.addEventListener('pointermove', (e) => e.pointerType !== 'touch' && dismissed !== area && showArea(area, e.clientX, e.clientY));
    area.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'touch') return;
      highlight(svg, area, false);
      if (tooltip.owner === area) hideSoon();
    });
    area.addEventListener('click', (e) => tapOnce(e, area, () => showArea(area, e.clientX, e.clientY)));
  }
  tooltip.el.addEventListener('pointerenter', () => clearTimeout(timer));
  tooltip.el.addEventListener('pointerleave', (e) => e.pointerType !== 'touch' && hideSoon());

  document.addEventListener('pointerdown', (e) => {
    touch = e.pointerType === 'touch';
    const target = e.target as Node;
    if (tooltip.owner && !tooltip.owner.contains(target) && !tooltip.el.contains(target)) hide();
  });
  document.addEventListener('keydown', (e) => {
    touch = false;
    if (e.key !== 'Escape' || !tooltip.owner) return;
    dismissed = tooltip.owner;
    hide(); // focus stays where it is
  });
  addEventListener('resize', () =>
    tooltip.owner instanceof SVGAElement && symbols.includes(tooltip.owner) ? showSymbol(tooltip.owner) : hide(),
  );
}

function readData(root: HTMLElement): MapData {
  const empty: MapData = { projects: {}, bureaus: {}, labels: {} };
  try {
    return { ...empty, ...JSON.parse(root.querySelector('script.map-data')?.textContent ?? '') };
  } catch {
    return empty;
  }
}

function tooltipElement(root: HTMLElement, frame: HTMLElement): HTMLElement {
  let el = root.querySelector<HTMLElement>('.map-tooltip');
  if (!el) {
    el = document.createElement('div');
    el.className = 'map-tooltip';
    el.setAttribute('role', 'tooltip');
    el.hidden = true;
    frame.append(el);
  }
  el.id ||= `map-tooltip-js-${++count}`;
  return el;
}

/** A polite live region after the controls, for the filter's result count. */
function liveRegion(root: HTMLElement): HTMLElement {
  const el = document.createElement('p');
  el.className = 'map-status';
  el.setAttribute('role', 'status');
  el.setAttribute('aria-live', 'polite');
  const controls = root.querySelector('.map-controls');
  if (controls) controls.after(el);
  else root.prepend(el);
  return el;
}

/** "6 projects", from labels.results (and labels.resultsOne for 1, if given) with "{n}", and
 *  optionally "{total}" and "{field}" (the pressed button's text), when the page gives them. */
function countMessage(root: HTMLElement, data: MapData, symbols: Element[], field: string): string {
  const shown = symbols.filter((s) => !s.classList.contains('is-dimmed')).length;
  const ja = root.closest('[lang]')?.getAttribute('lang')?.startsWith('ja');
  const template =
    (shown === 1 ? data.labels.resultsOne : undefined) ??
    data.labels.results ??
    (ja ? '全{total}件中{n}件のプロジェクト' : 'Showing {n} of {total} projects');
  const label = [...root.querySelectorAll<HTMLElement>('button[data-field]')].find((b) => b.dataset.field === field);
  return template
    .replaceAll('{n}', String(shown))
    .replaceAll('{total}', String(symbols.length))
    .replaceAll('{field}', label?.textContent?.trim() ?? field);
}

/**
 * The hovered bureau darkens, and its outline is drawn over the borders from its own area: the
 * page draws each border once (map/land.ts), so there is no outline per bureau to thicken.
 */
function highlight(svg: SVGSVGElement, area: SVGAElement, on: boolean): void {
  area.classList.toggle('is-highlighted', on);
  const id = area.dataset.bureau ?? '';
  const outlines = svg.querySelector('.bureau-outlines');
  for (const old of svg.querySelectorAll<SVGElement>('.bureau-outlines [data-bureau]')) if (old.dataset.bureau === id) old.remove();
  const d = area.querySelector('path')?.getAttribute('d');
  if (!on || !outlines || !d) return;
  const outline = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  outline.setAttribute('d', d);
  outline.setAttribute('class', 'is-highlighted');
  outline.dataset.bureau = id;
  outlines.append(outline);
}
