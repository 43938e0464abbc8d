import { parentPort } from 'node:worker_threads';
import { prepareArticle, type PrepareInput, type PreparedArticle } from '../ingest/prepare';

/**
 * Entry of an extraction worker: takes batches of decoded inputs and sends back what
 * extraction found, so extraction (CPU) runs beside the single SQLite writer.
 */
const port = parentPort;
if (!port) throw new Error('extract-worker: must run as a worker thread');

port.on('message', (msg: { id: number; inputs: PrepareInput[] }) => {
  const out: ({ ok: true; value: PreparedArticle } | { ok: false; message: string })[] = msg.inputs.map((input) => {
    try {
      return { ok: true, value: prepareArticle(input) };
    } catch (e) {
      return { ok: false, message: (e as Error).message };
    }
  });
  port.postMessage({ id: msg.id, out });
});
