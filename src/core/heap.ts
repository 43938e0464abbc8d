import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

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

/** V8's `gc` for `compactHeapNow`: the host's, or one fetched from a fresh context. */
let fetchedGc: (() => void) | null = null;

/**
 * Collects this thread's garbage now, in full, and compacts its heap, so V8 gives the pages the
 * garbage held back to the system — in every host (where the host did not expose `gc`, it is
 * fetched once from a fresh context with the flag that installs it; the flag goes back at once).
 *
 * For the turn between two memory-hungry jobs on one thread: a 10k import left the library
 * thread's heap at 61–70 MB with ~30 MB alive, which V8 collected only seconds later (or when the
 * heap grew again), and the compare catch-up after it started its worker on top of that (on a
 * quiet machine the window import's peak, 341 MB, came there; `core/search/README.md`, import
 * memory). A plain full collection frees the objects but keeps the pages that still hold a few
 * live ones (59 MB of heap for 30 MB alive); compacting moves those and frees the pages (38 MB).
 * One pause on the calling thread: 394 ms for a 10k CLI import's heap at load ~23.
 */
export function compactHeapNow(): void {
  const gc = (globalThis as { gc?: () => void }).gc ?? (fetchedGc ??= fetchGc());
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    gc();
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
}

function fetchGc(): () => void {
  // The flag is process-wide: where a host switched it on (serve, for every thread), a fresh
  // context already has `gc`, and switching the flag off here would leave workers started later
  // without one, their collections silently doing nothing.
  const present = runInNewContext('typeof gc === "function" ? gc : undefined') as (() => void) | undefined;
  if (present) return present;
  setFlagsFromString('--expose-gc');
  try {
    return runInNewContext('gc') as () => void;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}
