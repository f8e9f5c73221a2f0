/**
 * The loader's decision on each message (src/embeds/messages.ts), the embed's theme choice
 * (src/embeds/theme.ts), and the loader as shipped: one small classic script.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildLoader } from '../../src/embeds/build-loader.ts';
import {
  REQUEST_SIZE,
  RESIZE,
  frameToResize,
  isResizeMessage,
  isSizeRequest,
  resizeMessage,
  siteFrames,
} from '../../src/embeds/messages.ts';
import { forcedTheme } from '../../src/embeds/theme.ts';

const SITE = 'https://atlas.example';
const ours = { src: `${SITE}/embed/ja/map/`, contentWindow: { name: 'ours' } };
const second = { src: `${SITE}/embed/en/network-size/?theme=dark`, contentWindow: { name: 'second' } };
const foreign = { src: 'https://video.example/player', contentWindow: { name: 'foreign' } };
const frames = [foreign, ours, second];
const message = (over: Partial<{ origin: string; source: unknown; data: unknown }> = {}) => ({
  origin: SITE,
  source: ours.contentWindow,
  data: resizeMessage('map', 812.3),
  ...over,
});

describe('frameToResize', () => {
  it('resizes the frame that sent the message, to its height rounded up', () => {
    expect(frameToResize(message(), frames, SITE)).toEqual({ frame: ours, height: 813 });
    expect(frameToResize(message({ source: second.contentWindow }), frames, SITE)?.frame).toBe(second);
  });

  it('ignores messages from any other origin, even for one of our frames', () => {
    expect(frameToResize(message({ origin: 'https://video.example' }), frames, SITE)).toBeUndefined();
    expect(frameToResize(message({ origin: 'http://atlas.example' }), frames, SITE)).toBeUndefined();
    expect(frameToResize(message({ origin: `${SITE}:8443` }), frames, SITE)).toBeUndefined();
  });

  it('ignores a message whose source is not one of our frames', () => {
    // A foreign frame that somehow sent from our origin (it navigated to us) is still not ours to resize.
    expect(frameToResize(message({ source: foreign.contentWindow }), frames, SITE)).toBeUndefined();
    expect(frameToResize(message({ source: { name: 'elsewhere' } }), frames, SITE)).toBeUndefined();
    expect(frameToResize(message({ source: null }), frames, SITE)).toBeUndefined();
    expect(frameToResize(message(), [], SITE)).toBeUndefined();
  });

  it('ignores a frame whose address moved off the site', () => {
    const moved = { src: 'https://video.example/embed/ja/map/', contentWindow: ours.contentWindow };
    expect(frameToResize(message(), [moved], SITE)).toBeUndefined();
    expect(frameToResize(message(), [{ src: 'not a url', contentWindow: ours.contentWindow }], SITE)).toBeUndefined();
  });

  it.each([
    ['null', null],
    ['a string', 'cluster-atlas:resize'],
    ['another type', { type: 'other', id: 'map', height: 100 }],
    ['a request', { type: REQUEST_SIZE }],
    ['no id', { type: RESIZE, height: 100 }],
    ['a string height', { type: RESIZE, id: 'map', height: '100' }],
    ['a zero height', { type: RESIZE, id: 'map', height: 0 }],
    ['a negative height', { type: RESIZE, id: 'map', height: -5 }],
    ['an infinite height', { type: RESIZE, id: 'map', height: Infinity }],
    ['NaN', { type: RESIZE, id: 'map', height: NaN }],
    ['a height past the cap (20,000 px)', { type: RESIZE, id: 'map', height: 20_001 }],
    ['an absurd height', { type: RESIZE, id: 'map', height: 1e9 }],
  ])('ignores malformed data: %s', (_, data) => {
    expect(isResizeMessage(data)).toBe(false);
    expect(frameToResize(message({ data }), frames, SITE)).toBeUndefined();
  });
});

describe('messages', () => {
  it('a resize message says what it is, which figure and how tall', () => {
    expect(resizeMessage('map', 640)).toEqual({ type: 'cluster-atlas:resize', id: 'map', height: 640 });
    expect(isResizeMessage(resizeMessage('map', 640))).toBe(true);
    expect(isResizeMessage(resizeMessage('map', 20_000))).toBe(true);
  });

  it('a size request is recognised, and nothing else is', () => {
    expect(isSizeRequest({ type: REQUEST_SIZE })).toBe(true);
    expect(isSizeRequest(resizeMessage('map', 1))).toBe(false);
    expect(isSizeRequest(null)).toBe(false);
    expect(isSizeRequest(REQUEST_SIZE)).toBe(false);
  });

  it('siteFrames keeps the frames on the site, in page order', () => {
    expect(siteFrames(frames, SITE)).toEqual([ours, second]);
  });
});

describe('forcedTheme', () => {
  it.each([
    ['?theme=dark', 'dark'],
    ['?theme=light', 'light'],
    ['theme=dark&field=bio', 'dark'],
    ['?field=bio&theme=light', 'light'],
    ['?theme=auto', undefined],
    ['', undefined],
    ['?theme=DARK', undefined],
    ['?theme=blue', undefined],
    ['?theme=', undefined],
  ])('%j → %s', (search, theme) => {
    expect(forcedTheme(search)).toBe(theme);
  });
});

describe('the loader bundle', () => {
  it('is one minified classic script, under two kilobytes gzipped, with no imports left', async () => {
    const code = await buildLoader();
    expect(gzipSync(code).length).toBeLessThan(2048);
    expect(code).not.toMatch(/\bimport\b|\bexport\b|\brequire\(/);
    expect(code.split('\n').filter(Boolean).length).toBe(1);
    // The messages it handles are the ones the embed page sends.
    expect(code).toContain(RESIZE);
    expect(code).toContain(REQUEST_SIZE);
    expect(() => new Function(code)).not.toThrow(); // parses as a classic script
  });
});
