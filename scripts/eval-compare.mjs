// `npm run eval:compare [-- --heldout] [-- --misses] [-- --json]`: bundles eval/compare/score.ts
// with esbuild and runs it against a temporary library (see eval/compare/README.md).
import { bundleAndImport, root } from './lib/bundle-ts.mjs';

const { run } = await bundleAndImport('eval/compare/score.ts', { dir: 'eval', name: 'compare' });
await run(root, process.argv.slice(2));
