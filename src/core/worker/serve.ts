/** The worker side of `pool.ts`: a worker entry answers each batch with what `handle` returns. */
import { parentPort, workerData } from 'node:worker_threads';
import { BatchClock } from './batch-clock';
import { ownCpuMs, ownThreadId, type CpuSource } from './thread-cpu';
import { paced } from '../pace';

/** A batch sent to a pool worker. */
export interface PoolRequest<In> {
  seq: number;
  input: In;
}

/** A pool worker's answer to one batch. */
export interface PoolReply<Out> {
  seq: number;
  out: Out;
}

/** How far a pool worker is in batch `seq`: `done` of its items finished (sent while it works). */
export interface PoolProgress {
  seq: number;
  done: number;
}

/**
 * A worker tells how far it is in a batch at most this often: often enough that a progress bar
 * fed by it moves several times a second (the library emits at most every 100 ms), rarely enough
 * that a batch of tiny items does not send a message per item.
 */
export const PROGRESS_EVERY_MS = 50;

/** What a batch's handler may call after each item it finished, with the items finished so far. */
export type ItemDone = (done: number) => void;

/** What a pool starts its workers with (`workerData`). */
export interface PoolWorkerData {
  /** Where the worker notes the batch it works on now (see `BatchClock`). */
  clock: SharedArrayBuffer;
  /** How the pool reads this worker's CPU time (`thread-cpu.ts`); absent: it counts wall time. */
  cpu?: CpuSource | null;
}

/**
 * Serves batches on this worker thread; `entry` names it in the error thrown outside a worker.
 * A handler that calls its `itemDone` tells the pool how far it is (`RunOptions.onProgress`),
 * at most every `PROGRESS_EVERY_MS`; the answer itself says the batch is done.
 */
export function serveBatches<In, Out>(entry: string, handle: (input: In, itemDone: ItemDone) => Out): void {
  const port = parentPort;
  if (!port) throw new Error(`${entry}: must run as a worker thread`);
  const data = workerData as PoolWorkerData | undefined;
  const clock = data?.clock ? new BatchClock(data.clock) : null;
  const cpu = data?.cpu ?? null;
  if (clock) clock.threadId = ownThreadId(cpu);
  port.on('message', (msg: PoolRequest<In>) => {
    clock?.start(msg.seq, ownCpuMs(cpu));
    const due = paced(PROGRESS_EVERY_MS, Date.now());
    const itemDone: ItemDone = (done) => {
      if (due()) port.postMessage({ seq: msg.seq, done } satisfies PoolProgress);
    };
    port.postMessage({ seq: msg.seq, out: handle(msg.input, itemDone) } satisfies PoolReply<Out>);
  });
}
