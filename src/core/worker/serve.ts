/** The worker side of `pool.ts`: a worker entry answers each batch with what `handle` returns. */
import { parentPort } from 'node:worker_threads';

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

/** Serves batches on this worker thread; `entry` names it in the error thrown outside a worker. */
export function serveBatches<In, Out>(entry: string, handle: (input: In) => Out): void {
  const port = parentPort;
  if (!port) throw new Error(`${entry}: must run as a worker thread`);
  port.on('message', (msg: PoolRequest<In>) => {
    port.postMessage({ seq: msg.seq, out: handle(msg.input) } satisfies PoolReply<Out>);
  });
}
