/**
 * The one worker pool of the library thread: a fixed set of worker threads started from one
 * built entry (`extract-worker.js`, `compare-worker.js`), each answering batches it is sent,
 * matched by sequence number. A batch goes to the live worker with the fewest batches out; a
 * worker that fails or stops (out of memory: they run under `HELPER_LIMITS`) rejects its
 * batches and a fresh one takes its place. A batch sent with a time limit that runs past it
 * costs its worker the same way, so one input that never finishes cannot hold a slot for good.
 */
import { Worker } from 'node:worker_threads';
import { HELPER_LIMITS } from './limits';
import type { PoolReply, PoolRequest } from './serve';

/** How a batch is sent. */
export interface RunOptions {
  /** Buffers moved to the worker instead of copied. */
  transfer?: readonly ArrayBuffer[];
  /**
   * Milliseconds the batch may take from when it is sent. Past that the batch rejects
   * with a `TimeLimitError` and its worker is replaced; other batches out on that worker reject
   * too, so callers that set a limit send one batch per worker at a time.
   */
  timeLimitMs?: number;
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

/** A batch ran past its time limit (its worker was replaced). */
export class TimeLimitError extends Error {
  constructor(readonly limitMs: number) {
    super(`took longer than ${Math.round(limitMs / 1000)} s`);
    this.name = 'TimeLimitError';
  }
}

interface Waiting<Out> {
  resolve: (out: Out) => void;
  reject: (e: Error) => void;
}

interface Slot<Out> {
  w: Worker;
  waiting: Map<number, Waiting<Out>>;
  alive: boolean;
}

/**
 * Starts `size` workers from the built `workerFile`; `name` says which in error messages.
 *
 * ```ts
 * const pool = workerPool<CompareSourceRow[], AnalysisOutcome[]>(file, 2, 'compare worker');
 * const outcomes = await pool.run(sources);
 * ```
 */
export function workerPool<In, Out>(workerFile: string, size: number, name: string): WorkerPool<In, Out> {
  let seq = 0;
  let closed = false;
  /** Starts a worker into `slot`; its messages and failures count only while it is the slot's. */
  const start = (slot: Slot<Out>) => {
    const w = new Worker(workerFile, { resourceLimits: HELPER_LIMITS });
    slot.w = w;
    slot.waiting = new Map();
    slot.alive = true;
    const waiting = slot.waiting;
    let failed = false;
    const failAll = (e: Error) => {
      for (const p of waiting.values()) p.reject(e);
      waiting.clear();
      if (failed || slot.w !== w) return;
      failed = true;
      // A worker that died (not one the pool terminated) is replaced: a long job keeps its workers.
      if (closed) slot.alive = false;
      else start(slot);
    };
    w.on('message', (m: PoolReply<Out>) => {
      waiting.get(m.seq)?.resolve(m.out);
      waiting.delete(m.seq);
    });
    w.on('error', (e) => failAll(new Error(`${name} failed: ${e.message}`)));
    w.on('exit', (code) => failAll(new Error(`${name} stopped (exit code ${code})`)));
  };
  const slots = Array.from({ length: Math.max(1, size) }, () => {
    const slot = {} as Slot<Out>;
    start(slot);
    return slot;
  });
  return {
    size: slots.length,
    run(input, options = {}) {
      const alive = slots.filter((x) => x.alive);
      if (alive.length === 0) return Promise.reject(new Error(`${name}: none left running`));
      const slot = alive.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
      const s = ++seq;
      const { w, waiting } = slot;
      return new Promise<Out>((resolve, reject) => {
        const limit = options.timeLimitMs;
        let timer: NodeJS.Timeout | undefined;
        if (limit !== undefined) {
          timer = setTimeout(() => {
            if (slot.w !== w || !waiting.has(s)) return;
            waiting.delete(s);
            reject(new TimeLimitError(limit));
            // The worker is stuck on this batch; nothing else it holds will come back either.
            for (const p of waiting.values()) p.reject(new Error(`${name} was restarted: another batch ran past its time limit`));
            waiting.clear();
            void w.terminate();
            if (!closed) start(slot);
            else slot.alive = false;
          }, limit);
        }
        const done = () => clearTimeout(timer);
        waiting.set(s, { resolve: (out) => (done(), resolve(out)), reject: (e) => (done(), reject(e)) });
        w.postMessage({ seq: s, input } satisfies PoolRequest<In>, (options.transfer ?? []) as ArrayBuffer[]);
      });
    },
    async close() {
      closed = true;
      for (const x of slots) x.alive = false;
      await Promise.all(slots.map((x) => x.w.terminate()));
    },
  };
}
