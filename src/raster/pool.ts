/**
 * PNGs drawn on worker threads, one per core: the share cards and figure downloads are most of a
 * build's CPU time. The build step (integration.ts, through drawing-host.ts) hands them a few
 * images at a time (site-images.ts) and the threads take them in turn. A PNG kept from an earlier build with the same job
 * is used instead of drawing it again (cache.ts).
 *
 * CLUSTER_ATLAS_RASTER_THREADS sets how many threads draw; 0 draws on the calling thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { RASTER_THREAD_LIMITS } from './thread-limits.ts';
import { rasterThreadsFrom } from '../core/build-env.ts';
import { pngCacheKey, readCachedPng, writeCachedPng } from './cache.ts';
import type { RasterJob } from './jobs.ts';
import type { JobMessage, ResultMessage } from './worker.ts';

/** The worker's source, beside this module: drawing runs from the source tree, never from Astro's bundle. */
const WORKER_FILE = new URL('./worker.ts', import.meta.url);

export function threadCount(env: NodeJS.ProcessEnv = process.env): number {
  return rasterThreadsFrom(env.CLUSTER_ATLAS_RASTER_THREADS) ?? availableParallelism();
}

interface Pending {
  id: number;
  job: RasterJob;
  resolve(png: Buffer): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  busy: Pending | undefined;
}

const queue: Pending[] = [];
const slots: Slot[] = [];
let nextId = 0;

function startWorker(): Slot {
  const slot: Slot = { worker: new Worker(WORKER_FILE, { resourceLimits: RASTER_THREAD_LIMITS }), busy: undefined };
  slot.worker.on('message', (message: ResultMessage) => {
    const done = slot.busy;
    slot.busy = undefined;
    if (done && done.id === message.id) {
      if ('png' in message) done.resolve(Buffer.from(message.png.buffer, message.png.byteOffset, message.png.byteLength));
      else done.reject(Object.assign(new Error(message.error.message), { stack: message.error.stack }));
    }
    dispatch();
  });
  // A thread that fails or ends is gone: its job fails with the reason, and the next job starts a new thread.
  const lost = (error: Error) => {
    if (!slots.includes(slot)) return;
    slots.splice(slots.indexOf(slot), 1);
    slot.busy?.reject(error);
    slot.busy = undefined;
    dispatch();
  };
  slot.worker.on('error', lost);
  slot.worker.on('exit', (code) => lost(new Error(`a raster worker thread ended (exit code ${code}) while drawing`)));
  slots.push(slot);
  return slot;
}

let threads: number | undefined;
/** Threads to draw on, read from the environment once (0: this thread draws). */
export const rasterThreads = () => (threads ??= threadCount());

function dispatch(): void {
  for (const slot of slots) if (!slot.busy) slot.worker.unref();
  while (queue.length) {
    const slot = slots.find((s) => !s.busy) ?? (slots.length < rasterThreads() ? startWorker() : undefined);
    if (!slot) return;
    const pending = queue.shift()!;
    slot.busy = pending;
    // A thread with work keeps its parent alive; an idle one does not, so the drawing thread ends when its images are done.
    slot.worker.ref();
    slot.worker.postMessage({ id: pending.id, job: pending.job } satisfies JobMessage);
  }
}

function drawOnWorker(job: RasterJob): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    queue.push({ id: nextId++, job, resolve, reject });
    dispatch();
  });
}

/** Draws on this thread; the drawing libraries are loaded only then, since a thread that hands jobs to workers never needs them. */
async function drawHere(job: RasterJob): Promise<Buffer> {
  const { drawJob } = await import('./jobs.ts');
  return drawJob(job);
}

/** The PNG of a job: from the cache, or drawn on a worker thread (or this one) and then cached. */
export async function drawPng(job: RasterJob): Promise<Buffer> {
  const key = pngCacheKey(job);
  const cached = readCachedPng(key);
  if (cached) return cached;
  const png = rasterThreads() === 0 ? await drawHere(job) : await drawOnWorker(job);
  writeCachedPng(key, png);
  return png;
}
