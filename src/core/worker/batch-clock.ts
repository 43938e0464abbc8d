/**
 * Which batch a pool worker works on now and since when, in memory shared with the pool's
 * thread. The worker writes it as it takes up a batch, without waiting for that thread, so the
 * pool can send a worker several batches at once (it never waits on a busy library thread for
 * its next one) and still count each batch's time limit from when the batch began, not from
 * when it was sent.
 */
export class BatchClock {
  /** [seq] of the batch begun last; 0 before the first. */
  readonly #seq: Int32Array;
  /** [Date.now()] when it began. */
  readonly #since: Float64Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(16)) {
    this.#since = new Float64Array(buffer, 0, 1);
    this.#seq = new Int32Array(buffer, 8, 1);
  }

  /** Worker side: batch `seq` begins now. */
  start(seq: number): void {
    this.#since[0] = Date.now();
    // The store after the time publishes both (Atomics order the plain write before it).
    Atomics.store(this.#seq, 0, seq);
  }

  /** When batch `seq` began, or null if the worker is on another one (or has not reported). */
  startedAt(seq: number): number | null {
    return Atomics.load(this.#seq, 0) === seq ? this.#since[0]! : null;
  }

  /** Whether the worker has ever reported a batch (workers not built on `serveBatches` do not). */
  get reporting(): boolean {
    return Atomics.load(this.#seq, 0) !== 0;
  }
}
