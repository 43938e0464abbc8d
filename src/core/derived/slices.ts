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

/**
 * Told how far the running build's present stage is (0..1), for a bar that moves inside a long
 * stage (a stage of the views' first build lasts seconds at 100k reports).
 */
export type PartListener = (fraction: number) => void;

/** The listener of the sliced run whose generator runs now (set around each of its steps only). */
let partListener: PartListener | null = null;

/**
 * A build's loop says how far its stage is: `done` of `total` units. Goes to the sliced run that
 * runs the build; nothing when none listens (the CLI, tests, a build run at once).
 */
export function slicePart(done: number, total: number): void {
  if (partListener !== null && total > 0) partListener(Math.min(1, done / total));
}

/** Whether a run listens to `slicePart` now: a loop can skip counting what nobody reads. */
export function isPartHeard(): boolean {
  return partListener !== null;
}

/** One step of a build with `listener` the one told of its parts (restored after: runs nest). */
function step<T>(work: Slices<T>, listener: PartListener | null): IteratorResult<void, T> {
  const outer = partListener;
  partListener = listener;
  try {
    return work.next();
  } finally {
    partListener = outer;
  }
}

/** Runs a build to its end on this turn of the event loop (its loops' parts go to no one). */
export function runAtOnce<T>(work: Slices<T>): T {
  for (;;) {
    const r = step(work, null);
    if (r.done) return r.value;
  }
}

/**
 * Runs a build in slices of about `budgetMs`, giving the thread back (to I/O and queued calls)
 * between them; `onPart` is told what its loops say of their stage (`slicePart`).
 */
export async function runInSlices<T>(work: Slices<T>, budgetMs = budget, onPart: PartListener | null = null): Promise<T> {
  let start = performance.now();
  for (;;) {
    const r = step(work, onPart);
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

/**
 * `f(i)` for each `i` from `from` up to `to` (not included), yielding once every `every` (a power
 * of two) and saying at each yield how far it is (`slicePart`).
 */
export function* sliceLoop(from: number, to: number, every: number, f: (i: number) => void): Slices<void> {
  for (let i = from; i < to; i++) {
    f(i);
    if (sliceAt(i, every)) {
      slicePart(i + 1 - from, to - from);
      yield;
    }
  }
}

/**
 * Runs `work` as the share `[lo, hi]` of its caller's stage: what its loops say of their own
 * progress (0..1) is told to the caller's listener as `lo + f × (hi − lo)`, and `hi` once it
 * ends. A stage of several loops gives each its share, so the stage's progress only rises.
 *
 * ```ts
 * yield* partOf(0, 0.3, readingRows(db)); // the read is the stage's first 30 %
 * yield* partOf(0.3, 1, sliceLoop(0, n, 64, file));
 * ```
 */
export function* partOf<T>(lo: number, hi: number, work: Slices<T>): Slices<T> {
  for (;;) {
    const outer = partListener;
    const r = step(work, outer && ((f: number) => outer(lo + f * (hi - lo))));
    if (r.done) {
      outer?.(hi);
      return r.value;
    }
    yield;
  }
}
