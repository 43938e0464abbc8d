import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import type { ResourceLimits } from 'node:worker_threads';

/**
 * Heap ceilings of the helper threads (extraction, compare analysis). Their live data is a
 * batch of articles and bounded word caches, a few tens of MB; without a ceiling V8 lets each
 * heap grow with its garbage to well over 100 MB before collecting. A young generation of 8 MB
 * (V8's default is 3 × 16) is collected more often, at a cost that does not show next to
 * extraction.
 *
 * A helper that still runs out (one enormous article) exits; its pool replaces it and does
 * that batch on the calling thread, which has no such ceiling.
 */
export const HELPER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 8 };

/**
 * Heap ceilings of a compare analysis helper that a person waits for (a view's catch-up) while
 * no import runs: the same old generation, V8's default young generation (3 × 16 MB). The
 * analysis allocates a little per word; in the 8 MB of `HELPER_LIMITS`, and under
 * `--optimize-for-size`, it collected garbage a third of its time (10k articles: 16.7 s CPU
 * in one process with both, 10.0 s with the small young generation alone, 6.9 s with neither).
 * An import keeps the frugal limits: its memory cap holds with them.
 */
export const ANALYSIS_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 48 };

/**
 * Helper threads for a large job: one per core but one. The library thread is busy too while
 * they work (it decodes their results and writes SQLite). Two on two cores, now that a helper
 * holds its next inputs queued (`workerPool`), keep all three threads busy, but cost memory the
 * 350 MB budget of a 10k import has not got: peak RSS 335 MB from the CLI and 363 MB from the
 * window (one helper: ~270 / ~310 MB), with `favouringMemory`; 444 / 425 MB without it.
 */
export function helperThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Memory-hungry jobs running now (imports, large catch-ups), for `favouringMemory`. */
let favouring = 0;

/** True while a memory-hungry job (an import, a frugal catch-up) runs under `favouringMemory`. */
export function memoryFavoured(): boolean {
  return favouring > 0;
}

/**
 * Runs `work` with V8 told to favour memory over speed in its heap sizing
 * (`--optimize-for-size`, for every thread of the process), and back to its default after. An
 * import allocates much short-lived data (a batch of articles per turn, decoded and written):
 * V8's default let the library thread's heap grow to ~130 MB with 17 MB alive. Over a 10k
 * import: peak RSS ~430 → ~350 MB (with `helperThreads`: ~280 MB), time within the noise of a
 * loaded machine. Not for good: building a large live structure under it collects garbage
 * without end (the 100k suggestion index: 2.6 s → 70 s). Jobs may overlap; the flag goes back
 * when the last ends.
 */
export async function favouringMemory<T>(work: () => Promise<T>): Promise<T> {
  if (favouring++ === 0) setFlagsFromString('--optimize-for-size');
  try {
    return await work();
  } finally {
    if (--favouring === 0) setFlagsFromString('--no-optimize-for-size');
  }
}
