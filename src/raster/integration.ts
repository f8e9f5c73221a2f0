/**
 * Drawing the site's PNGs (share cards, figure downloads) as a build step rather than as a side
 * effect of routes: after Astro has built the pages (`astro:build:done`) every image is drawn into
 * dist/ at the address the pages link to, and in `astro dev` a middleware draws the one asked for.
 * Pages no longer wait for images, so Astro renders them at its default concurrency, and no page
 * shares drawing state with another.
 *
 * Astro loads this module through astro.config.ts in its Vite module runner, so it imports only
 * Node and types: the drawing itself runs on a thread of its own (drawing-host.ts), in plain Node,
 * found beside this file.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { keepAllocatorMemory } from './allocator.ts';
import { collectGarbage } from './collect-garbage.ts';
import { RASTER_THREAD_LIMITS } from './thread-limits.ts';
import type { HostReply, HostRequest } from './drawing-host.ts';

const HOST = new URL('./drawing-host.ts', import.meta.url);

/** Where the site lives, from Astro's resolved config: the cards print the address, the figures link to it. */
export interface SiteAddress {
  site: string | undefined;
  base: string;
}

/** The host's environment: the site's address as src/core/urls.ts reads it outside a bundle. */
function hostEnv(address: SiteAddress, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, BASE_PATH: address.base, ...extra };
  if (address.site) env.SITE_URL = address.site;
  else delete env.SITE_URL;
  return env;
}

/** Runs one request on a new drawing thread; the thread ends with the answer, so each request reads the data as it is now. */
export function runHost<R extends HostRequest>(
  request: R,
  address: SiteAddress,
  extraEnv: Record<string, string> = {},
): Promise<Extract<HostReply, { kind: R['kind'] }>> {
  keepAllocatorMemory();
  return new Promise((resolve, reject) => {
    const worker = new Worker(HOST, { workerData: request, env: hostEnv(address, extraEnv), resourceLimits: RASTER_THREAD_LIMITS });
    let answered = false;
    worker.once('message', (reply: HostReply) => {
      answered = true;
      void worker.terminate();
      if (reply.kind === 'error') reject(Object.assign(new Error(reply.message), { stack: reply.stack }));
      else resolve(reply as Extract<HostReply, { kind: R['kind'] }>);
    });
    worker.once('error', (error) => {
      answered = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the drawing thread ended (exit code ${code}) without an answer`));
    });
  });
}

/** Addresses of the site's PNGs: /cards/<lang>/<kind>/<id>.png and /downloads/<lang>/<id>.png. */
const IMAGE_PATH = /^\/(?:cards\/[^/]+\/[^/]+\/[^/]+|downloads\/[^/]+\/[^/]+)\.png$/;

type Next = (error?: unknown) => void;

/** The site path a GET or HEAD request asks for, when it is the address of a PNG. */
function imagePath(req: IncomingMessage): string | undefined {
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
  try {
    const path = decodeURI(new URL(req.url ?? '/', 'http://localhost').pathname);
    return IMAGE_PATH.test(path) ? path : undefined;
  } catch {
    // A malformed address is not one of ours: Astro answers it.
    return undefined;
  }
}

/**
 * The dev server's answer for a PNG address: the image, drawn now, or 404 when no image lives
 * there; any other request goes on to Astro. Astro's own middleware has taken the base path
 * off the request's URL by then.
 */
export function imageMiddleware(draw: (path: string) => Promise<Uint8Array | undefined>) {
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const path = imagePath(req);
    if (path === undefined) {
      next();
      return;
    }
    draw(path).then((png) => {
      if (!png) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`no image at ${path}\n`);
        return;
      }
      // Drawn from the data as it is now: the browser asks again next time.
      res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': png.byteLength, 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : png);
    }, next);
  };
}

/** One image for the dev server, drawn on the drawing thread itself (no raster threads to start for one image). */
export const drawOneImage = (path: string, address: SiteAddress) =>
  runHost({ kind: 'one', path }, address, { CLUSTER_ATLAS_RASTER_THREADS: '0' }).then((reply) => reply.png);

export function rasterIntegration(): AstroIntegration {
  let address: SiteAddress = { site: undefined, base: '/' };
  return {
    name: 'cluster-atlas-raster',
    hooks: {
      'astro:config:done': ({ config }) => {
        address = { site: config.site, base: config.base };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // The pages' garbage goes before the drawing threads' memory comes (collect-garbage.ts).
        collectGarbage();
        const { count } = await runHost({ kind: 'all', dir: fileURLToPath(dir) }, address);
        logger.info(`${count} PNGs (share cards, figure downloads) written in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(imageMiddleware((path) => drawOneImage(path, address)));
      },
    },
  };
}
