/**
 * Collects garbage now, where the host exposed V8's `gc` (the browser host does, in
 * `server/heap.ts`); a no-op everywhere else.
 *
 * For right after a large one-off load on a long-lived thread: V8 sizes a heap from what its
 * last full collection kept alive, and one that ran mid-load counted the load's intermediate
 * data as alive. Loading the suggestion index at 100,000 reports parses an 18 MB snapshot into
 * a tree several times that size; without a collection then, the library thread kept 127–176 MB
 * of heap for ~76 MB alive until enough later work filled it.
 */
export function collectGarbageNow(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
