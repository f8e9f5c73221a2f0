/**
 * The briefing pipeline (remark/unified, our own rather than Astro's Markdown processor, so a
 * briefing can only say what the data says): parse with remark-directive, refuse bare numbers,
 * replace :fig[key] with the formatted figure and a numbered source note, mark ::chart{id}
 * for the page to render, then remark-rehype and rehype-stringify. Errors name file:line:column.
 */
import type { Root, RootContent, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { ChartData } from '../charts/lib/types.ts';
import type { Lang } from '../i18n/locales.ts';
import { prefixSiteLinks } from '../lib/site-links.ts';
import { sitePath } from '../lib/urls.ts';
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
}

export type BriefingPart = { kind: 'html'; html: string } | { kind: 'chart'; id: string };

export interface SourceNote {
  n: number;
  source: string;
  page: number;
}

export interface RenderedBriefing {
  parts: BriefingPart[];
  notes: SourceNote[];
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

  for (const bare of findBareNumbers(tree)) {
    problems.push(`${ctx.file}:${bare.line + ctx.lineOffset}:${bare.column} bare number "${bare.text}": bind it with :fig[dataset.row] so it comes from the data`);
  }

  const notes: SourceNote[] = [];
  const noteFor = (source: string, page: number) => {
    let note = notes.find((n) => n.source === source && n.page === page);
    if (!note) notes.push((note = { n: notes.length + 1, source, page }));
    return note.n;
  };

  visit(tree, (node, index, parent) => {
    if (node.type === 'textDirective') {
      const directive = node as TextDirective;
      if (directive.name !== 'fig') {
        problems.push(`${at(directive)} unknown directive :${directive.name}; use :fig[key]`);
        return;
      }
      const key = directive.children.map((c) => ('value' in c ? c.value : '')).join('').trim();
      const figure = resolveFigure(key, ctx.data, ctx.lang);
      if ('error' in figure) {
        problems.push(`${at(directive)} :fig[${key}]: ${figure.error}`);
        return;
      }
      const n = noteFor(figure.source, figure.page);
      const replacement: RootContent[] = [
        { type: 'html', value: `<span class="bound-figure" data-key="${key}">` },
        { type: 'text', value: figure.text } as Text,
        { type: 'html', value: `</span><sup class="source-ref"><a href="#source-${n}" aria-label="${ctx.lang === 'ja' ? `出典${n}` : `source ${n}`}">${n}</a></sup>` },
      ];
      (parent!.children as RootContent[]).splice(index!, 1, ...replacement);
      return index! + replacement.length;
    }
    if (node.type === 'leafDirective') {
      const directive = node as LeafDirective;
      const id = directive.attributes?.id ?? '';
      if (directive.name !== 'chart') problems.push(`${at(directive)} unknown directive ::${directive.name}; use ::chart{id=…}`);
      else if (!ctx.chartIds.includes(id)) problems.push(`${at(directive)} ::chart{id=${id}}: unknown chart; known: ${ctx.chartIds.join(', ')}`);
      else (parent!.children as RootContent[]).splice(index!, 1, { type: 'html', value: `<!--chart:${id}-->` });
      return undefined;
    }
    if (node.type === 'containerDirective') {
      const directive = node as ContainerDirective;
      if (directive.name !== 'findings') problems.push(`${at(directive)} unknown directive :::${directive.name}; use :::findings`);
      directive.data = { hName: 'aside', hProperties: { className: ['key-findings'] } };
    }
    return undefined;
  });

  if (problems.length) throw new BriefingError(problems);
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
  return { parts, notes };
}
