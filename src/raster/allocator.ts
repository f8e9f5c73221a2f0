/**
 * resvg's allocator (mimalloc, built into @resvg/resvg-js) hands freed memory back to the system
 * at once by default, so each card's 3 MB canvas is a fresh mapping: about 2,000 page faults and
 * a third of resvg's time per card. Keeping freed memory for reuse instead (a purge delay of -1)
 * makes the canvases reuse the same pages; the memory kept is what one card needs at a time on
 * each raster thread. mimalloc reads this from the process's environment (shared by all its
 * threads) when resvg is first loaded, so it must be set before then: by the thread that starts
 * the drawing threads (integration.ts), or before a script imports resvg. A value already set is kept.
 */
export function keepAllocatorMemory(): void {
  process.env.MIMALLOC_PURGE_DELAY ??= '-1';
}
