import { analyzeSources } from '../derived/compare-rows/analysis-pool';
import { serveBatches } from './serve';

/**
 * Entry of a compare worker: analyses batches of stored articles for the compare index (entity
 * mentions, timeline rows, story keys), so a large catch-up uses every core while the library
 * thread only reads, writes and answers calls.
 */
serveBatches('compare-worker', analyzeSources);
