/**
 * What a reader copies follows the address the page is served from: the built site address
 * (origin and base path) is replaced by the page's origin with the same base path, as written
 * and percent-encoded inside a share link's query; file: and opaque origins change nothing.
 */
import { describe, expect, it } from 'vitest';
import { rewriteSite, servedSite } from '../../src/share/client/page-origin.ts';
import { SHARE_SERVICES, shareIntent } from '../../src/share/share-intents.ts';

describe('servedSite', () => {
  it('keeps the base path and takes the page’s origin', () => {
    expect(servedSite('http://localhost:4321/', 'http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/');
    expect(servedSite('https://example.org/atlas/', 'https://mirror.example.net')).toBe('https://mirror.example.net/atlas/');
  });
  it('gives nothing for a page with no usable origin', () => {
    expect(servedSite('http://localhost:4321/', 'null')).toBeUndefined();
    expect(servedSite('http://localhost:4321/', 'file://')).toBeUndefined();
  });
});

describe('rewriteSite', () => {
  const from = 'http://localhost:4321/';
  const to = 'https://news.example/';
  it('rewrites every address of the site in a text, and nothing else', () => {
    const code =
      '<iframe src="http://localhost:4321/embed/ja/map/"></iframe>\n<script async src="http://localhost:4321/embed.js"></script>';
    expect(rewriteSite(code, from, to)).toBe(
      '<iframe src="https://news.example/embed/ja/map/"></iframe>\n<script async src="https://news.example/embed.js"></script>',
    );
    expect(rewriteSite('see https://creativecommons.org/licenses/by/4.0/', from, to)).toBe(
      'see https://creativecommons.org/licenses/by/4.0/',
    );
  });
  it('rewrites the address inside each share link’s query', () => {
    for (const service of SHARE_SERVICES) {
      const link = rewriteSite(shareIntent(service, `${from}ja/map/?field=bio`, 'T'), from, to);
      expect(link, service).not.toContain('localhost');
      expect(decodeURIComponent(link), service).toContain(`${to}ja/map/?field=bio`);
    }
  });
});

describe('shareIntent', () => {
  const url = 'https://atlas.example/en/charts/network-size/?a=1&b=2';
  const title = 'Kanto’s projects: “a third” & more';
  it.each(SHARE_SERVICES)('%s carries the address whole', (service) => {
    const link = new URL(shareIntent(service, url, title));
    if (service === 'email') {
      expect(link.protocol).toBe('mailto:');
      const params = new URLSearchParams(link.search);
      expect(params.get('subject')).toBe(title);
      expect(params.get('body')).toBe(`${title}\n${url}`);
      expect(link.search).not.toContain('+');
      return;
    }
    expect(link.protocol).toBe('https:');
    expect([...link.searchParams.values()]).toContain(url);
    if (service === 'x') expect(link.searchParams.get('text')).toBe(title);
  });
});
