import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/**
 * A dependency loaded on first use rather than at start-up. HTML parsing (linkedom,
 * Readability) and chrono-node cost about 0.1 s each to load, and a host starts twice (its own
 * thread and the library worker); most starts never meet an HTML page or an odd date line.
 * Both packages ship CommonJS builds, so this stays synchronous.
 */
export function lazyModule<T>(id: string): () => T {
  let mod: T | undefined;
  return () => (mod ??= load(id) as T);
}
