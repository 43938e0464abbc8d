// `npm run eval:names [-- --half A|B] [-- --misses]`: bundles eval/names/check.ts with esbuild and runs it (see eval/compare/README.md, the forty-fourth pass).
import { bundleAndImport, root } from './lib/bundle-ts.mjs';

const { run } = await bundleAndImport('eval/names/check.ts', { dir: 'eval', name: 'names' });
await run(root, process.argv.slice(2));
