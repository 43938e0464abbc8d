import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
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

/** Extraction on the calling thread: for small jobs, tests, and hosts without a worker build. */
export function inlinePool(): ExtractPool {
  return {
    parallelism: 1,
    async prepare(inputs) {
      return inputs.map((input) => {
        try {
          return { ok: true, value: prepareArticle(input) } as const;
        } catch (e) {
          return { ok: false, message: (e as Error).message } as const;
        }
      });
    },
    async close() {},
  };
}

/**
 * A pool of extraction workers, one per core (the writer shares a core with one of them: it
 * mostly waits on SQLite, which is cheaper than extraction per article).
 */
export function workerPool(workerFile: string, size = Math.max(1, availableParallelism())): ExtractPool {
  const workers = Array.from({ length: size }, () => new Worker(workerFile));
  const idle = [...workers];
  const waiting: ((w: Worker) => void)[] = [];
  let seq = 0;
  const acquire = () => new Promise<Worker>((resolve) => (idle.length ? resolve(idle.pop()!) : waiting.push(resolve)));
  const release = (w: Worker) => (waiting.length ? waiting.shift()!(w) : idle.push(w));
  return {
    parallelism: size,
    async prepare(inputs) {
      const w = await acquire();
      const id = ++seq;
      try {
        // The raw bytes stay on this thread (the writer stores them; extraction reads only the
        // decoded text): sending them there and back doubled what crossed between threads.
        const slim = inputs.map((input) => ({ ...input, raw: NO_BYTES }));
        const outcomes = await new Promise<PrepareOutcome[]>((resolve, reject) => {
          const onMessage = (m: { id: number; out: PrepareOutcome[] }) => {
            if (m.id !== id) return;
            w.off('message', onMessage);
            w.off('error', reject);
            resolve(m.out);
          };
          w.on('message', onMessage);
          w.once('error', reject);
          w.postMessage({ id, inputs: slim });
        });
        outcomes.forEach((o, i) => {
          if (!o.ok) return;
          o.value.raw = inputs[i]!.raw;
          o.value.sha256 = sha256(inputs[i]!.raw);
        });
        return outcomes;
      } finally {
        release(w);
      }
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
