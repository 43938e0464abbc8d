/** Text that the injected slow extractor (`slow-extract-worker.ts`) never finishes extracting. */
export const NEVER_ENDS = '\u23f3never-ends\u23f3';

/** Text on which the injected extractor keeps allocating until its helper's heap runs out. */
export const NEEDS_ALL_MEMORY = '\u267enever-enough\u267e';
