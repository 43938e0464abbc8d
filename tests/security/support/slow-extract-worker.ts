import { extractForPool } from '../../../src/core/ingest/extract-pool';
import type { PrepareInput } from '../../../src/core/ingest/prepare';
import { serveBatches } from '../../../src/core/worker/serve';
import { NEVER_ENDS } from './never-ends';

/**
 * The extraction worker with real extraction, except that a batch holding an input whose text
 * has `NEVER_ENDS` never finishes (a busy loop, as a runaway regular expression would spin): a
 * slow extractor injected by the tests of the per-file time limit, independent of which real
 * page happens to be slow this week.
 */
serveBatches('slow-extract-worker', (inputs: PrepareInput[]) => {
  if (inputs.some((input) => input.text.includes(NEVER_ENDS))) for (;;);
  return extractForPool(inputs);
});
