import { prepareBatch, type PackedOutcome } from '../ingest/extract-pool';
import { packPrepared } from '../ingest/compact';
import { serveBatches } from './serve';

/**
 * Entry of an extraction worker: takes batches of decoded inputs and sends back what
 * extraction found, so extraction (CPU) runs beside the single SQLite writer. Results go
 * packed (`ingest/compact.ts`): the article's text once, not once per block and paragraph.
 */
serveBatches('extract-worker', (inputs: Parameters<typeof prepareBatch>[0]): PackedOutcome[] =>
  prepareBatch(inputs).map((o) => (o.ok ? { ok: true, packed: packPrepared(o.value) } : o)),
);
