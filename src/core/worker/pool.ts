/**
 * The one worker pool of the library thread: a fixed set of worker threads started from one
 * built entry (`extract-worker.js`, `compare-worker.js`), each answering batches it is sent,
 * matched by sequence number. A batch goes to the worker with the fewest batches out; a worker
 * that fails or stops (out of memory: they run under `HELPER_LIMITS`) rejects its batches and
 * is replaced by a fresh one, so one bad batch never leaves a long job without workers.
 */
import { Worker } from 'node:worker_threads';
import { HELPER_LIMITS } from './limits';
import type { PoolReply, PoolRequest } from './serve';

/** Worker threads running one entry. */
export interface WorkerPool<In, Out> {
  /** How many workers were started. */
  readonly size: number;
  /** Sends a batch to the least busy live worker; rejects if that worker fails or none is left. */
  run(input: In, transfer?: readonly ArrayBuffer[]): Promise<Out>;
  /** Stops every worker; batches still out reject. */
  close(): Promise<void>;
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
  let closing = false;
  type Slot = { w: Worker; waiting: Map<number, { resolve: (out: Out) => void; reject: (e: Error) => void }>; alive: boolean };
  const start = (slot: Slot) => {
    const w = new Worker(workerFile, { resourceLimits: HELPER_LIMITS });
    slot.w = w;
    slot.alive = true;
    let failed = false;
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      slot.alive = false;
      for (const p of slot.waiting.values()) p.reject(e);
      slot.waiting.clear();
      if (!closing) start(slot);
    };
    w.on('message', (m: PoolReply<Out>) => {
      slot.waiting.get(m.seq)?.resolve(m.out);
      slot.waiting.delete(m.seq);
    });
    w.on('error', (e) => fail(new Error(`${name} failed: ${e.message}`)));
    w.on('exit', (code) => fail(new Error(`${name} stopped (exit code ${code})`)));
  };
  const slots = Array.from({ length: Math.max(1, size) }, () => {
    const slot = { waiting: new Map(), alive: false } as unknown as Slot;
    start(slot);
    return slot;
  });
  return {
    size: slots.length,
    run(input, transfer = []) {
      const alive = slots.filter((x) => x.alive);
      if (alive.length === 0) return Promise.reject(new Error(`${name}: none left running`));
      const slot = alive.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
      const s = ++seq;
      return new Promise<Out>((resolve, reject) => {
        slot.waiting.set(s, { resolve, reject });
        slot.w.postMessage({ seq: s, input } satisfies PoolRequest<In>, transfer as ArrayBuffer[]);
      });
    },
    async close() {
      closing = true;
      for (const x of slots) x.alive = false;
      await Promise.all(slots.map((x) => x.w.terminate()));
    },
  };
}
