// `npm run eval:roles`: bundles scripts/train-align/roles.ts with esbuild and runs it; see that file.
import { bundleAndImport, root } from './lib/bundle-ts.mjs';

process.chdir(root);
await bundleAndImport('scripts/train-align/roles.ts', { dir: 'scripts', name: `eval-roles-${process.pid}`, temporary: true });
