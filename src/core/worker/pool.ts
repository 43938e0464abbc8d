/**
 * The one worker pool of the library thread: a fixed set of worker threads started from one
 * built entry (`extract-worker.js`, `compare-worker.js`), each answering batches it is sent,
 * matched by sequence number. A batch goes to the live worker with the fewest batches out; a
 * worker that fails or stops rejects its batches and gets no more.
 */
import { Worker } from 'node:worker_threads';
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
  const slots = Array.from({ length: Math.max(1, size) }, () => {
    const w = new Worker(workerFile);
    const waiting = new Map<number, { resolve: (out: Out) => void; reject: (e: Error) => void }>();
    const slot = { w, waiting, alive: true };
    const failAll = (e: Error) => {
      slot.alive = false;
      for (const p of waiting.values()) p.reject(e);
      waiting.clear();
    };
    w.on('message', (m: PoolReply<Out>) => {
      waiting.get(m.seq)?.resolve(m.out);
      waiting.delete(m.seq);
    });
    w.on('error', (e) => failAll(new Error(`${name} failed: ${e.message}`)));
    w.on('exit', (code) => failAll(new Error(`${name} stopped (exit code ${code})`)));
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
      for (const x of slots) x.alive = false;
      await Promise.all(slots.map((x) => x.w.terminate()));
    },
  };
}
