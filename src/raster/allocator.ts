/**
 * resvg's allocator (mimalloc, built into @resvg/resvg-js) hands freed memory back to the system
 * at once by default, so each card's 3 MB canvas is a fresh mapping: about 2,000 page faults and
 * a third of resvg's time per card. A purge delay keeps freed memory for reuse instead, so the
 * next card's canvases reuse the same pages. mimalloc reads this from the process's environment
 * (shared by all its threads) when resvg is first loaded, so it must be set before then: by the
 * thread that starts the drawing threads (integration.ts), or before a script imports resvg. A
 * value already set is kept.
 *
 * 20 ms, not never (-1): kept for ever, what the threads freed grew for as long as they drew. On
 * the 3,456 images of a 100× build (scripts drawing them alone, 2 threads), never purging peaked
 * at 913–955 MB and 92 s of CPU; 20 ms at 768–795 MB and 92–97 s; purging at once (0) at 775 MB
 * and 107 s.
 */
export function keepAllocatorMemory(): void {
  process.env.MIMALLOC_PURGE_DELAY ??= '20';
}
