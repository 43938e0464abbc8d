import { setFlagsFromString } from 'node:v8';

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
 * Keeps the heaps of this process (every thread: V8's flags are per process) close to what
 * they hold alive. For a long-running host whose resident set is the user's cost (the browser
 * host at 100k reports: 369 → 289 MB after browsing and four searches); set before the library
 * thread starts.
 */
export function keepHeapsTight(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
