/**
 * Which batch a pool worker works on now and since when, in memory shared with the pool's
 * thread. The worker writes it as it takes up a batch, without waiting for that thread, so the
 * pool can send a worker several batches at once (it never waits on a busy library thread for
 * its next one) and still count each batch's time limit from when the batch began, not from
 * when it was sent. With the start it notes its own CPU time then (`thread-cpu.ts`), so the
 * limit can count the batch's work rather than the machine's load.
 */
export class BatchClock {
  /** [seq] of the batch begun last (0 before the first), [thread id] for reading its CPU time. */
  readonly #ints: Int32Array;
  /** [Date.now()] when it began, [the thread's CPU ms] then (NaN if unread). */
  readonly #times: Float64Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(24)) {
    this.#times = new Float64Array(buffer, 0, 2);
    this.#ints = new Int32Array(buffer, 16, 2);
  }

  /** Worker side: batch `seq` begins now, the thread having used `cpuMs` of CPU so far. */
  start(seq: number, cpuMs = NaN): void {
    this.#times[0] = Date.now();
    this.#times[1] = cpuMs;
    // The store after the times publishes them (Atomics order the plain writes before it).
    Atomics.store(this.#ints, 0, seq);
  }

  /** When batch `seq` began, or null if the worker is on another one (or has not reported). */
  startedAt(seq: number): number | null {
    return Atomics.load(this.#ints, 0) === seq ? this.#times[0]! : null;
  }

  /** The worker's CPU ms when batch `seq` began; null if on another one or unread. */
  cpuAtStart(seq: number): number | null {
    if (Atomics.load(this.#ints, 0) !== seq) return null;
    const ms = this.#times[1]!;
    return Number.isNaN(ms) ? null : ms;
  }

  /** The worker thread's id (`ownThreadId`), 0 if not noted. */
  get threadId(): number {
    return Atomics.load(this.#ints, 1);
  }

  set threadId(id: number) {
    Atomics.store(this.#ints, 1, id);
  }

  /** Whether the worker has ever reported a batch (workers not built on `serveBatches` do not). */
  get reporting(): boolean {
    return Atomics.load(this.#ints, 0) !== 0;
  }
}
