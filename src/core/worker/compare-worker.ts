import { analyzeSources } from '../derived/compare-rows/analysis-pool';
import { setSkeletonCacheWords } from '../text/transliteration';
import { serveBatches } from './serve';

/**
 * Skeletons this thread caches per generation (the name finder's threads: 100,000). The compare
 * analysis asks for them where a report's words are matched with its persons' names, and the
 * worker lives only as long as a catch-up, whose end is the window import's peak under load: over
 * the 10k bench library's 9,884 analyses (one thread, heap after a full collection) 25,000 words
 * held 5.1 MB less of its heap (45.7 → 40.6 MB) at no CPU that shows (×0.988, one process,
 * alternating every 50 articles, both load orders); 10,000 words held 5.9 MB less at ×1.019.
 */
const SKELETON_CACHE_WORDS = 25_000;

/**
 * Entry of a compare worker: analyses batches of stored articles for the compare index (entity
 * mentions, timeline rows, story keys), so a large catch-up uses every core while the library
 * thread only reads, writes and answers calls.
 */
setSkeletonCacheWords(SKELETON_CACHE_WORDS);
serveBatches('compare-worker', analyzeSources);
