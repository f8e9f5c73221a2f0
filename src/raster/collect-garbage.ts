/**
 * A full garbage collection of the calling thread, asked for once, before the image step starts
 * its threads (integration.ts). When Astro has rendered the last page its thread goes idle with
 * the pages' garbage still in its heap (about 200 MB at 100×: 477 MB of heap for 290 MB alive),
 * and V8 collects an idle heap only a minute or more later, so the raster threads' memory came on
 * top of it: the build's peak. Collecting first costs well under a second.
 *
 * Node gives no `gc()` without --expose-gc at startup, which `astro build` is not given; a context
 * made while the flag is set has the function, and the flag is unset at once so that no thread
 * started later sees a `gc` global.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  let gc: (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;
  try {
    gc = runInNewContext('gc') as typeof gc;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
  // The last-resort flavour collects until nothing more is freed and gives the emptied pages back
  // to the system at once; a plain collection left them mapped (at 100× the heap stayed at 422 MB
  // for 120 MB alive) while the drawing threads started.
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
