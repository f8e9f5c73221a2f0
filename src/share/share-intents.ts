/**
 * Plain share links for a figure: each service's own "share" address with the figure's title and
 * address in its query, opened as an ordinary link. No third-party script, button or counter is
 * loaded; nothing is sent anywhere until the reader follows a link. Pure (no DOM), so the share
 * panel renders them at build time and its script re-aims them at the view the reader sees.
 */

export const SHARE_SERVICES = ['x', 'facebook', 'line', 'email'] as const;
export type ShareService = (typeof SHARE_SERVICES)[number];

/** The address that shares `url` (absolute) under `title` on `service`. */
export function shareIntent(service: ShareService, url: string, title: string): string {
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
  switch (service) {
    case 'x':
      return `https://x.com/intent/post?${q({ text: title, url })}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?${q({ u: url })}`;
    case 'line':
      return `https://social-plugins.line.me/lineit/share?${q({ url })}`;
    case 'email':
      // mailto: wants %20 for spaces, not the + of a form query.
      return `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n${url}`)}`;
  }
}
