/**
 * STUB for the share panel's branch: the embed code of a figure. The embeds work writes the real
 * one (with the figure's own title); at merge that version replaces this file.
 */
import { figurePaths, EMBED_LOADER_PATH } from '../figures/registry.ts';
import type { Lang } from '../i18n/locales.ts';
import { t } from '../i18n/ui.ts';
import { absoluteUrl } from '../lib/urls.ts';

const escapeAttribute = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export function embedCode(lang: Lang, id: string): string {
  const src = absoluteUrl(figurePaths(lang, id).embed);
  const title = escapeAttribute(`${t(lang).siteName}: ${id}`);
  return (
    `<iframe src="${src}" title="${title}" loading="lazy" width="100%" height="500" style="border:0;width:100%"></iframe>` +
    `<script async src="${absoluteUrl(EMBED_LOADER_PATH)}"></script>`
  );
}
