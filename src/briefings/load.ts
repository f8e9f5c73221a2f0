/** Renders a briefing or case entry: the body through the briefing pipeline, positions in its file. */
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CHARTS } from '../charts/chart-registry.ts';
import type { Lang } from '../core/locales.ts';
import { loadChartData } from '../collections/read-collections.ts';
import { bareNumbersInText } from './bare-numbers.ts';
import { BriefingError, renderBriefing, type RenderedBriefing } from './briefing-html.ts';

/** Lines before the Markdown body: the frontmatter block and its fences. */
function bodyLineOffset(raw: string, body: string): number {
  const at = raw.indexOf(body);
  return at <= 0 ? 0 : raw.slice(0, at).split('\n').length - 1;
}

export async function renderEntry(
  entry: { body?: string | undefined; filePath?: string | undefined; data: { title: string; summary: string } },
  lang: Lang,
): Promise<RenderedBriefing> {
  const body = entry.body ?? '';
  const path = entry.filePath ?? 'unknown.md';
  const raw = readFileSync(path, 'utf8');
  // Title and summary cannot bind figures, so they may not state any.
  const frontmatter = (['title', 'summary'] as const).flatMap((field) =>
    bareNumbersInText(entry.data[field]).map(
      (n) =>
        `${relative(process.cwd(), path)}:${raw.split('\n').findIndex((l) => l.startsWith(`${field}:`)) + 1}:1 ${field}: bare number "${n.text}"; state figures in the body with :fig[…]`,
    ),
  );
  if (frontmatter.length) throw new BriefingError(frontmatter);
  return renderBriefing(body, {
    file: relative(process.cwd(), path),
    lineOffset: bodyLineOffset(raw, body),
    lang,
    data: await loadChartData(),
    chartIds: CHARTS.map((c) => c.id),
    outsideSources: (await getCollection('sources')).filter((s) => s.data.kind === 'outside-fact').map((s) => s.id),
  });
}
