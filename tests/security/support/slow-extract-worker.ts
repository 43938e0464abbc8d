import { parentPort } from 'node:worker_threads';
import type { ExtractReply, PrepareOutcome } from '../../../src/core/ingest/extract-pool';
import { prepareArticle, type PrepareInput } from '../../../src/core/ingest/prepare';
import { NEVER_ENDS } from './never-ends';

/**
 * The extraction worker's protocol with real extraction, except that an input whose text holds
 * `NEVER_ENDS` never finishes (a busy loop, as a runaway regular expression would spin): a slow
 * extractor injected by the tests of the per-file time limit, independent of which real page
 * happens to be slow this week.
 */

const port = parentPort!;
port.on('message', (msg: { id: number; inputs: PrepareInput[] }) => {
  msg.inputs.forEach((input, index) => {
    if (input.text.includes(NEVER_ENDS)) for (;;);
    let out: PrepareOutcome;
    try {
      out = { ok: true, value: prepareArticle(input) };
    } catch (e) {
      out = { ok: false, message: (e as Error).message };
    }
    port.postMessage({ id: msg.id, index, out } satisfies ExtractReply);
  });
});
