// `npm run eval:compare [-- --heldout] [-- --misses] [-- --json]`: bundles eval/compare/score.ts
// with esbuild and runs it against a temporary library (see eval/compare/README.md).
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  entryPoints: { compare: `${root}eval/compare/score.ts` },
  outdir: `${root}out/eval`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
const { run } = await import(pathToFileURL(`${root}out/eval/compare.js`).href);
await run(root, process.argv.slice(2));
