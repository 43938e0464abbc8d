/** Text that the injected slow extractor (`slow-extract-worker.ts`) never finishes extracting. */
export const NEVER_ENDS = '\u23f3never-ends\u23f3';
