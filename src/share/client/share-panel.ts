// Interaction for the share panel rendered at build time (src/components/share/SharePanel.astro):
// reveals the copy buttons and the embed choices, rebuilds the embed code from the choices, keeps
// the link and share links on the view the reader sees, re-aims copied addresses at the page's
// origin (page-origin.ts), hides the panel of an embed asked for without it (`?share=0`), and
// on the map offers the data of the field chosen (map-downloads.ts, loaded only there).
// Without this script the panel still works: the links download, and the embed code, the
// address and the citation are in readonly fields to select and copy by hand.
import type { FigureKind } from '../../figures/figure-registry.ts';
import { embedSnippet } from '../../embeds/snippet.ts';
import { type EmbedTheme, embedSrc, sharePanelOff } from '../../embeds/theme.ts';
import { pageLinkFromEmbed } from '../share-link.ts';
import { SHARE_SERVICES, shareIntent } from '../share-intents.ts';
import { copyField } from './copy.ts';
import { toPageOrigin } from './page-origin.ts';

/** Long enough for a screen reader to notice the live region was emptied before the new message. */
const ANNOUNCE_DELAY_MS = 100;

/** Adds interaction to one `[data-share-panel]`; a second call on it does nothing. */
export function initSharePanel(root: HTMLElement): void {
  if (root.dataset.shareReady !== undefined) return;
  root.dataset.shareReady = '';
  const kind = (root.dataset.shareKind ?? 'chart') as FigureKind;
  const inEmbed = root.dataset.shareContext === 'embed';
  // The host asked for the figure alone: the panel goes (and the frame reports its new height).
  if (inEmbed && sharePanelOff(location.search)) root.hidden = true;
  const builtSite = root.dataset.siteUrl;
  const linkField = root.querySelector<HTMLInputElement>('input[data-share-link]');
  const linkStatus = root.querySelector<HTMLElement>('[data-share-status="link"]');
  const social = root.querySelector<HTMLElement>('[data-share-title]');

  // On a page the address bar is the view (the map keeps its filter and measure in the query);
  // in an embed the link is the figure's page on the site, with the embed's map view carried over.
  const currentLink = (): string => {
    const pageUrl = linkField?.dataset.pageUrl ?? location.href;
    return inEmbed ? pageLinkFromEmbed(pageUrl, kind, location.search) : location.href;
  };
  const refreshLink = () => {
    if (!linkField) return;
    const link = currentLink();
    if (linkField.value === link) return;
    linkField.value = link;
    if (linkStatus) silence(linkStatus); // "Link copied" no longer speaks of this link
    for (const a of social?.querySelectorAll<HTMLAnchorElement>('a[data-share-service]') ?? []) {
      const service = SHARE_SERVICES.find((s) => s === a.dataset.shareService);
      if (service) a.href = shareIntent(service, link, social?.dataset.shareTitle ?? '');
    }
  };
  refreshLink();
  // The map changes its URL (history.replaceState) in its buttons' click handlers, which run
  // before a click bubbles to the document; no event says so otherwise.
  document.addEventListener('click', refreshLink);
  addEventListener('popstate', refreshLink);
  addEventListener('hashchange', refreshLink);

  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-share-field]')) {
    // A readonly field is there to be copied whole: select it all when it is entered.
    field.addEventListener('focus', () => field.select());
    field.addEventListener('click', () => field.selectionStart === field.selectionEnd && field.select());
  }

  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-from]')) {
    const field = document.getElementById(button.dataset.copyFrom ?? '');
    const status = root.querySelector<HTMLElement>(`[data-share-status="${button.dataset.copyStatus ?? ''}"]`);
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) || !status) continue;
    button.addEventListener('click', async () => {
      if (field === linkField) refreshLink();
      const copied = await copyField(field, button);
      status.dataset.result = copied ? 'copied' : 'failed';
      announce(status, (copied ? button.dataset.copied : button.dataset.copyFailed) ?? '');
    });
    button.hidden = false;
  }
  initEmbedChoices(root, builtSite);
  for (const el of root.querySelectorAll<HTMLElement>('[data-share-needs-js]')) el.hidden = false;
  if (kind === 'map' && !inEmbed) void import('./map-downloads.ts').then((m) => m.initMapDownloads(root));
}

/** The embed code follows the choices: interactive (theme, with or without the panel) or a static image. */
function initEmbedChoices(root: HTMLElement, builtSite: string | undefined): void {
  const group = root.querySelector<HTMLElement>('[data-embed-options]');
  const field = group?.querySelector('textarea');
  if (!group || !field) return;
  const status = group.querySelector<HTMLElement>('[data-share-status]');
  const chosen = (name: string) => group.querySelector<HTMLInputElement>(`input[data-embed-choice="${name}"]:checked`);
  const update = () => {
    const d = group.dataset;
    const image = chosen('form')?.value === 'image';
    for (const part of group.querySelectorAll<HTMLElement>('[data-frame-only]')) {
      if (part instanceof HTMLFieldSetElement) part.disabled = image;
      else part.querySelector('input')?.toggleAttribute('disabled', image);
    }
    const code = image
      ? (d.imageCode ?? '')
      : embedSnippet({
          src: embedSrc(d.embedPage ?? '', { theme: (chosen('theme')?.value ?? 'auto') as EmbedTheme, share: chosen('share') !== null }),
          title: d.embedTitle ?? '',
          height: Number(d.embedHeight),
          loader: d.embedLoader ?? '',
        });
    const text = toPageOrigin(code, builtSite);
    if (field.value === text) return;
    field.value = text;
    if (status) silence(status);
  };
  group.addEventListener('change', update);
  update();
}

const pending = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/** Says `message` in a polite live region (and shows it): emptied first, so the same
 *  message after a second press is announced again. */
function announce(status: HTMLElement, message: string): void {
  silence(status);
  pending.set(
    status,
    setTimeout(() => (status.textContent = message), ANNOUNCE_DELAY_MS),
  );
}

/** Empties a live region, and cancels a message about to be said in it. */
function silence(status: HTMLElement): void {
  clearTimeout(pending.get(status));
  status.textContent = '';
}
