// `npm run train:extract [--eval] [--folds N] [--model logistic|trees] [--dry] [--data DIR]`:
// bundles scripts/train-extract/main.ts with esbuild (as bench.mjs does for benchmarks) and
// runs it; see that file. Each run bundles to its own file, so two runs can go side by side.
import { bundleAndImport, root } from './lib/bundle-ts.mjs';

process.chdir(root);
await bundleAndImport('scripts/train-extract/main.ts', { dir: 'scripts', name: `train-extract-${process.pid}`, temporary: true });
