/**
 * The thread that lists and draws the site's PNGs for the Astro integration (integration.ts),
 * one request per thread. Astro evaluates astro.config.ts and what it imports in its own Vite
 * module runner, whose `import.meta.env` says nothing of the site's address or base path; on
 * this thread the drawing code runs in plain Node from the source tree, reads the data afresh
 * and takes the site's address from the environment the integration gives it, as
 * src/core/urls.ts expects outside a bundle. It hands the drawing to the raster threads (pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readImageInputs } from '../collections/read-collections.ts';
import { drawSiteImage, drawSiteImages, siteImages } from './site-images.ts';

/** Draw every image into `dir`, or only the one at `path`. */
export type HostRequest = { kind: 'all'; dir: string } | { kind: 'one'; path: string };
export type HostReply =
  | { kind: 'all'; count: number }
  | { kind: 'one'; png: Uint8Array | undefined }
  | { kind: 'error'; message: string; stack?: string | undefined };

if (!parentPort) throw new Error('src/raster/drawing-host.ts runs as a worker thread (see integration.ts)');
const port = parentPort;

async function answer(request: HostRequest): Promise<HostReply> {
  if (request.kind === 'all') {
    const images = siteImages(readImageInputs(), request.dir);
    await drawSiteImages(request.dir, images);
    return { kind: 'all', count: images.length };
  }
  const png = await drawSiteImage(request.path, siteImages(readImageInputs()));
  return { kind: 'one', png: png && new Uint8Array(png.buffer, png.byteOffset, png.byteLength) };
}

try {
  port.postMessage((await answer(workerData as HostRequest)) satisfies HostReply);
} catch (error) {
  const e = error instanceof Error ? error : new Error(String(error));
  port.postMessage({ kind: 'error', message: e.message, stack: e.stack } satisfies HostReply);
}
