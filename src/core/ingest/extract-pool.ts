import { helperThreads } from '../worker/limits';
import { TimeLimitError, workerPool as startWorkers } from '../worker/pool';
import { prepareArticle, sha256, type PrepareInput, type PreparedArticle } from './prepare';

const NO_BYTES = new Uint8Array(0);

/**
 * How long extraction may take for one input before it is given up. The slowest real pages
 * extract in well under a second; this leaves room for a machine that is busy with other work,
 * and still lets an ingest of thousands get past a page that would never finish.
 */
export const FILE_TIME_LIMIT_MS = 30_000;

/** What extracting one input gave: the article, or why it failed (`timedOut` when it ran too long). */
export type PrepareOutcome = { ok: true; value: PreparedArticle } | { ok: false; message: string; timedOut?: boolean; seconds?: number };

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

/**
 * Extraction on the calling thread: for hosts without a worker build and unit tests. It cannot
 * be interrupted, so it has no time limit; every host that ingests files uses `workerPool`.
 */
export function inlinePool(): ExtractPool {
  return {
    parallelism: 1,
    async prepare(inputs) {
      return prepareBatch(inputs);
    },
    async close() {},
  };
}

/** What `workerPool` takes. */
export interface ExtractPoolOptions {
  /** Workers; default one per core but one (`helperThreads`). */
  size?: number;
  /** Per-input limit; default `FILE_TIME_LIMIT_MS`. */
  timeLimitMs?: number;
}

/**
 * A pool of extraction workers, one per core but one by default (`helperThreads`: the writer
 * has a core of its own). Inputs go one
 * at a time, one per worker, each with the time limit: an input that runs past it comes back
 * `timedOut` and its worker is replaced (see `WorkerPool`), and the rest goes on.
 */
export function workerPool(workerFile: string, opts: ExtractPoolOptions = {}): ExtractPool {
  const pool = startWorkers<PrepareInput[], PrepareOutcome[]>(workerFile, opts.size ?? helperThreads(), 'extraction worker');
  const limit = opts.timeLimitMs ?? FILE_TIME_LIMIT_MS;
  // One input out per worker, so a timeout never takes another input down with it.
  let free = pool.size;
  const queue: (() => void)[] = [];
  const slot = () => (free > 0 ? (free--, Promise.resolve()) : new Promise<void>((r) => queue.push(r)));
  const release = () => (queue.length ? queue.shift()!() : free++);
  let closed = false;
  const extractOne = async (input: PrepareInput): Promise<PrepareOutcome> => {
    await slot();
    try {
      if (closed) return { ok: false, message: 'extraction stopped: the import ended' };
      // The raw bytes stay on this thread (the writer stores them; extraction reads only the
      // decoded text): sending them there and back doubled what crossed between threads.
      const [out] = await pool.run([{ ...input, raw: NO_BYTES }], { timeLimitMs: limit });
      if (out!.ok) {
        out!.value.raw = input.raw;
        out!.value.sha256 = sha256(input.raw);
      }
      return out!;
    } catch (e) {
      if (e instanceof TimeLimitError) return { ok: false, timedOut: true, seconds: Math.round(e.limitMs / 1000), message: `extraction ${e.message}` };
      return { ok: false, message: closed ? 'extraction stopped: the import ended' : (e as Error).message };
    } finally {
      release();
    }
  };
  return {
    parallelism: pool.size,
    prepare: (inputs) => Promise.all(inputs.map(extractOne)),
    async close() {
      closed = true;
      await pool.close();
    },
  };
}
