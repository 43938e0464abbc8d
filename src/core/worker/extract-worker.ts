import { extractForPool } from '../ingest/extract-pool';
import { serveBatches } from './serve';

/**
 * Entry of an extraction worker: takes batches of decoded inputs and sends back what
 * extraction found, so extraction (CPU) runs beside the single SQLite writer. Results go
 * packed (`ingest/compact.ts`): the article's text once, not once per block and paragraph, and
 * without the hashes, which the library thread makes (`withHashes`).
 */
serveBatches('extract-worker', extractForPool);
