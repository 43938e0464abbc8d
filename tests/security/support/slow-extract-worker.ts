import { extractForPool } from '../../../src/core/ingest/extract-pool';
import type { PrepareInput } from '../../../src/core/ingest/prepare';
import { serveBatches } from '../../../src/core/worker/serve';
import { NEEDS_ALL_MEMORY, NEVER_ENDS } from './never-ends';

/**
 * The extraction worker with real extraction, except that a batch holding an input whose text
 * has `NEVER_ENDS` never finishes (a busy loop, as a runaway regular expression would spin): a
 * slow extractor injected by the tests of the per-file time limit, independent of which real
 * page happens to be slow this week. One holding `NEEDS_ALL_MEMORY` keeps every array it makes
 * until the worker's heap limit stops it, as a page too big or too deep for a helper would.
 */
serveBatches('slow-extract-worker', (inputs: PrepareInput[]) => {
  if (inputs.some((input) => input.text.includes(NEVER_ENDS))) for (;;);
  if (inputs.some((input) => input.text.includes(NEEDS_ALL_MEMORY))) {
    const kept: number[][] = [];
    for (;;) kept.push(new Array<number>(1 << 16).fill(kept.length));
  }
  return extractForPool(inputs);
});
