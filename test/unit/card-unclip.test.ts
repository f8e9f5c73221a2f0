/**
 * src/raster/card-unclip.ts: a mask or clip path comes off only where it changes no pixel, and
 * a card drawn without them looks as it did with them (at most a level of rounding per channel,
 * resvg compositing a layer where it now draws directly).
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { dropIdleClips } from '../../src/raster/card-unclip.ts';
import { cardSvg } from '../../src/raster/card-png.ts';
import { cardElement, type CardContent, type CardFrame } from '../../src/cards/card-layout.ts';
import { fontAdvances } from '../../src/text/text-width.ts';

/** satori's shape: a box's overflow mask nested in its parent's, and a rectangle clip path. */
const svg = (d: string, clip = 'x="10" y="10" width="80" height="40"') =>
  `<svg width="100" height="60" viewBox="0 0 100 60" xmlns="http://www.w3.org/2000/svg">` +
  `<mask id="outer"><rect x="0" y="0" width="100" height="60" fill="#fff"/></mask>` +
  `<mask id="inner"><rect ${clip} fill="#fff" mask="url(#outer)"/></mask>` +
  `<clipPath id="cp"><rect ${clip}/></clipPath>` +
  `<g mask="url(#inner)" clip-path="url(#cp)"><path fill="#000" d="${d}"/></g></svg>`;

const pixels = (s: string) => new Resvg(s, { font: { loadSystemFonts: false } }).render().pixels;

describe('dropIdleClips', () => {
  it('takes the mask and clip off a path wholly inside them', () => {
    const out = dropIdleClips(svg('M20 20L80 20Q85 30 80 40L20 40Z'));
    expect(out).not.toContain('<g mask=');
    expect(out).toContain('<path fill="#000" d="M20 20L80 20Q85 30 80 40L20 40Z"/>');
  });

  it('keeps the clip on a path that reaches past the box, even by a control point only, and drops the mask it makes idle', () => {
    for (const d of ['M20 20L80 20L80 55L20 40Z', 'M20 20L80 20Q95 30 80 40L20 40Z', 'M5 20L80 20L80 40Z']) {
      const out = dropIdleClips(svg(d));
      expect(out).toContain(`<g clip-path="url(#cp)"><path fill="#000" d="${d}"/></g>`);
      expect(out).not.toContain('<g mask=');
    }
  });

  it('keeps a mask that closes what the clip leaves open', () => {
    const out = dropIdleClips(
      svg('M20 20L80 20L80 55L20 40Z').replace('<rect x="0" y="0" width="100" height="60"', '<rect x="0" y="0" width="50" height="60"'),
    );
    expect(out).toContain('<g mask="url(#inner)" clip-path="url(#cp)">');
  });

  it('keeps both where the rectangle edge cuts a pixel (not on whole pixels)', () => {
    const clip = 'x="10.5" y="10" width="80" height="40"';
    expect(dropIdleClips(svg('M10.7 20L80 20L80 40Z', clip))).toContain('<g mask="url(#inner)" clip-path="url(#cp)">');
    expect(dropIdleClips(svg('M5 20L80 20L80 40Z', clip))).toContain('<g mask="url(#inner)" clip-path="url(#cp)">');
  });

  it('keeps the clip on a path it cannot read (relative commands)', () => {
    expect(dropIdleClips(svg('M20 20l10 0l0 10z'))).toContain('<g clip-path="url(#cp)"><path');
  });

  it('changes no pixel of a card by more than rounding, and some clips come off', async () => {
    const content: CardContent = {
      kicker: 'Kicker',
      title: 'A long title with descenders: typography, gauging, jiggly',
      subtitle: 'A subtitle',
      keyFigures: [{ label: 'companies', value: 'about 2,140' }],
      footer: 'Source: a document, page 2',
    };
    const frame: CardFrame = { lang: 'en', siteName: 'Site', altLang: 'ja', altSiteName: 'サイト', host: 'example.org' };
    const before = await cardSvg(cardElement(content, frame, fontAdvances()));
    const after = dropIdleClips(before);
    expect(after.length).toBeLessThan(before.length);
    // The title's descenders reach past its box: its clip stays.
    expect(after).toMatch(/<g clip-path="url\(#[^)]+\)"><path/);
    const [a, b] = [pixels(before), pixels(after)];
    let worst = 0;
    for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
    expect(worst).toBeLessThanOrEqual(1);
  });
});
