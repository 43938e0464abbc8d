import type { ResourceLimits } from 'node:worker_threads';

/**
 * Heap ceilings of the helper threads (extraction, compare analysis). Their live data is a
 * batch of articles and bounded word caches, a few tens of MB; without a ceiling V8 lets each
 * heap grow with its garbage to well over 100 MB before collecting, and an import runs two or
 * three of them beside the library thread. A young generation of 8 MB (V8's default is 3 × 16)
 * is collected more often, at a cost that does not show next to extraction.
 *
 * A helper that still runs out (one enormous article) exits; its pool replaces it and does
 * that batch on the calling thread, which has no such ceiling.
 */
export const HELPER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 8 };
