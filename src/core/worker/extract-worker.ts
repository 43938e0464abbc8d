import { prepareBatch } from '../ingest/extract-pool';
import { serveBatches } from './serve';

/**
 * Entry of an extraction worker: takes batches of decoded inputs and sends back what
 * extraction found, so extraction (CPU) runs beside the single SQLite writer.
 */
serveBatches('extract-worker', prepareBatch);
