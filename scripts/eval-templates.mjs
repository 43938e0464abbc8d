// `npm run eval:templates [-- --key host|domain] [-- --grid]`: bundles eval/templates/score.ts
// with esbuild and runs it (see eval/templates/README.md).
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  entryPoints: { templates: `${root}eval/templates/score.ts` },
  outdir: `${root}out/eval`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
const { run } = await import(pathToFileURL(`${root}out/eval/templates.js`).href);
await run(root, process.argv.slice(2));
