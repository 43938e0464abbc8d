import { helperThreads } from '../worker/limits';
import { OutOfMemoryError, TimeLimitError, workerPool as startWorkers } from '../worker/pool';
import { extractInput, prepareArticle, withHashes, type PrepareInput, type PreparedArticle } from './prepare';
import { packPrepared, unpackPrepared, type PackedArticle } from './compact';

const NO_BYTES = new Uint8Array(0);

/**
 * How much CPU time extraction may take for one input before it is given up (or 4 × that of
 * wall time for a helper starved of CPU: `worker/time-limit.ts`). The slowest real pages extract
 * in well under a second, a 10 MB page in ~4 s; a busy machine does not count against it, and an
 * ingest of thousands still gets past a page that would never finish.
 */
export const FILE_TIME_LIMIT_MS = 30_000;

/**
 * What extracting one input gave: the article, or why it failed (`timedOut` when it ran too
 * long, `outOfMemory` with the helper's heap in `megabytes` when it needed more).
 */
export type PrepareOutcome = { ok: true; value: PreparedArticle } | { ok: false; message: string; timedOut?: boolean; seconds?: number; outOfMemory?: boolean; megabytes?: number };

/** What an extraction worker sends back for one input (`ingest/compact.ts`). */
export type PackedOutcome = { ok: true; packed: PackedArticle } | Exclude<PrepareOutcome, { ok: true }>;

/** Runs extraction for batches of inputs, on worker threads or (without a worker file) here. */
export interface ExtractPool {
  /**
   * Extracts `inputs`. `onExtracted`, if given, is told while it runs how many more of them are
   * done (finished or failed), so a progress count can move per report rather than per batch;
   * the counts add up to at most `inputs.length` (the rest when the promise settles).
   */
  prepare(inputs: PrepareInput[], onExtracted?: (more: number) => void): Promise<PrepareOutcome[]>;
  /** How many batches may be in flight before the caller should wait. */
  readonly parallelism: number;
  close(): Promise<void>;
}

/** Extracts a batch on this thread, exactly as an extraction worker does (and hashes it). */
export function prepareBatch(inputs: PrepareInput[], itemDone?: (done: number) => void): PrepareOutcome[] {
  return extractBatch(inputs, prepareArticle, itemDone);
}

/**
 * What an extraction worker does with a batch: extract each input and pack the result
 * (`compact.ts`), leaving the hashes to the library thread (`withHashes`, in `workerPool`).
 */
export function extractForPool(inputs: PrepareInput[], itemDone?: (done: number) => void): PackedOutcome[] {
  return extractBatch(inputs, extractInput, itemDone).map((o) => (o.ok ? { ok: true, packed: packPrepared(o.value) } : o));
}

/** `prepare` for each input; an exception fails that input only. `itemDone` hears the count after each. */
export function extractBatch<T>(inputs: PrepareInput[], prepare: (input: PrepareInput) => T, itemDone?: (done: number) => void): ({ ok: true; value: T } | { ok: false; message: string })[] {
  return inputs.map((input, i) => {
    try {
      return { ok: true, value: prepare(input) } as const;
    } catch (e) {
      return { ok: false, message: (e as Error).message } as const;
    } finally {
      itemDone?.(i + 1);
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
    async prepare(inputs, onExtracted) {
      return prepareBatch(inputs, onExtracted && (() => onExtracted(1)));
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

/** Inputs sent to a worker in one message, at most: fewer messages, and each worker holds several. */
const CHUNK_MAX = 16;

/**
 * A pool of extraction workers, one per core but one by default (`helperThreads`). A batch is
 * sent at once, in chunks spread over the workers, so they have work queued while this thread
 * writes the batch before it (a worker that had to wait for this thread to send it its next
 * input sat idle through every write). Each chunk has the time limit from when its worker
 * begins it (`WorkerPool`); a chunk that runs past it, or whose worker dies, is sent again an
 * input at a time, so only the input that never finishes comes back `timedOut` (or failed) and
 * the rest goes on.
 */
export function workerPool(workerFile: string, opts: ExtractPoolOptions = {}): ExtractPool {
  const pool = startWorkers<PrepareInput[], PackedOutcome[]>(workerFile, opts.size ?? helperThreads(), 'extraction worker');
  const limit = opts.timeLimitMs ?? FILE_TIME_LIMIT_MS;
  let closed = false;
  const stopped = { ok: false, message: 'extraction stopped: the import ended' } as const;
  const failed = (e: unknown): PrepareOutcome => {
    if (e instanceof TimeLimitError) return { ok: false, timedOut: true, seconds: Math.round(e.limitMs / 1000), message: `extraction ${e.message}` };
    if (e instanceof OutOfMemoryError) return { ok: false, outOfMemory: true, megabytes: e.heapMb, message: `extraction ${e.message}` };
    return closed ? stopped : { ok: false, message: (e as Error).message };
  };
  /** `credit(k)`: k of the chunk are done; tells `onExtracted` what is new, never more than the chunk. */
  const extractChunk = async (chunk: PrepareInput[], credit: (k: number) => void): Promise<PrepareOutcome[]> => {
    if (closed) return chunk.map(() => stopped);
    try {
      // The raw bytes stay on this thread (the writer stores them; extraction reads only the
      // decoded text): sending them there and back doubled what crossed between threads. The
      // hashes are made here (`withHashes`).
      const packed = await pool.run(
        chunk.map((input) => ({ ...input, raw: NO_BYTES })),
        { timeLimitMs: limit, onProgress: credit },
      );
      return packed.map((out, i): PrepareOutcome => {
        if (!out.ok) return out;
        const input = chunk[i]!;
        return { ok: true, value: withHashes({ ...unpackPrepared(out.packed), raw: input.raw }, input) };
      });
    } catch (e) {
      if (chunk.length === 1 || closed) return chunk.map(() => failed(e));
      // Sent again an input at a time: each one's end counts, past what the chunk had told.
      let finished = 0;
      return (await Promise.all(chunk.map((input) => extractChunk([input], () => undefined).finally(() => credit(++finished))))).flat();
    }
  };
  /** A chunk's credit: what its worker told, counted once, and the whole chunk at its end. */
  const creditFor = (size: number, onExtracted: ((more: number) => void) | undefined) => {
    let counted = 0;
    return (k: number) => {
      const now = Math.min(size, k);
      if (now > counted && onExtracted) onExtracted(now - counted);
      counted = Math.max(counted, now);
    };
  };
  return {
    parallelism: pool.size,
    async prepare(inputs, onExtracted) {
      const size = Math.min(CHUNK_MAX, Math.max(1, Math.ceil(inputs.length / (pool.size * 4))));
      const chunks: PrepareInput[][] = [];
      for (let i = 0; i < inputs.length; i += size) chunks.push(inputs.slice(i, i + size));
      return (
        await Promise.all(
          chunks.map(async (chunk) => {
            const credit = creditFor(chunk.length, onExtracted);
            const outcomes = await extractChunk(chunk, credit);
            credit(chunk.length);
            return outcomes;
          }),
        )
      ).flat();
    },
    async close() {
      closed = true;
      await pool.close();
    },
  };
}
