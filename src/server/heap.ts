import { setFlagsFromString } from 'node:v8';
import { setHeapGrowingPercent } from '../core/worker/limits';

/**
 * How much V8 lets a heap grow past what its last full collection kept alive, in per cent.
 *
 * By default V8 picks a factor between 1.1 and 4 from its measured GC and allocation speeds, and
 * on a busy machine it picks high: at 100,000 reports the library thread of `parallax serve`
 * kept ~90 MB alive (the suggestion index, the spellings lookup) and held a ~240 MB heap of
 * garbage of searches and suggestions not yet collected. A fixed 20 % holds it near its live
 * size. Measured over HTTP at 100k (30 searches, 327 suggestions, two runs each on a loaded
 * machine): search median 68–70 ms with V8's default, 41–62 ms at 20 %, 85–110 ms at 10 %
 * (collections too frequent for a ~90 MB live heap); RSS 329–385, 278–284, 270–271 MB.
 */
const HEAP_GROWING_PERCENT = 20;

/**
 * The largest semi-space of a heap's young generation, in MB (V8's default: 16; the young
 * generation commits two of them). After the suggestion index loads, the library thread's young
 * generation stood at 28–31 MB committed and 0–14 MB used. Measured over HTTP at 100k (30
 * searches and 24 suggestions a run, two or three runs of each setting in alternation, load
 * average ~10 on 2 cores): search median 16 MB → 4 MB: 100 → 61 ms, 85 → 83 ms; 4 → 2 MB: 56 →
 * 62 ms; suggest 5–10 ms throughout; RSS 238–245 MB at 16, 217–221 at 4, 212–214 at 2. 4 keeps
 * search as fast and takes most of the gain.
 */
const MAX_SEMI_SPACE_MB = 4;

/**
 * Keeps the heaps of this process (every thread: V8's flags are per process) close to what
 * they hold alive. For a long-running host whose resident set is the user's cost (the browser
 * host at 100k reports: 369 → 289 MB after browsing and four searches); set before the library
 * thread starts. `gc` is exposed so that core can collect after a large one-off load
 * (`core/heap.ts`); nothing else calls it.
 */
export function keepHeapsTight(): void {
  // Through core, so that an import's own heap sizing (`favouringMemory`) comes back to it.
  setHeapGrowingPercent(HEAP_GROWING_PERCENT);
  setFlagsFromString(`--max-semi-space-size=${MAX_SEMI_SPACE_MB}`);
  setFlagsFromString('--expose-gc');
}
