// `npm run eval:templates [-- --key host|domain] [-- --grid]`: bundles eval/templates/score.ts
// with esbuild and runs it (see eval/templates/README.md).
import { bundleAndImport, root } from './lib/bundle-ts.mjs';

const { run } = await bundleAndImport('eval/templates/score.ts', { dir: 'eval', name: 'templates' });
await run(root, process.argv.slice(2));
