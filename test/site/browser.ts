/**
 * The built site served on localhost and a headless Chromium, for a test file's lifetime:
 * `const site = useBuiltSite()` registers the hooks; `site.server` and `site.browser` are ready in tests.
 */
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumArgs, findChromium } from '../../scripts/chromium.ts';
import { serveStatic, type StaticServer } from './serve.ts';

export const dist = resolve(process.env.SITE_DIST ?? 'dist');

export interface BuiltSite {
  server: StaticServer;
  browser: Browser;
}

export function useBuiltSite(): BuiltSite {
  const site = {} as BuiltSite;
  beforeAll(async () => {
    site.server = await serveStatic(dist);
    const executablePath = findChromium();
    if (!executablePath) throw new Error('No Chromium found: `apt-get install chromium`, or set CHROME_PATH.');
    site.browser = await chromium.launch({ executablePath, headless: true, args: [...chromiumArgs] });
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
