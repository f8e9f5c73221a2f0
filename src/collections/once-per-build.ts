/**
 * A read made once per build: thousands of pages ask for the same collections. The dev server
 * reads again each time, since the data can change under it. Callers must not mutate what they get.
 */
export function oncePerBuild<T>(read: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? read() : (kept ??= read()));
}
