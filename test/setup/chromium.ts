/**
 * One headless Chromium for the whole `site` project (a vitest globalSetup): launched once, before
 * the first test file, and closed after the last. Each file connects to it (test/site/browser.ts,
 * `connectChromium`) instead of starting a browser of its own, which cost a second or more of
 * CPU per file; each file still opens its own contexts, so no cookie, storage or route of one
 * file reaches another.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, findChromium } from '../../scripts/chromium.ts';
import { processTreeCpu } from './process-tree-cpu.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The WebSocket address of the shared Chromium (playwright's `launchServer`). */
    chromiumEndpoint: string;
  }
}

/**
 * Besides the usual flags, resolve no host name but our own, so that not even a <link
 * rel=preconnect> or DNS prefetch leaves the machine (every test serves the site on 127.0.0.1).
 */
export const sharedChromiumArgs = [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = findChromium();
  if (!executablePath) {
    const why = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} is not executable` : 'No Chromium found';
    throw new Error(`${why}: \`apt-get install chromium\`, or set CHROME_PATH.`);
  }
  const server = await chromium.launchServer({ executablePath, headless: true, args: sharedChromiumArgs });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  const pid = server.process().pid;
  return async () => {
    // The browser's CPU, most of the site project's: said here because its renderers end under
    // the browser, not under the test runner, where `time npm test` would count them.
    const cpu = pid === undefined ? undefined : processTreeCpu(pid);
    if (cpu !== undefined) console.error(`shared Chromium: ${cpu.toFixed(1)} s of CPU (user + system)`);
    await server.close();
  };
}
