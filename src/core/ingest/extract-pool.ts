import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { prepareArticle, sha256, type PrepareInput, type PreparedArticle } from './prepare';

const NO_BYTES = new Uint8Array(0);

/**
 * How long extraction may take for one input before it is given up. The slowest real pages
 * extract in well under a second; this leaves room for a machine that is busy with other work,
 * and still lets an ingest of thousands get past a page that would never finish.
 */
export const FILE_TIME_LIMIT_MS = 30_000;

/** What extracting one input gave: the article, or why it failed (`timedOut` when it ran too long). */
export type PrepareOutcome = { ok: true; value: PreparedArticle } | { ok: false; message: string; timedOut?: boolean };

/** Runs extraction for batches of inputs, on worker threads or (without a worker file) here. */
export interface ExtractPool {
  prepare(inputs: PrepareInput[]): Promise<PrepareOutcome[]>;
  /** How many batches may be in flight before the caller should wait. */
  readonly parallelism: number;
  close(): Promise<void>;
}

/** What a worker sends back: the outcome of input `index` of batch `id`, one message per input. */
export interface ExtractReply {
  id: number;
  index: number;
  out: PrepareOutcome;
}

/**
 * Extraction on the calling thread: for hosts without a worker build and unit tests. It cannot
 * be interrupted, so it has no time limit; every host that ingests files uses `workerPool`.
 */
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

/** What `workerPool` takes. */
export interface WorkerPoolOptions {
  /** Workers; default one per core. */
  size?: number;
  /** Per-input limit; default `FILE_TIME_LIMIT_MS`. */
  timeLimitMs?: number;
}

/**
 * A pool of extraction workers, one per core by default (the writer shares a core with one of
 * them: it mostly waits on SQLite, which is cheaper than extraction per article). A worker that
 * spends longer than the time limit on one input is terminated and replaced; that input comes
 * back as `timedOut` and the rest of its batch goes on in the new worker.
 */
export function workerPool(workerFile: string, opts: WorkerPoolOptions = {}): ExtractPool {
  const size = opts.size ?? Math.max(1, availableParallelism());
  const limit = opts.timeLimitMs ?? FILE_TIME_LIMIT_MS;
  const live = new Set<Worker>();
  /** Batches in flight, so `close` can stop their timers (an armed timer keeps the process alive). */
  const running = new Set<() => void>();
  const spawn = () => {
    const w = new Worker(workerFile);
    live.add(w);
    return w;
  };
  const idle = Array.from({ length: size }, spawn);
  const waiting: ((w: Worker) => void)[] = [];
  let seq = 0;
  let closed = false;
  const acquire = () => new Promise<Worker>((resolve) => (idle.length ? resolve(idle.pop()!) : waiting.push(resolve)));
  const release = (w: Worker) => (waiting.length ? waiting.shift()!(w) : idle.push(w));

  /** Runs `inputs` from `from` on `w`; resolves with the worker that is left (a new one after a timeout). */
  const run = (w: Worker, inputs: PrepareInput[], from: number, out: PrepareOutcome[]): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const id = ++seq;
      let timer: NodeJS.Timeout;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(onTimeout, limit);
      };
      const finish = () => {
        clearTimeout(timer);
        running.delete(cancel);
        w.off('message', onMessage);
        w.off('error', onError);
      };
      // The pool closed under this batch (its import failed or was given up): what is left of it
      // is answered as not extracted, never left pending.
      const cancel = () => {
        finish();
        for (let i = from; i < inputs.length; i++) out[i] ??= { ok: false, message: 'extraction stopped: the import ended' };
        resolve(w);
      };
      const onMessage = (m: ExtractReply) => {
        if (m.id !== id) return;
        out[from + m.index] = m.out;
        if (from + m.index === inputs.length - 1) {
          finish();
          resolve(w);
        } else arm();
      };
      const onError = (e: Error) => {
        finish();
        live.delete(w);
        reject(e);
      };
      const onTimeout = () => {
        finish();
        if (closed) return cancel();
        const stuck = out.findIndex((o, i) => i >= from && o === undefined);
        out[stuck] = { ok: false, timedOut: true, message: `extraction took longer than ${Math.round(limit / 1000)} s` };
        live.delete(w);
        void w.terminate();
        const fresh = spawn();
        if (stuck === inputs.length - 1) resolve(fresh);
        else run(fresh, inputs, stuck + 1, out).then(resolve, reject);
      };
      w.on('message', onMessage);
      w.once('error', onError);
      running.add(cancel);
      arm();
      // The raw bytes stay on this thread (the writer stores them; extraction reads only the
      // decoded text): sending them there and back doubled what crossed between threads.
      w.postMessage({ id, inputs: inputs.slice(from).map((input) => ({ ...input, raw: NO_BYTES })) });
    });

  return {
    parallelism: size,
    async prepare(inputs) {
      if (inputs.length === 0) return [];
      let w = await acquire();
      const outcomes = new Array<PrepareOutcome>(inputs.length);
      try {
        w = await run(w, inputs, 0, outcomes);
      } catch (e) {
        // The worker died (not a timeout): its slot gets a fresh one, the batch reports the cause.
        if (!closed) w = spawn();
        throw e;
      } finally {
        if (closed) void w.terminate();
        else release(w);
      }
      outcomes.forEach((o, i) => {
        if (!o.ok) return;
        o.value.raw = inputs[i]!.raw;
        o.value.sha256 = sha256(inputs[i]!.raw);
      });
      return outcomes;
    },
    async close() {
      closed = true;
      for (const cancel of [...running]) cancel();
      await Promise.all([...live].map((w) => w.terminate()));
      live.clear();
    },
  };
}
