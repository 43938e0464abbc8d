import { setFlagsFromString } from 'node:v8';

/**
 * V8's budget of bytecode it inlines into one function it optimises, while `compilingLean`
 * runs, and V8's default, which it goes back to.
 */
const LEAN_INLINING = 230;
const DEFAULT_INLINING = 920;

/** Jobs running now under `compilingLean`. */
let lean = 0;

/**
 * Runs `work` with V8 inlining less into the functions it optimises (for every thread of the
 * process), and back to its default after; jobs may overlap, the default comes back when the
 * last ends.
 *
 * For a large compare catch-up in fresh threads. The analysis has a few very large functions
 * (the name finder), and each thread that runs it compiles them again and again as new kinds of
 * input reach them (per thread, seven times each in a 10k catch-up, `--trace-opt`): that
 * compilation on V8's platform threads was ~5 s of a 10k first build's ~19 s CPU, on the two
 * cores the analysis itself needs. With a quarter of the budget the platform threads spent
 * ~1.2–1.6 s less and the analysing threads no more within the noise (see `core/derived/README.md`).
 */
export async function compilingLean<T>(work: () => Promise<T>): Promise<T> {
  if (lean++ === 0) setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${LEAN_INLINING}`);
  try {
    return await work();
  } finally {
    if (--lean === 0) setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${DEFAULT_INLINING}`);
  }
}
