/**
 * The one worker pool of the library thread: a fixed set of worker threads started from one
 * built entry (`extract-worker.js`, `compare-worker.js`), each answering batches it is sent,
 * matched by sequence number. A batch goes to the live worker with the fewest batches out; a
 * worker that fails or stops (out of memory: they run under `HELPER_LIMITS`) rejects the batch
 * it was on and a fresh one takes its place. A batch sent with a time limit that runs past it
 * costs its worker the same way, so one input that never finishes cannot hold a slot for good.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { BatchClock } from './batch-clock';
import { HELPER_LIMITS } from './limits';
import type { PoolProgress, PoolReply, PoolRequest, PoolWorkerData } from './serve';
import { cpuSource, workerCpuMs } from './thread-cpu';
import { limitVerdict, type LimitReading } from './time-limit';

/** How a batch is sent. */
export interface RunOptions {
  /** Buffers moved to the worker instead of copied. */
  transfer?: readonly ArrayBuffer[];
  /**
   * Milliseconds of its worker thread's CPU time the batch may take from when the worker begins
   * it (wall time where the CPU time cannot be read: `thread-cpu.ts`). Past that, or past
   * `backstopMs` of wall time, the batch rejects with a `TimeLimitError` and its worker is
   * replaced; the batches queued behind it go to the replacement.
   */
  timeLimitMs?: number;
  /** Wall time at most with `timeLimitMs`, for a thread starved of CPU; default `BACKSTOP_FACTOR` × it. */
  backstopMs?: number;
  /**
   * Not kept to be sent again: the input is let go once posted (a large input, copied to the
   * worker, is then garbage at once on this thread rather than held until the answer comes, the
   * next collections copying it and promoting it to the old generation). A worker that fails
   * rejects such a batch whether it had begun it or not; the caller keeps what it needs to
   * redo it.
   */
  once?: boolean;
  /**
   * Told how many of the batch's items its worker has finished, while it works on it (workers
   * whose handler calls `itemDone`, `serve.ts`; at most every `PROGRESS_EVERY_MS`). Not told
   * at the end: the answer says that. Counts restart if the batch is sent again.
   */
  onProgress?: (done: number) => void;
}

/** Worker threads running one entry. */
export interface WorkerPool<In, Out> {
  /** How many workers were started. */
  readonly size: number;
  /** Sends a batch to the least busy live worker; rejects if that worker fails or none is left. */
  run(input: In, options?: RunOptions): Promise<Out>;
  /** Stops every worker; batches still out reject. */
  close(): Promise<void>;
}

/**
 * A worker ran out of its heap (`ResourceLimits.maxOldGenerationSizeMb`) on a batch: the input
 * is too big or too deep for a helper, not a fault of the program, and is said so.
 */
export class OutOfMemoryError extends Error {
  constructor(readonly heapMb: number) {
    super(`ran out of its ${heapMb} MB of memory`);
    this.name = 'OutOfMemoryError';
  }
}

/** A batch ran past its time limit (its worker was replaced). */
export class TimeLimitError extends Error {
  constructor(readonly limitMs: number) {
    super(`took longer than ${Math.round(limitMs / 1000)} s`);
    this.name = 'TimeLimitError';
  }
}

interface Waiting<In, Out> {
  /** Undefined once posted when sent `once`. */
  input: In | undefined;
  options: RunOptions;
  resolve: (out: Out) => void;
  reject: (e: Error) => void;
  timer?: NodeJS.Timeout;
}

interface Slot<In, Out> {
  w: Worker;
  clock: BatchClock;
  /** Batches sent to this worker and not answered, in the order sent (the order it takes them up). */
  waiting: Map<number, Waiting<In, Out>>;
  alive: boolean;
}

/**
 * Starts `size` workers from the built `workerFile`, under `limits` (default `HELPER_LIMITS`);
 * `name` says which in error messages.
 * A worker may hold several batches: it takes them up one after another, and notes which it
 * works on in a `BatchClock`, so a time limit counts from when its batch began (in the worker's
 * own CPU time where it can be read, with a wall-time backstop: `time-limit.ts`) and a worker
 * that dies or is stopped takes down only the batch it was on; the batches queued behind it go
 * to its replacement. (Workers that do not note it, not built on `serveBatches`, take down all
 * they hold.)
 *
 * ```ts
 * const pool = workerPool<CompareSourceRow[], AnalysisOutcome[]>(file, 2, 'compare worker');
 * const outcomes = await pool.run(sources);
 * ```
 */
export function workerPool<In, Out>(workerFile: string, size: number, name: string, limits: ResourceLimits = HELPER_LIMITS): WorkerPool<In, Out> {
  let seq = 0;
  let closed = false;
  const cpu = cpuSource();
  /** Sends batch `s` to `slot`'s worker, with its time limit watched from when it begins. */
  const send = (slot: Slot<In, Out>, s: number, job: Waiting<In, Out>) => {
    const { w, waiting, clock } = slot;
    waiting.set(s, job);
    const limit = job.options.timeLimitMs;
    if (limit !== undefined) {
      const sentAt = Date.now();
      const check = () => void look();
      const look = async () => {
        if (slot.w !== w || waiting.get(s) !== job) return;
        let reading: LimitReading;
        if (!clock.reporting) {
          // No batch begun on this worker yet: a fresh one may still be loading its code (seconds
          // on a loaded machine), and that load is not the batch's time. Only the wall-time
          // backstop, from when the batch was sent, bounds the wait (and alone bounds a worker
          // that never reports).
          reading = { wallMs: Date.now() - sentAt, cpuMs: 0 };
        } else {
          const began = clock.startedAt(s);
          // Not begun yet (the worker is on an earlier batch): look again a limit later.
          if (began === null) {
            job.timer = setTimeout(check, limit);
            return;
          }
          const cpuAtStart = clock.cpuAtStart(s);
          const cpuNow = cpuAtStart === null ? null : await workerCpuMs(w, cpu, clock.threadId);
          if (slot.w !== w || waiting.get(s) !== job) return;
          // Finished (the worker took up the next batch) and its answer not yet read here: not late.
          if (clock.startedAt(s) === null) {
            job.timer = setTimeout(check, limit);
            return;
          }
          reading = { wallMs: Date.now() - began, cpuMs: cpuNow === null || cpuAtStart === null ? null : cpuNow - cpuAtStart };
        }
        const verdict = limitVerdict(limit, reading, job.options.backstopMs);
        if (verdict.stop === null) {
          job.timer = setTimeout(check, verdict.againInMs);
          return;
        }
        waiting.delete(s);
        job.reject(new TimeLimitError(limit));
        // The worker is stuck on this batch; the ones behind it never began and go to its replacement.
        replace(slot, w, null);
      };
      // CPU time grows no faster than wall time: nothing can be past the limit before then.
      job.timer = setTimeout(check, limit);
    }
    // A job is posted before a `once` input is let go, and such a job is never posted again.
    w.postMessage({ seq: s, input: job.input as In } satisfies PoolRequest<In>, (job.options.transfer ?? []) as ArrayBuffer[]);
    if (job.options.once) job.input = undefined;
  };
  /**
   * Stops worker `w` of `slot` and starts another. The batch it was on rejects with `failure`
   * (unless already settled); the ones it had not begun are sent again, to the new worker.
   */
  const replace = (slot: Slot<In, Out>, w: Worker, failure: Error | null) => {
    if (slot.w !== w) return;
    const { waiting, clock } = slot;
    const rest: [number, Waiting<In, Out>][] = [];
    for (const [s, job] of waiting) {
      const begun = !clock.reporting || clock.startedAt(s) !== null;
      // A batch whose buffers were moved to the dead worker, or whose input was let go, cannot be sent again.
      if (begun || closed || job.options.transfer?.length || job.options.once) settle(job, failure ?? new Error(`${name} was restarted: another batch ran past its time limit`));
      else rest.push([s, job]);
    }
    waiting.clear();
    void w.terminate();
    if (closed) {
      slot.alive = false;
      return;
    }
    start(slot);
    for (const [s, job] of rest) {
      clearTimeout(job.timer);
      send(slot, s, job);
    }
  };
  const settle = (job: Waiting<In, Out>, e: Error) => {
    clearTimeout(job.timer);
    job.reject(e);
  };
  /** Starts a worker into `slot`; its messages and failures count only while it is the slot's. */
  const start = (slot: Slot<In, Out>) => {
    const clock = new BatchClock();
    const w = new Worker(workerFile, { resourceLimits: limits, workerData: { clock: clock.buffer, cpu } satisfies PoolWorkerData });
    slot.w = w;
    slot.clock = clock;
    slot.waiting = new Map();
    slot.alive = true;
    const waiting = slot.waiting;
    w.on('message', (m: PoolReply<Out> | PoolProgress) => {
      if ('done' in m) {
        waiting.get(m.seq)?.options.onProgress?.(m.done);
        return;
      }
      const job = waiting.get(m.seq);
      waiting.delete(m.seq);
      if (!job) return;
      clearTimeout(job.timer);
      job.resolve(m.out);
    });
    // A worker that died (not one the pool stopped) is replaced: a long job keeps its workers.
    w.on('error', (e) => {
      const oom = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      replace(slot, w, oom ? new OutOfMemoryError(limits.maxOldGenerationSizeMb ?? 0) : new Error(`${name} failed: ${e.message}`));
    });
    w.on('exit', (code) => replace(slot, w, new Error(`${name} stopped (exit code ${code})`)));
  };
  const slots = Array.from({ length: Math.max(1, size) }, () => {
    const slot = {} as Slot<In, Out>;
    start(slot);
    return slot;
  });
  return {
    size: slots.length,
    run(input, options = {}) {
      const alive = slots.filter((x) => x.alive);
      if (alive.length === 0) return Promise.reject(new Error(`${name}: none left running`));
      const slot = alive.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
      return new Promise<Out>((resolve, reject) => send(slot, ++seq, { input, options, resolve, reject }));
    },
    async close() {
      closed = true;
      for (const x of slots) x.alive = false;
      await Promise.all(slots.map((x) => x.w.terminate()));
    },
  };
}
