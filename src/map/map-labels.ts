/**
 * The words drawn on the national map, placed at build time so a reader needs no pointer: each
 * bureau's area named, each project named next to its circle (with a leader where it has to move
 * away), and the size key. Two variants, because an SVG scales with its width: `wide` names every
 * project at a type size that is at least MIN_LABEL_PX on a map WIDE_MIN_WIDTH or more across;
 * `narrow` (phones) names the largest projects in larger type and numbers the others, the numbers
 * keyed in a list under the map. CSS picks the variant by the map's width; no script needed.
 *
 * Short names are derived, not typed: the printed name without its generic ending (プロジェクト,
 * 計画 / Project, Plan), or the abbreviation the name itself gives in brackets (K-RIP); full-width
 * Latin letters are made half-width (ＴＯＨＯＫＵ → TOHOKU). Widths come from the one text module.
 */
import type { Lang } from '../core/locales.ts';
import { pick } from '../core/locales.ts';
import type { Measure } from '../core/measures.ts';
import type { Bureau } from '../schemas/bureaus.ts';
import type { ClusterProject } from '../schemas/cluster-projects.ts';
import { textWidth, type Weight } from '../text/text-width.ts';
import { balancedWrapText } from '../text/wrap-text.ts';
import type { Box } from './geometry.ts';
import { type LabelBox, type LabelObstacle, type LabelRequest, type Leader, type PlacedLabel, placeLabels } from './label-layout.ts';
import type { MapModel } from './map-model.ts';
import { insideRings, signedDistance } from './polygon.ts';

/** How far off its coast, in ems of its type, a bureau's name may sit when its land is full. */
const SEA_REACH = 2.5;

export type LabelVariantId = 'wide' | 'narrow';

export interface LabelVariant {
  /** Project names and numbers, in map units. */
  fontSize: number;
  /** Bureau names, in map units. */
  bureauFontSize: number;
  /** Size key's values, in map units. */
  keyFontSize: number;
  /** A name longer than this (map units) wraps, onto at most `maxLines`. */
  maxWidth: number;
  maxLines: number;
  /** How many of the largest projects are named (the rest numbered); Infinity names all. */
  named: number;
}

/** The smallest type a label may have on screen, in CSS px (editorial guide: text in a chart ≥ 12 px). */
export const MIN_LABEL_PX = 12;

export const LABEL_VARIANTS: Record<LabelVariantId, LabelVariant> = {
  wide: { fontSize: 5, bureauFontSize: 5, keyFontSize: 6, maxWidth: 66, maxLines: 3, named: Number.POSITIVE_INFINITY },
  // 13.5 units is 11 px on the narrowest map (320 px screen, about 288 px of map) and about 14 px at 390.
  narrow: { fontSize: 12.5, bureauFontSize: 11, keyFontSize: 13.5, maxWidth: 120, maxLines: 2, named: 4 },
};

/** The narrowest map, in CSS px, on which the wide labels are drawn at MIN_LABEL_PX or more (map.css's container query says the same). */
export function wideMinWidth(viewBoxWidth: number): number {
  return Math.ceil((MIN_LABEL_PX * viewBoxWidth) / LABEL_VARIANTS.wide.fontSize);
}

/** Line spacing, in em, between the lines of one label. */
export const LINE_HEIGHT = 1.15;
/** Ascent and descent of the font in em, as a browser measures a text box (Noto Sans CJK's hhea: 1.16 + 0.29). */
const ASCENT = 1.16;
const DESCENT = 0.29;

export interface MapText {
  lines: { text: string; width: number }[];
  fontSize: number;
  weight: Weight;
  /** Where each line is anchored: x, and the first line's baseline y (the others follow at LINE_HEIGHT). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: LabelBox;
}
export interface ProjectLabel extends MapText {
  id: string;
  kind: 'name' | 'number';
  leader?: Leader;
}
export interface BureauLabel extends MapText {
  id: string;
}
export interface SizeKeyItem {
  value: number;
  cx: number;
  cy: number;
  r: number;
  /** Polyline from the circle's top to its value. */
  leader: string;
  labelX: number;
  labelY: number;
}
export interface SizeKey {
  fontSize: number;
  items: SizeKeyItem[];
  box: LabelBox;
}
export interface MapLabels {
  bureaus: BureauLabel[];
  projects: ProjectLabel[];
  sizeKey: SizeKey;
}

/** A project's short name for labels (see the module comment for the rule). */
export function shortProjectName(project: ClusterProject, lang: Lang): string {
  const name = pick(project, 'name', lang).normalize('NFKC').trim();
  const bracketed = /\(([^()]+)\)\s*$/.exec(name);
  if (bracketed) return bracketed[1]!.trim();
  return lang === 'ja' ? name.replace(/(プロジェクト|計画)$/u, '') : name.replace(/\s+(Project|Plan)$/u, '');
}

/** A bureau's short name: its place (関東, KANTO), the words every bureau's name shares dropped. */
export function shortBureauName(bureau: Bureau, lang: Lang): string {
  if (lang === 'ja') return bureau.name_ja.replace(/(経済産業局|総合事務局.*)$/u, '');
  return (bureau.name_en.split(/\s+/)[0] ?? bureau.name_en).toUpperCase();
}

/** Each project's number in the key: north to south, from 1. */
export function projectNumbers(model: MapModel): Map<string, number> {
  return new Map(model.symbols.map((s, i) => [s.project.id, i + 1]));
}

const cache = new WeakMap<MapModel, Map<string, MapLabels>>();

/** The labels of one variant, language and measure (memoised per model). */
export function mapLabels(model: MapModel, bureaus: Bureau[], lang: Lang, variantId: LabelVariantId, measure: Measure): MapLabels {
  const key = `${lang}/${variantId}/${measure}`;
  if (!cache.has(model)) cache.set(model, new Map());
  const made = cache.get(model)!;
  if (!made.has(key)) made.set(key, computeLabels(model, bureaus, lang, LABEL_VARIANTS[variantId], measure));
  return made.get(key)!;
}

function computeLabels(model: MapModel, bureaus: Bureau[], lang: Lang, variant: LabelVariant, measure: Measure): MapLabels {
  const vb = model.viewBox;
  const bounds: LabelBox = { x: vb.x0 + 1, y: vb.y0 + 1, width: vb.x1 - vb.x0 - 2, height: vb.y1 - vb.y0 - 2 };
  const sizeKey = sizeKeyLayout(model, measure, variant.keyFontSize);
  const symbols: LabelObstacle[] = model.symbols.map((s) => s.placement[measure]);
  const f = model.insetFrame;
  // The inset's dashed frame: thin boxes along its sides, so no label or leader crosses it.
  const frame: LabelObstacle[] = [
    { x: f.x0 - 0.5, y: f.y0 - 0.5, width: f.x1 - f.x0 + 1, height: 1 },
    { x: f.x0 - 0.5, y: f.y1 - 0.5, width: f.x1 - f.x0 + 1, height: 1 },
    { x: f.x0 - 0.5, y: f.y0 - 0.5, width: 1, height: f.y1 - f.y0 + 1 },
    { x: f.x1 - 0.5, y: f.y0 - 0.5, width: 1, height: f.y1 - f.y0 + 1 },
  ];
  const fixed = [...symbols, ...frame, sizeKey.box];

  // Bureau names first, over their own area, centred on its inside point where that is free.
  const byId = new Map(bureaus.map((b) => [b.id, b]));
  const bureauTexts = model.bureaus.map((b) => {
    const text = shortBureauName(byId.get(b.id)!, lang);
    return { id: b.id, region: b, ...measureLines([text], variant.bureauFontSize, 'bold') };
  });
  const placeBureaus = (others: LabelObstacle[]) => {
    const bureauPlaced = placeLabels(
      bureauTexts.map((b) => ({ id: b.id, anchor: b.region.centroid, width: b.width, height: b.height, gap: 0, priority: 0 })),
      [...fixed, ...others],
      bounds,
      {
        centred: true,
        leaders: false,
        padding: 1,
        step: variant.bureauFontSize / 2,
        rings: 24,
        // Over its own area, or over the sea just off its coast (Kinki and Okinawa have little land free of circles).
        accept: (req, box) => {
          const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
          const region = model.bureaus.find((b) => b.id === req.id)!;
          if (insideRings(centre, region.rings)) return true;
          if (signedDistance(centre, region.rings) < -SEA_REACH * variant.bureauFontSize) return false;
          return model.bureaus.every((b) => !insideRings(centre, b.rings));
        },
      },
    );
    const bureauLabels: BureauLabel[] = [];
    bureauTexts.forEach((b, i) => {
      const box = bureauPlaced[i];
      if (box) bureauLabels.push({ id: b.id, ...textAt(b, box, 'middle', variant.bureauFontSize, 'bold') });
    });
    return bureauLabels;
  };

  // Projects: names for the largest (all on the wide map), numbers for the rest or where a name finds no room;
  // if even a number finds none, one name fewer is tried.
  const bySize = [...model.symbols].sort(
    (a, b) => b.placement.companies.r - a.placement.companies.r || a.project.id.localeCompare(b.project.id),
  );
  const projectsFirst = (bureauBoxes: LabelObstacle[]): ProjectLabel[] | null => {
    for (let tried = Math.min(variant.named, bySize.length); tried >= 0; tried--) {
      try {
        return projectLabelsFor(new Set(bySize.slice(0, tried).map((s) => s.project.id)), bureauBoxes);
      } catch (error) {
        if (!(error instanceof Error) || !error.message.startsWith('mapLabels: no room')) throw error;
      }
    }
    return null;
  };
  // Bureau names first where the projects still find room; else the projects first and the bureaus around them.
  const bureauLabels = placeBureaus([]);
  const projects = projectsFirst(bureauLabels.map((b) => b.box));
  if (projects) return { bureaus: bureauLabels, projects, sizeKey };
  const alone = projectsFirst([]);
  if (!alone) throw new Error(`mapLabels: no room for every project's number on the ${lang} map`);
  const leaderBoxes = alone.flatMap((l) =>
    l.leader
      ? [
          {
            x: Math.min(l.leader.x1, l.leader.x2),
            y: Math.min(l.leader.y1, l.leader.y2),
            width: Math.abs(l.leader.x2 - l.leader.x1),
            height: Math.abs(l.leader.y2 - l.leader.y1),
          },
        ]
      : [],
  );
  return { bureaus: placeBureaus([...alone.map((l) => l.box), ...leaderBoxes]), projects: alone, sizeKey };

  function projectLabelsFor(toName: Set<string>, bureauBoxes: LabelObstacle[]): ProjectLabel[] {
    const numbers = projectNumbers(model);
    const obstacles = [...fixed, ...bureauBoxes];
    // One pass for the names of the largest and the numbers of the others; a name that finds no room becomes a number in a second.
    const place = (wanted: Map<string, 'name' | 'number'>, placedSoFar: LabelObstacle[]) => {
      const texts = model.symbols
        .filter((s) => wanted.has(s.project.id))
        .map((s) => {
          const kind = wanted.get(s.project.id)!;
          const lines =
            kind === 'name'
              ? balancedWrapText(shortProjectName(s.project, lang), variant.maxWidth, variant.fontSize).slice(0, variant.maxLines)
              : [String(numbers.get(s.project.id))];
          return { symbol: s, kind, ...measureLines(lines, variant.fontSize, 'regular') };
        });
      const requests: LabelRequest[] = texts.map((t) => {
        const p = t.symbol.placement[measure];
        // Small circles first: they sit between big ones, which have room all round.
        return { id: t.symbol.project.id, anchor: { x: p.x, y: p.y }, width: t.width, height: t.height, gap: p.r, priority: -p.r };
      });
      const placed = placeLabels(requests, placedSoFar, bounds, { padding: 1, rings: 16, step: variant.fontSize * 0.6 });
      return texts.map((t, i) => ({ t, box: placed[i] ?? null }));
    };
    const projectLabels: ProjectLabel[] = [];
    const add = (t: { symbol: MapModel['symbols'][number]; kind: 'name' | 'number'; lines: MapText['lines'] }, box: PlacedLabel) => {
      const p = t.symbol.placement[measure];
      const anchor = t.kind === 'number' ? 'middle' : box.x >= p.x ? 'start' : box.x + box.width <= p.x ? 'end' : 'middle';
      projectLabels.push({
        id: t.symbol.project.id,
        kind: t.kind,
        ...textAt(t, box, anchor, variant.fontSize, 'regular'),
        ...(box.leader ? { leader: box.leader } : {}),
      });
    };
    const first = place(new Map(model.symbols.map((s) => [s.project.id, toName.has(s.project.id) ? 'name' : 'number'])), obstacles);
    const retry = new Map<string, 'number'>();
    for (const { t, box } of first) {
      if (box) add(t, box);
      else retry.set(t.symbol.project.id, 'number');
    }
    for (const { t, box } of place(retry, [...obstacles, ...projectLabels.map((l) => l.box)])) {
      if (box) {
        add(t, box);
        continue;
      }
      // Last resort for a number: inside its own circle, if the circle holds it (as numbered maps do).
      const p = t.symbol.placement[measure];
      if (Math.hypot(t.width / 2, t.height / 2) > p.r - 1) {
        throw new Error(`mapLabels: no room for project ${t.symbol.project.id}'s number on the ${lang} map`);
      }
      add(t, { id: t.symbol.project.id, x: round1(p.x - t.width / 2), y: round1(p.y - t.height / 2), width: t.width, height: t.height });
    }
    const order = new Map(model.symbols.map((s, i) => [s.project.id, i]));
    projectLabels.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    return projectLabels;
  }
}

function measureLines(lines: string[], fontSize: number, weight: Weight) {
  const measured = lines.map((text) => ({ text, width: round1(textWidth(text, fontSize, weight)) }));
  const width = Math.ceil(Math.max(...measured.map((l) => l.width)));
  const height = round1(fontSize * ((lines.length - 1) * LINE_HEIGHT + ASCENT + DESCENT));
  return { lines: measured, width, height };
}

function textAt(
  t: { lines: { text: string; width: number }[] },
  box: LabelBox,
  anchor: MapText['anchor'],
  fontSize: number,
  weight: Weight,
): Omit<MapText, 'box'> & { box: LabelBox } {
  const x = anchor === 'start' ? box.x : anchor === 'end' ? box.x + box.width : box.x + box.width / 2;
  return {
    lines: t.lines,
    fontSize,
    weight,
    x: round1(x),
    y: round1(box.y + ASCENT * fontSize),
    anchor,
    box: { x: box.x, y: box.y, width: box.width, height: box.height },
  };
}

/** The size key in the map's bottom-right corner: nested circles, each value beside its top, values kept a line apart. */
export function sizeKeyLayout(model: MapModel, measure: Measure, fontSize: number): SizeKey {
  const vb: Box = model.viewBox;
  const items = [...model.sizeLegend[measure]].sort((a, b) => b.r - a.r);
  const rMax = items[0]?.r ?? 0;
  const labels = items.map((it) => it.value.toLocaleString('en-GB'));
  const textSpace = Math.max(0, ...labels.map((l) => textWidth(l, fontSize)));
  const cx = vb.x1 - 3 - textSpace - 6 - rMax;
  const bottom = vb.y1 - 3;
  let lastBaseline = Number.NEGATIVE_INFINITY;
  const laid = items.map((it) => {
    const cy = bottom - it.r;
    const top = cy - it.r;
    // Baseline so the value's middle sits at the circle's top, unless that would crowd the value above.
    const baseline = Math.max(top + fontSize * 0.35, lastBaseline + fontSize * LINE_HEIGHT);
    lastBaseline = baseline;
    const labelX = cx + rMax + 6;
    const midY = baseline - fontSize * 0.35;
    return {
      value: it.value,
      cx: round1(cx),
      cy: round1(cy),
      r: Math.round(it.r * 100) / 100,
      leader: `M${round1(cx)} ${round1(top)}H${round1(cx + rMax + 2)}L${round1(labelX - 1)} ${round1(midY)}`,
      labelX: round1(labelX),
      labelY: round1(baseline),
    };
  });
  const top = Math.min(bottom - 2 * rMax, (laid[0]?.labelY ?? bottom) - fontSize * ASCENT);
  const lowest = Math.max(bottom, (laid.at(-1)?.labelY ?? bottom) + fontSize * DESCENT);
  return {
    fontSize,
    items: laid,
    box: { x: round1(cx - rMax - 1), y: round1(top - 1), width: round1(vb.x1 - (cx - rMax - 1)), height: round1(lowest - top + 2) },
  };
}

function round1(v: number): number {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r;
}
