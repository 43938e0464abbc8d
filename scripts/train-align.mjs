// `npm run train:align [-- --l2 X] [-- --unweighted] [-- --curve]`: bundles scripts/train-align/main.ts with esbuild
// and runs it; see that file. Each run bundles to its own file, so two runs can go side by side.
import { bundleAndImport, root } from './lib/bundle-ts.mjs';

process.chdir(root);
// `--bootstrap A.json B.json`: two variants' counts against each other (compare-variants.ts), no library built.
const entry = process.argv.includes('--bootstrap') ? 'scripts/train-align/compare-variants.ts' : 'scripts/train-align/main.ts';
await bundleAndImport(entry, { dir: 'scripts', name: `train-align-${process.pid}`, temporary: true });
