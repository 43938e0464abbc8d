/**
 * Long builds on the library thread, written once and run two ways. A build is a generator that
 * yields between units of its work (a name filed, a report linked, a month grouped); it never
 * yields inside one. `runAtOnce` runs it to its end (the CLI, tests, a view asked while nothing
 * else waits); `runInSlices` gives the thread back once a slice has run its budget, so a search
 * or a page of the list queued meanwhile is answered between two slices instead of after the
 * whole build (the views' first build of a 100k library held the thread 5 s for the people and
 * 37 s for the timeline, and a search typed then waited as long). The same code runs either way,
 * in the same order, so what it builds is the same.
 */

/** A build that yields between its units of work and returns what it made. */
export type Slices<T> = Generator<void, T, undefined>;

/**
 * Time a slice runs before the thread is given back: a search queued behind it waits at most
 * about this long more (a search at 100k takes 5–35 ms), and ~40 turns a second cost the
 * build nothing measurable.
 */
export const SLICE_BUDGET_MS = 12;

let budget = SLICE_BUDGET_MS;

/** Sets the budget of `runInSlices` (0: the thread is given back at every yield, as tests want); returns the one before. */
export function setSliceBudget(ms: number): number {
  const before = budget;
  budget = ms;
  return before;
}

/** What a sliced run reports after each slice (tests count them; a measurement keeps the longest). */
export type SliceObserver = (ms: number) => void;

let observer: SliceObserver | null = null;

/** Sets the function told of every slice's time, the last one's too (null: none). */
export function observeSlices(o: SliceObserver | null): void {
  observer = o;
}

/** Runs a build to its end on this turn of the event loop. */
export function runAtOnce<T>(work: Slices<T>): T {
  for (;;) {
    const r = work.next();
    if (r.done) return r.value;
  }
}

/** Runs a build in slices of about `budgetMs`, giving the thread back (to I/O and queued calls) between them. */
export async function runInSlices<T>(work: Slices<T>, budgetMs = budget): Promise<T> {
  let start = performance.now();
  for (;;) {
    const r = work.next();
    if (r.done) {
      observer?.(performance.now() - start);
      return r.value;
    }
    const ms = performance.now() - start;
    if (ms < budgetMs) continue;
    observer?.(ms);
    await new Promise<void>((resolve) => setImmediate(resolve));
    start = performance.now();
  }
}

/** Whether `i` is a point to yield at when a loop yields once every `every` (a power of two) units. */
export function sliceAt(i: number, every = 64): boolean {
  return (i & (every - 1)) === every - 1;
}

/** `f(i)` for each `i` from `from` up to `to` (not included), yielding once every `every` (a power of two). */
export function* sliceLoop(from: number, to: number, every: number, f: (i: number) => void): Slices<void> {
  for (let i = from; i < to; i++) {
    f(i);
    if (sliceAt(i, every)) yield;
  }
}
