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

/** How a memory-hungry job holds its heaps down (see `favouringMemory`). */
export type MemoryFavour = 'slow-growth' | 'size';

/** Jobs running now under each way, for `favouringMemory`. */
const favouring: Record<MemoryFavour, number> = { 'slow-growth': 0, size: 0 };

/**
 * `--heap-growing-percent` outside `favouringMemory`: 0 is V8's default (its own factor), or
 * what a host set (`setHeapGrowingPercent`). A job's flag goes back to it, not to V8's default:
 * the browser host's 20 % was lost after its first import.
 */
let baseGrowingPercent = 0;

/** The V8 flags of each way, set while a job of that way runs, and what they go back to. */
const FLAGS: Record<MemoryFavour, () => [on: string, off: string]> = {
  // Old generations grow by a tenth over what a full collection left, not by V8's 1.1–4×.
  'slow-growth': () => ['--heap-growing-percent=10', `--heap-growing-percent=${baseGrowingPercent}`],
  size: () => ['--optimize-for-size', '--no-optimize-for-size'],
};

/**
 * Sets how far V8 lets this process's heaps grow past what a full collection kept, in per cent
 * (`--heap-growing-percent`; 0: V8's own factor), as the process keeps it: a memory-favouring
 * job running now changes it when it ends, and later ones go back to it.
 */
export function setHeapGrowingPercent(percent: number): void {
  baseGrowingPercent = percent;
  if (favouring['slow-growth'] === 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}

/** True while a memory-hungry job (an import, a frugal catch-up) runs under `favouringMemory`. */
export function memoryFavoured(): boolean {
  return favouring['slow-growth'] + favouring.size > 0;
}

/**
 * Runs `work` with V8 told to favour memory over speed (for every thread of the process), and
 * back to what it was told before after (a host's heap growth: `setHeapGrowingPercent`). Jobs
 * may overlap; a way's flag goes back when its last job ends.
 *
 * - `size` (`--optimize-for-size`): small heaps at any cost. A 10k import allocates much
 *   short-lived data (a batch of articles per turn, decoded and written): V8's default let the
 *   library thread's heap grow to ~130 MB with 17 MB alive, and the import peaked at ~430 MB
 *   (~280 MB with it). But it also compiles for size: the extraction helper spent ~25 % more
 *   CPU. Kept for the compare catch-up after an import, which holds the process's peak (its
 *   analysis helper's word caches on top of what the import left): without it ~340 MB.
 * - `slow-growth` (`--heap-growing-percent=10`): only the heap sizing of `size`. A 10k import
 *   from the CLI peaks where it did under `size` (~288 MB) with the helper's CPU as without
 *   either (28.7 s user for the CLI's import and catch-up with neither, 38.7 with `size`
 *   throughout, ~31 with this for the import).
 *
 * Not for good: building a large live structure under either collects garbage without end
 * (the 100k suggestion index: 2.6 s → 70 s under `size`).
 */
export async function favouringMemory<T>(work: () => Promise<T>, how: MemoryFavour = 'size'): Promise<T> {
  if (favouring[how]++ === 0) setFlagsFromString(FLAGS[how]()[0]);
  try {
    return await work();
  } finally {
    if (--favouring[how] === 0) setFlagsFromString(FLAGS[how]()[1]);
  }
}
