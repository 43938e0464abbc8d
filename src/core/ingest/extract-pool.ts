import { Worker } from 'node:worker_threads';
import { prepareArticle, sha256, type PrepareInput, type PreparedArticle } from './prepare';
import { HELPER_LIMITS, helperThreads } from '../worker/limits';

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
 * A pool of extraction workers, one per core but one (`helperThreads`: the writer has a core
 * of its own). A worker that fails
 * (out of memory on an enormous article) is replaced, and its batch is extracted here, so one
 * bad input costs only itself.
 */
export function workerPool(workerFile: string, size = helperThreads()): ExtractPool {
  const spawn = () => new Worker(workerFile, { resourceLimits: HELPER_LIMITS });
  const idle = Array.from({ length: size }, spawn);
  const all = new Set(idle);
  const waiting: ((w: Worker) => void)[] = [];
  let seq = 0;
  const acquire = () => new Promise<Worker>((resolve) => (idle.length ? resolve(idle.pop()!) : waiting.push(resolve)));
  const release = (w: Worker) => (waiting.length ? waiting.shift()!(w) : idle.push(w));
  const inline = inlinePool();
  return {
    parallelism: size,
    async prepare(inputs) {
      const w = await acquire();
      const id = ++seq;
      let failed = false;
      try {
        // The raw bytes stay on this thread (the writer stores them; extraction reads only the
        // decoded text): sending them there and back doubled what crossed between threads.
        const slim = inputs.map((input) => ({ ...input, raw: NO_BYTES }));
        const outcomes = await new Promise<PrepareOutcome[]>((resolve, reject) => {
          const done = () => {
            w.off('message', onMessage);
            w.off('error', onError);
            w.off('exit', onExit);
          };
          const onMessage = (m: { id: number; out: PrepareOutcome[] }) => {
            if (m.id !== id) return;
            done();
            resolve(m.out);
          };
          const onError = (e: Error) => {
            done();
            reject(e);
          };
          const onExit = (code: number) => onError(new Error(`extraction worker stopped (exit code ${code})`));
          w.on('message', onMessage);
          w.on('error', onError);
          w.on('exit', onExit);
          w.postMessage({ id, inputs: slim });
        });
        outcomes.forEach((o, i) => {
          if (!o.ok) return;
          o.value.raw = inputs[i]!.raw;
          o.value.sha256 = sha256(inputs[i]!.raw);
        });
        return outcomes;
      } catch {
        failed = true;
        return inline.prepare(inputs);
      } finally {
        if (!failed) release(w);
        else {
          all.delete(w);
          void w.terminate();
          const fresh = spawn();
          all.add(fresh);
          release(fresh);
        }
      }
    },
    async close() {
      await Promise.all([...all].map((w) => w.terminate()));
    },
  };
}
