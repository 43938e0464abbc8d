// `npm run eval:dates [-- --misses] [-- --verbose]`: bundles eval/dates/score.ts with esbuild
// and runs it (see eval/dates/README.md).
import { bundleAndImport, root } from './lib/bundle-ts.mjs';

const { run } = await bundleAndImport('eval/dates/score.ts', { dir: 'eval', name: 'dates' });
await run(root, process.argv.slice(2));
