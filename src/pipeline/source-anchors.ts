/**
 * Finds where each transcribed figure is printed in the source text, so the source pages can
 * highlight it and every source note can link to it. A figure is found by its printed text on its
 * page, whitespace aside (the extraction breaks lines anywhere) and not inside a longer number;
 * where the page prints the same text more than once (約４２０社 twice on page 2, a title printed
 * twice), a project's figure is the first after its name and any other the first on the page.
 * A figure that is not on its page stops the build at its cell, unless the data is synthetic (the
 * benchmark's projects are printed nowhere), when it simply gets no anchor.
 */
import { FIGURE_TABLE_IDS, type DatasetId } from '../schemas/datasets.ts';
import type { SourceAnchor } from '../schemas/source-anchor.ts';
import type { SourceText } from '../schemas/source-text.ts';
import type { DecodedDatasets } from './checks.ts';
import type { DataProblem } from './data-error.ts';
import type { Decoded } from './decode.ts';

/** A character that would make the match part of a longer number (２９ inside １２９, 4.4 inside 14.4). */
const NUMBER_PART = /[0-9０-９,，.．]/;

/** The page's text without white space, and for each kept character its offset in the page. */
function squash(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    out += text[i];
    at.push(i);
  }
  return { text: out, at };
}

export function anchorFigures(
  d: DecodedDatasets,
  source: SourceText,
  options: { synthetic?: boolean } = {},
): { anchors: SourceAnchor[]; problems: DataProblem[] } {
  const pages = new Map(source.pages.map((p) => [p.page, { page: p, squashed: squash(pageText(p)) }]));
  const anchors: SourceAnchor[] = [];
  const problems: DataProblem[] = [];

  const locate = (
    row: Decoded<unknown>,
    dataset: DatasetId,
    field: string,
    key: string,
    id: string,
    printed: string,
    page: number,
    after?: string,
  ) => {
    const found = pages.get(page);
    const needle = squash(printed).text;
    let index = -1;
    if (found && needle) {
      const { text, at } = found.squashed;
      let from = after ? text.indexOf(squash(after).text) : 0;
      if (from < 0) from = 0;
      const raw = pageText(found.page);
      for (let i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) {
        const start = at[i]!;
        const end = at[i + needle.length - 1]! + 1;
        // Only a figure that begins (ends) with a digit can be the tail (head) of a longer number.
        if (NUMBER_PART.test(needle[0]!) && NUMBER_PART.test(raw[start - 1] ?? '')) continue;
        if (NUMBER_PART.test(needle.at(-1)!) && NUMBER_PART.test(raw[end] ?? '')) continue;
        index = i;
        break;
      }
    }
    if (index < 0 || !found) {
      if (options.synthetic) return;
      const cell = row.record.cells.get(field);
      problems.push({
        file: d.files[dataset]!,
        line: cell?.line ?? row.record.line,
        column: cell?.column ?? 1,
        field,
        expected: `the figure as printed on page ${page} of the source (data/source/meti-2007.txt)${after ? `, after ${after}` : ''}`,
        found: printed,
      });
      return;
    }
    const { at } = found.squashed;
    const start = at[index]!;
    const end = at[index + needle.length - 1]! + 1;
    const block = found.page.blocks.find((b) => start >= b.start && start < b.start + b.text.length);
    if (!block) throw new Error(`${key}: offset ${start} of page ${page} is in no block`);
    // A figure broken over two blocks is highlighted in its first block up to the block's end.
    anchors.push({
      id: key,
      dataset,
      row: id,
      printed,
      page,
      block: block.n,
      start: start - block.start,
      end: Math.min(end, block.start + block.text.length) - block.start,
    });
  };

  for (const row of d['cluster-projects']) {
    const p = row.entry;
    for (const field of ['companies', 'universities'] as const)
      locate(row, 'cluster-projects', field, `cluster-projects.${p.id}.${field}`, p.id, p[field].printed, p.page, p.name_ja);
  }
  for (const dataset of FIGURE_TABLE_IDS) {
    for (const row of d[dataset]) {
      const r = row.entry;
      if (r.figure) locate(row, dataset, 'printed', `${dataset}.${r.id}`, r.id, r.figure.printed, r.page);
    }
  }
  return { anchors, problems };
}

/** A page's text as its blocks hold it (offsets as in the page). */
function pageText(page: SourceText['pages'][number]): string {
  let text = '';
  for (const b of page.blocks) text = text.padEnd(b.start, ' ') + b.text;
  return text;
}
