/**
 * The briefing pipeline (remark/unified, our own rather than Astro's Markdown processor, so a
 * briefing can only say what the data says): parse with remark-directive, refuse bare numbers,
 * replace :fig[key] with the formatted figure and a numbered source note, mark ::chart{id}
 * for the page to render, then remark-rehype and rehype-stringify. Errors name file:line:column.
 */
import type { Root, RootContent, Text } from 'mdast';
import { placeNoteMarkers, noteMarker } from './note-markers.ts';
import { collectLinkNotes, type LinkNote } from './link-notes.ts';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { ChartData } from '../schemas/datasets.ts';
import type { Lang } from '../core/locales.ts';
import { prefixSiteLinks } from './site-links.ts';
import { absoluteUrl, sitePath } from '../core/urls.ts';
import { resolveFigure } from './figures.ts';
import { findBareNumbers } from './bare-numbers.ts';

export interface BriefingContext {
  /** The file, as shown in errors (content/briefings/ja/….md). */
  file: string;
  /** Lines before the body (frontmatter), so positions point into the file. */
  lineOffset: number;
  lang: Lang;
  data: ChartData;
  chartIds: readonly string[];
  /** Ids of the sources of kind outside-fact, the only ones :outside[…] may name. */
  outsideSources?: readonly string[];
}

export type BriefingPart = { kind: 'html'; html: string } | { kind: 'chart'; id: string };

/**
 * A numbered note: a page of the document, an outside fact's source (no page), or how the site
 * computed a figure from the document's pages, which is never dressed as a printed figure's note.
 */
export type SourceNote =
  | { n: number; kind: 'source'; source: string; page: number | null; figures: string[] }
  | { n: number; kind: 'computed'; source: string; pages: number[]; formula: string };

export interface RenderedBriefing {
  parts: BriefingPart[];
  notes: SourceNote[];
  /** The prose's links, lettered, with the addresses a printed copy lists at its end. */
  links: LinkNote[];
}

/** The sources the notes cite, each once, with every page of it cited (a note, or a computed figure's inputs), in order. */
export function sourcesCited(notes: readonly SourceNote[]): { source: string; pages: number[] }[] {
  const cited = new Map<string, Set<number>>();
  for (const note of notes) {
    const pages = cited.get(note.source) ?? new Set<number>();
    cited.set(note.source, pages);
    for (const page of note.kind === 'computed' ? note.pages : note.page === null ? [] : [note.page]) pages.add(page);
  }
  return [...cited].map(([source, pages]) => ({ source, pages: [...pages].sort((a, b) => a - b) }));
}

export class BriefingError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'BriefingError';
    this.problems = problems;
  }
}

const CHART_MARK = /<!--chart:([a-z0-9-]+)-->/g;

export function renderBriefing(markdown: string, ctx: BriefingContext): RenderedBriefing {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(markdown) as Root;
  const problems: string[] = [];
  const at = (node: { position?: { start: { line: number; column: number } } }) =>
    `${ctx.file}:${(node.position?.start.line ?? 1) + ctx.lineOffset}:${node.position?.start.column ?? 1}`;

  // Raw HTML would bypass every check below (a figure typed into a tag, a script): a briefing says
  // what it needs through Markdown and the directives. The only HTML in the output is what this module writes.
  visit(tree, 'html', (node) => {
    problems.push(
      `${at(node)} raw HTML is not allowed in a briefing ("${node.value.slice(0, 40)}"); use Markdown or a directive (:fig, :::findings, :::explainer)`,
    );
  });

  for (const bare of findBareNumbers(tree)) {
    problems.push(
      `${ctx.file}:${bare.line + ctx.lineOffset}:${bare.column} bare number "${bare.text}": bind it with :fig[dataset.row] so it comes from the data`,
    );
  }

  const notes: SourceNote[] = [];
  /** The note of a source and page; `figure`, a bound figure's key, is listed in it (its anchor on the source page). */
  const noteFor = (source: string, page: number | null, figure?: string) => {
    let note = notes.find(
      (n): n is Extract<SourceNote, { kind: 'source' }> => n.kind === 'source' && n.source === source && n.page === page,
    );
    if (!note) notes.push((note = { n: notes.length + 1, kind: 'source', source, page, figures: [] }));
    if (figure && !note.figures.includes(figure)) note.figures.push(figure);
    return note.n;
  };
  const computedNoteFor = (source: string, formula: string, pages: number[]) => {
    let note = notes.find((n) => n.kind === 'computed' && n.source === source && n.formula === formula && n.pages.join() === pages.join());
    if (!note) notes.push((note = { n: notes.length + 1, kind: 'computed', source, formula, pages }));
    return note.n;
  };

  /** One note's link, for the marker that ends its sentence. */
  const noteLink = (n: number) => {
    const computed = notes.find((x) => x.n === n)?.kind === 'computed';
    const label = ctx.lang === 'ja' ? (computed ? `計算値の注${n}` : `注${n}`) : computed ? `computed, note ${n}` : `note ${n}`;
    // A computed figure's note number carries the † the site marks computed figures with.
    return `<a href="#source-${n}"${computed ? ' class="computed-ref"' : ''} aria-label="${label}">${computed ? '†' : ''}${n}</a>`;
  };
  /** The markers of a sentence's notes, in one superscript: ¹,†² */
  const noteRefs = (ns: number[]) => `<sup class="source-ref">${ns.map(noteLink).join(',')}</sup>`;

  /** `:outside[text]{source=id}`: a fact from outside the document, kept as written and noted with its source. */
  const outsideFact = (directive: TextDirective, index: number, parent: { children: RootContent[] }) => {
    const source = directive.attributes?.source ?? '';
    const known = ctx.outsideSources ?? [];
    if (!known.includes(source)) {
      problems.push(
        `${at(directive)} :outside[…]{source=${source}}: expected the id of an outside-fact source in data/sources.csv (${known.join(', ')})`,
      );
      return undefined;
    }
    const n = noteFor(source, null);
    const replacement: RootContent[] = [
      { type: 'html', value: `<span class="outside-fact" data-source="${source}">` },
      ...(directive.children as RootContent[]),
      { type: 'html', value: '</span>' },
      noteMarker(n),
    ];
    parent.children.splice(index, 1, ...replacement);
    return index + replacement.length;
  };

  visit(tree, (node, index, parent) => {
    if (node.type === 'textDirective') {
      const directive = node as TextDirective;
      if (directive.name === 'outside') return outsideFact(directive, index!, parent!);
      if (directive.name !== 'fig') {
        problems.push(`${at(directive)} unknown directive :${directive.name}; use :fig[key] or :outside[text]{source=id}`);
        return;
      }
      const key = directive.children
        .map((c) => ('value' in c ? c.value : ''))
        .join('')
        .trim();
      const figure = resolveFigure(key, ctx.data, ctx.lang);
      if ('error' in figure) {
        problems.push(`${at(directive)} :fig[${key}]: ${figure.error}`);
        return;
      }
      // A count of listed things (17 projects) is declared, not worked out: it takes no note.
      const count = figure.derived?.kind === 'count';
      const n = count
        ? 0
        : figure.derived
          ? computedNoteFor(figure.source, figure.derived.formula[ctx.lang], figure.derived.pages)
          : noteFor(figure.source, figure.page, key);
      const replacement: RootContent[] = [
        { type: 'html', value: `<span class="bound-figure${figure.derived ? ' computed' : ''}" data-key="${key}">` },
        // The figure's own text is no sentence's end, whatever its decimal point.
        { type: 'text', value: figure.text, data: { boundFigure: true } } as Text,
        { type: 'html', value: '</span>' },
        ...(count ? [] : [noteMarker(n)]),
      ];
      (parent!.children as RootContent[]).splice(index!, 1, ...replacement);
      return index! + replacement.length;
    }
    if (node.type === 'leafDirective') {
      const directive = node as LeafDirective;
      const id = directive.attributes?.id ?? '';
      if (directive.name !== 'chart') problems.push(`${at(directive)} unknown directive ::${directive.name}; use ::chart{id=…}`);
      else if (!ctx.chartIds.includes(id))
        problems.push(`${at(directive)} ::chart{id=${id}}: unknown chart; known: ${ctx.chartIds.join(', ')}`);
      else (parent!.children as RootContent[]).splice(index!, 1, { type: 'html', value: `<!--chart:${id}-->` });
      return undefined;
    }
    if (node.type === 'containerDirective') {
      const directive = node as ContainerDirective;
      if (directive.name === 'explainer') {
        // The site's own explanation, not a statement of the document: set apart and labelled as such.
        const label =
          ctx.lang === 'ja'
            ? '解説（本サイトによる説明で、資料の記述ではありません）'
            : 'Explainer (this site’s explanation, not a statement of the document)';
        directive.children.unshift({
          type: 'paragraph',
          data: { hProperties: { className: ['explainer-label'] } },
          children: [{ type: 'text', value: label }],
        });
        directive.data = { hName: 'aside', hProperties: { className: ['explainer'] } };
        return undefined;
      }
      if (directive.name !== 'findings')
        problems.push(`${at(directive)} unknown directive :::${directive.name}; use :::findings or :::explainer`);
      directive.data = { hName: 'aside', hProperties: { className: ['key-findings'] } };
    }
    return undefined;
  });

  if (problems.length) throw new BriefingError(problems);
  // A note's marker ends the sentence that states its figure, never a date or a number inside it.
  placeNoteMarkers(tree, ctx.lang, noteRefs);
  const links = collectLinkNotes(tree, absoluteUrl);
  prefixSiteLinks(tree, sitePath);
  const hast = unified().use(remarkRehype, { allowDangerousHtml: true }).runSync(tree);
  const html = unified().use(rehypeStringify, { allowDangerousHtml: true }).stringify(hast);
  const parts: BriefingPart[] = [];
  let last = 0;
  for (const match of html.matchAll(CHART_MARK)) {
    if (match.index > last) parts.push({ kind: 'html', html: html.slice(last, match.index) });
    parts.push({ kind: 'chart', id: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ kind: 'html', html: html.slice(last) });
  return { parts, notes, links };
}
