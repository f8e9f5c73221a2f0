/** Text and attribute values for the XML the site writes (sitemap, feeds). */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** An XML response, UTF-8. */
export const xmlResponse = (body: string, type = 'application/xml'): Response =>
  new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
