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

export { EMBED_REFERENCE_WIDTH };

/** `auto` follows the reader's light or dark setting; the others force one. */
export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export interface EmbedOptions {
  theme?: EmbedTheme;
}

const facts = new Map<string, FigureFacts>();

/** Title, subtitle and default height of a figure's embed (computed once per figure and language). */
export function embedFacts(lang: Lang, id: string): FigureFacts {
  const key = `${lang}/${id}`;
  let found = facts.get(key);
  if (!found) facts.set(key, (found = figureFacts(readChartData(), lang, id)));
  return found;
}

/** Absolute address of a figure's embed page, with its theme when not `auto`. */
export function embedUrl(lang: Lang, id: string, { theme = 'auto' }: EmbedOptions = {}): string {
  const url = absoluteUrl(figurePaths(lang, id).embed);
  return theme === 'auto' ? url : `${url}?theme=${theme}`;
}

/** The HTML snippet (iframe and loader script) that embeds a figure in another site. */
export function embedCode(lang: Lang, id: string, options: EmbedOptions = {}): string {
  const { title, height } = embedFacts(lang, id);
  return embedSnippet({ src: embedUrl(lang, id, options), title, height, loader: absoluteUrl(EMBED_LOADER_PATH) });
}
