// `node scripts/build-german-names.mjs <unpacked gender-detection-from-name>`: regenerates
// src/core/analysis/data/de-more-given-names.json — German given names that the German list
// (`de-first-names.json`, today's baby names) lacks, most of them of older generations
// (`Günther`, `Holger`, `Elke`, `Eberhard`, `Siegfried`, `Irmgard`, `Hartmut`, `Waltraud`).
// From `npm pack gender-detection-from-name@1.11.5` (MIT): `names/de.js`, a map of 2,318 German
// given names to a gender. Kept: one word of three letters or more, not in the German list nor the
// world lists (already a given name there), in neither frequency list (`de-common-words.json`,
// `en-common-words.json`: `reiner`, `luder`, `florenz`, `harm` are words first — stricter than the
// world list's 3,000, since these names may open a name anywhere); each also without its marks
// (German copy writes `Gunther` for `Günther` too).
import { readFileSync, writeFileSync } from 'node:fs';
import { root } from './lib/bundle-ts.mjs';

const pkg = process.argv[2];
if (!pkg) {
  console.error('usage: node scripts/build-german-names.mjs <dir of the unpacked gender-detection-from-name package>');
  process.exit(2);
}
const data = (f) => JSON.parse(readFileSync(`${root}src/core/analysis/data/${f}`, 'utf8'));
const words = new Set([...data('de-common-words.json'), ...data('en-common-words.json')]);
const listed = new Set([...data('de-first-names.json'), ...data('world-given-names.json'), ...data('world-given-words.json')]);
const source = readFileSync(`${pkg}/names/de.js`, 'utf8');
const names = new Set();
for (const [, written] of source.matchAll(/\[\s*'([^']+)'\s*,\s*'(?:male|female|unisex)'\s*\]/g)) {
  const n = written.toLowerCase().normalize('NFC');
  if (!/^\p{L}{3,}$/u.test(n)) continue;
  names.add(n);
  const bare = n.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss');
  if (/^[a-z]+$/.test(bare)) names.add(bare);
}
const kept = [...names].filter((n) => !listed.has(n) && !words.has(n)).sort();
writeFileSync(`${root}src/core/analysis/data/de-more-given-names.json`, `[\n${kept.map((n) => JSON.stringify(n)).join(',\n')}\n]\n`);
console.log(`${names.size} names read, ${kept.length} kept`);
