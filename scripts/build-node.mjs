// Bundles the Node hosts (CLI + HTTP host, and the library worker they start) into out/node.
// esbuild takes well under a second, so `npm install` can run it and `parallax` works at once.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  absWorkingDir: root,
  entryPoints: {
    cli: 'src/cli/main.ts',
    'service-worker': 'src/core/worker/service-worker.ts',
    'extract-worker': 'src/core/worker/extract-worker.ts',
    'compare-worker': 'src/core/worker/compare-worker.ts',
    'spellings-worker': 'src/core/worker/spellings-worker.ts',
    'suggest-worker': 'src/core/worker/suggest-worker.ts',
    'damage-worker': 'src/core/worker/damage-worker.ts',
  },
  outdir: 'out/node',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  // Bundled CommonJS dependencies may call require(); give ESM output one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
