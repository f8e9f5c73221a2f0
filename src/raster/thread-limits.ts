/**
 * A smaller young generation than V8 gives a thread by default, for the threads that lay out and
 * draw images (pool.ts) and the one that lists them (integration.ts). Laying out a card (satori)
 * makes a few MB of short-lived objects, which V8 answered by growing a thread's heap to about
 * 200 MB where 70 MB stay alive: with 24 MB, the raster threads of a 100× build took 220 MB less
 * at the same CPU per card (43 ms; 600 cards of a 100× build on 2 threads). It bounds no more than
 * the nursery: the old generation, which holds the parsed fonts, keeps V8's limit.
 */
export const RASTER_THREAD_LIMITS = { maxYoungGenerationSizeMb: 24 };
