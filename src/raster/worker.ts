/**
 * A raster worker thread (started by pool.ts): draws each job it is sent and sends the PNG back,
 * or the error's message and stack.
 */
import { parentPort } from 'node:worker_threads';
import { drawJob, type RasterJob } from './jobs.ts';

export interface JobMessage {
  id: number;
  job: RasterJob;
}
export type ResultMessage = { id: number; png: Uint8Array } | { id: number; error: { message: string; stack?: string | undefined } };

if (!parentPort) throw new Error('src/raster/worker.ts runs as a worker thread (see pool.ts)');
const port = parentPort;
port.on('message', async ({ id, job }: JobMessage) => {
  try {
    const png = await drawJob(job);
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
    port.postMessage({ id, png: bytes } satisfies ResultMessage);
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ id, error: { message: e.message, stack: e.stack } } satisfies ResultMessage);
  }
});
