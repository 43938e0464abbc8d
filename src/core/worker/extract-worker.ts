import { parentPort } from 'node:worker_threads';
import type { ExtractReply, PrepareOutcome } from '../ingest/extract-pool';
import { prepareArticle, type PrepareInput } from '../ingest/prepare';

/**
 * Entry of an extraction worker: takes batches of decoded inputs and sends back what
 * extraction found, one message per input, so extraction (CPU) runs beside the single SQLite
 * writer and the pool can tell which input a worker is stuck on.
 */
const port = parentPort;
if (!port) throw new Error('extract-worker: must run as a worker thread');

port.on('message', (msg: { id: number; inputs: PrepareInput[] }) => {
  msg.inputs.forEach((input, index) => {
    let out: PrepareOutcome;
    try {
      out = { ok: true, value: prepareArticle(input) };
    } catch (e) {
      out = { ok: false, message: (e as Error).message };
    }
    port.postMessage({ id: msg.id, index, out } satisfies ExtractReply);
  });
});
