// Bundled by scripts/bench-trash.mjs: what the trash bench needs of core.
export { openLibrary } from '../src/core/library';
export { createParallaxService } from '../src/core/service';
export { compareIndexer } from '../src/core/derived/compare-rows/catch-up';
