// `node scripts/search-check.mjs dump <file>` or `… time [kind…]` (see bench/search-check.ts):
// bundles the check with esbuild and runs it; a per-process bundle name lets two builds run side by side.
import { bundleAndImport, root } from './lib/bundle-ts.mjs';

process.chdir(root);
const mod = await bundleAndImport('bench/search-check.ts', { dir: 'bench', name: `search-check-${process.pid}`, temporary: true });
await mod.run(process.argv.slice(2));
