/** The worker side of `pool.ts`: a worker entry answers each batch with what `handle` returns. */
import { parentPort, workerData } from 'node:worker_threads';
import { BatchClock } from './batch-clock';
import { ownCpuMs, ownThreadId, type CpuSource } from './thread-cpu';

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

/** What a pool starts its workers with (`workerData`). */
export interface PoolWorkerData {
  /** Where the worker notes the batch it works on now (see `BatchClock`). */
  clock: SharedArrayBuffer;
  /** How the pool reads this worker's CPU time (`thread-cpu.ts`); absent: it counts wall time. */
  cpu?: CpuSource | null;
}

/** Serves batches on this worker thread; `entry` names it in the error thrown outside a worker. */
export function serveBatches<In, Out>(entry: string, handle: (input: In) => Out): void {
  const port = parentPort;
  if (!port) throw new Error(`${entry}: must run as a worker thread`);
  const data = workerData as PoolWorkerData | undefined;
  const clock = data?.clock ? new BatchClock(data.clock) : null;
  const cpu = data?.cpu ?? null;
  if (clock) clock.threadId = ownThreadId(cpu);
  port.on('message', (msg: PoolRequest<In>) => {
    clock?.start(msg.seq, ownCpuMs(cpu));
    port.postMessage({ seq: msg.seq, out: handle(msg.input) } satisfies PoolReply<Out>);
  });
}
