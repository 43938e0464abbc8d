// `npm run train:extract [--eval] [--folds N] [--model logistic|trees] [--dry] [--data DIR]`:
// bundles scripts/train-extract/main.ts with esbuild (as bench.mjs does for benchmarks) and
// runs it; see that file. Each run bundles to its own file, so two runs can go side by side.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const name = `train-extract-${process.pid}`;
await build({
  entryPoints: { [name]: 'scripts/train-extract/main.ts' },
  outdir: 'out/scripts',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
process.on('exit', () => rmSync(`out/scripts/${name}.js`, { force: true }));
await import(pathToFileURL(`${root}out/scripts/${name}.js`).href);
