import { helperThreads } from '../worker/limits';
import { workerPool as startWorkers } from '../worker/pool';
import { prepareArticle, sha256, type PrepareInput, type PreparedArticle } from './prepare';

const NO_BYTES = new Uint8Array(0);

/** What extracting one input gave: the article, or why it failed. */
export type PrepareOutcome = { ok: true; value: PreparedArticle } | { ok: false; message: string };

/** Runs extraction for batches of inputs, on worker threads or (without a worker file) here. */
export interface ExtractPool {
  prepare(inputs: PrepareInput[]): Promise<PrepareOutcome[]>;
  /** How many batches may be in flight before the caller should wait. */
  readonly parallelism: number;
  close(): Promise<void>;
}

/** Extracts a batch on this thread, exactly as an extraction worker does. */
export function prepareBatch(inputs: PrepareInput[]): PrepareOutcome[] {
  return inputs.map((input) => {
    try {
      return { ok: true, value: prepareArticle(input) } as const;
    } catch (e) {
      return { ok: false, message: (e as Error).message } as const;
    }
  });
}

/** Extraction on the calling thread: for small jobs, tests, and hosts without a worker build. */
export function inlinePool(): ExtractPool {
  return {
    parallelism: 1,
    async prepare(inputs) {
      return prepareBatch(inputs);
    },
    async close() {},
  };
}

/**
 * A pool of extraction workers, one per core but one (`helperThreads`: the writer has a core
 * of its own). A batch whose worker fails (out of memory on an enormous article) is extracted
 * here instead, so one bad input costs only itself; the pool replaces the worker.
 */
export function workerPool(workerFile: string, size = helperThreads()): ExtractPool {
  const pool = startWorkers<PrepareInput[], PrepareOutcome[]>(workerFile, size, 'extraction worker');
  return {
    parallelism: pool.size,
    async prepare(inputs) {
      // The raw bytes stay on this thread (the writer stores them; extraction reads only the
      // decoded text): sending them there and back doubled what crossed between threads.
      let outcomes: PrepareOutcome[];
      try {
        outcomes = await pool.run(inputs.map((input) => ({ ...input, raw: NO_BYTES })));
      } catch {
        return prepareBatch(inputs);
      }
      outcomes.forEach((o, i) => {
        if (!o.ok) return;
        o.value.raw = inputs[i]!.raw;
        o.value.sha256 = sha256(inputs[i]!.raw);
      });
      return outcomes;
    },
    close: () => pool.close(),
  };
}
