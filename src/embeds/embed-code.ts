/**
 * Embed codes for every figure (chart or map), for the share panel and the oEmbed endpoint:
 * `embedCode('ja', 'network-size')` is the HTML a journalist pastes into an article.
 * Build time only: it reads the generated data for the figure's title and height.
 */
import { EMBED_LOADER_PATH, figurePaths } from '../figures/figure-registry.ts';
import type { Lang } from '../core/locales.ts';
import { absoluteUrl } from '../core/urls.ts';
import { readChartData } from '../collections/read-collections.ts';
import { EMBED_REFERENCE_WIDTH, figureFacts, type FigureFacts } from '../figures/figure-facts.ts';
import { embedSnippet } from './snippet.ts';
import { embedSrc, type EmbedOptions } from './theme.ts';

export { EMBED_REFERENCE_WIDTH };
export { EMBED_THEMES, type EmbedOptions, type EmbedTheme } from './theme.ts';

const facts = new Map<string, FigureFacts>();

/** Title, subtitle and default height of a figure's embed (computed once per figure and language). */
export function embedFacts(lang: Lang, id: string): FigureFacts {
  const key = `${lang}/${id}`;
  let found = facts.get(key);
  if (!found) facts.set(key, (found = figureFacts(readChartData(), lang, id)));
  return found;
}

/** Absolute address of a figure's embed page, with its theme when not `auto` and `share=0` without the share panel. */
export function embedUrl(lang: Lang, id: string, options: EmbedOptions = {}): string {
  return embedSrc(absoluteUrl(figurePaths(lang, id).embed), options);
}

/** The HTML snippet (iframe and loader script) that embeds a figure in another site. */
export function embedCode(lang: Lang, id: string, options: EmbedOptions = {}): string {
  const { title, height } = embedFacts(lang, id);
  return embedSnippet({ src: embedUrl(lang, id, options), title, height, loader: absoluteUrl(EMBED_LOADER_PATH) });
}
