// `node scripts/build-world-names.mjs <unpacked @faker-js/faker>`: regenerates
// src/core/analysis/data/world-given-names.json — given names of many languages, for a name at a
// sentence's start whose given name the German list lacks (`Olaf`, `Jelena`, `Wadym`, `Recep`).
// From `npm pack @faker-js/faker@10.6.0` (MIT): every locale's `person.first_name` in Latin
// script, and the Cyrillic ones as the German transliteration writes them (`Сергей` → `sergej`).
// Kept: one word of three letters or more, not in the German list, and not among the 3,000 most
// frequent German words (`will`, `frank`, `ernst`, `rose`, `king` are words first); each also
// without its marks (German copy writes `Baris` for `Barış`). Those among the 3,000 most frequent
// German words go to world-given-words.json (`walter`, `andy`, `matt`): never a name opener, but a
// word that may be a given name, which a cue that a run is no person must not overrule.
import { readFileSync, writeFileSync } from 'node:fs';
import { bundleAndImport, root } from './lib/bundle-ts.mjs';

const pkg = process.argv[2];
if (!pkg) {
  console.error('usage: node scripts/build-world-names.mjs <dir of the unpacked @faker-js/faker package>');
  process.exit(2);
}
const LATIN = ['af_ZA', 'az', 'cs_CZ', 'cy', 'da', 'de', 'de_AT', 'de_CH', 'en', 'en_AU', 'en_CA', 'en_GB', 'en_GH', 'en_IE', 'en_IN', 'en_NG', 'en_US', 'en_ZA', 'es', 'es_MX', 'fi', 'fr', 'fr_BE', 'fr_CA', 'fr_CH', 'fr_LU', 'fr_SN', 'hr', 'hu', 'id_ID', 'it', 'ku_kmr_latin', 'lv', 'nb_NO', 'nl', 'nl_BE', 'pl', 'pt_BR', 'pt_PT', 'ro', 'ro_MD', 'sk', 'sl_SI', 'sr_RS_latin', 'sv', 'tr', 'uz_UZ_latin', 'yo_NG', 'zu_ZA'];
const CYRILLIC = ['ru', 'uk', 'mk', 'mn_MN_cyrl'];
/** Below this frequency rank a word is a German word before it is a name. */
const RANK_MIN = 3000;

const { romanizeCyrillic } = await bundleAndImport('src/core/text/transliteration.ts', { dir: 'scripts', name: 'world-names', temporary: true });
const data = (f) => JSON.parse(readFileSync(`${root}src/core/analysis/data/${f}`, 'utf8'));
const rank = new Map(data('de-common-words.json').map((w, i) => [w, i]));
const listed = new Set(data('de-first-names.json'));
const names = new Set();
for (const locale of [...LATIN, ...CYRILLIC]) {
  const mod = await import(`${pkg}/dist/locale/${locale}.js`);
  const first = Object.values(mod).find((v) => v && v.definitions)?.definitions?.person?.first_name;
  if (!first) continue;
  for (const written of Array.isArray(first) ? first : [...(first.generic ?? []), ...(first.female ?? []), ...(first.male ?? [])]) {
    const n = romanizeCyrillic(written).toLowerCase().normalize('NFC');
    if (!/^\p{L}{3,}$/u.test(n)) continue;
    names.add(n);
    const bare = n.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/ı/g, 'i').replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/đ/g, 'd').replace(/ə/g, 'e');
    if (/^[a-z]+$/.test(bare)) names.add(bare);
  }
}
const kept = [...names].filter((n) => !listed.has(n) && (rank.get(n) ?? Infinity) >= RANK_MIN).sort();
const words = [...names].filter((n) => !listed.has(n) && (rank.get(n) ?? Infinity) < RANK_MIN).sort();
const write = (f, list) => writeFileSync(`${root}src/core/analysis/data/${f}`, `[\n${list.map((n) => JSON.stringify(n)).join(',\n')}\n]\n`);
write('world-given-names.json', kept);
write('world-given-words.json', words);
console.log(`${kept.length} given names, ${words.length} given names that are frequent German words`);
