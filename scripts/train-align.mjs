// `npm run train:align [-- --l2 X] [-- --unweighted] [-- --curve]`: bundles scripts/train-align/main.ts with esbuild
// and runs it; see that file. Each run bundles to its own file, so two runs can go side by side.
import { bundleAndImport, root } from './lib/bundle-ts.mjs';

process.chdir(root);
await bundleAndImport('scripts/train-align/main.ts', { dir: 'scripts', name: `train-align-${process.pid}`, temporary: true });
