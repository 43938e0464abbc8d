import { isUpperCode } from './chars';
import { foldWord } from './fold';
import { verbSpellings } from './act-nouns';
import { SEPARABLE, wordRoot } from './roots';
import { analyzeWord, forEachWord } from './words';

/**
 * A separable verb split by a main clause (`trat … zurück`, `nahm … fest`, `kündigte … an`):
 * the particle stands alone at the end of its clause, so the verb's root (`tret`) misses the
 * participle and the noun that say the same act whole (`zurückgetreten`, `angekündigt`,
 * `Ankündigung`: `zurucktret`, `ankundig`). For each lower-case word before such a particle in its
 * clause but the caller's function words (`gegen … aus` is no verb), the roots the two would
 * make as one word (`verbSpellings`); which word is the verb the caller decides (a joined root
 * some compared sentence uses).
 *
 * ```ts
 * particleJoins('Der Minister trat am Sonntag zurück.') // [{ root: 'tret', joined: ['zurucktret', 'zurucktr'] }]
 * ```
 */
export function particleJoins(sentence: string, isFunctionWord: (folded: string) => boolean = () => false): { root: string; joined: string[] }[] {
  const out: { root: string; joined: string[] }[] = [];
  if (!QUICK.test(sentence)) return out;
  for (const m of sentence.matchAll(PARTICLE_AT_END)) {
    const particle = foldWord(m[1]!.toLowerCase());
    const at = m.index! + m[0].indexOf(m[1]!);
    const from = clauseStart(sentence, at);
    forEachWord(sentence, (s, e) => {
      const raw = sentence.slice(s, e);
      if (isUpperCode(raw.charCodeAt(0))) return;
      const [folded, stem] = analyzeWord(raw);
      if (isFunctionWord(folded)) return;
      const root = wordRoot(raw, folded, stem);
      if (root.length >= ROOT_MIN && !SEPARABLE.includes(root)) out.push({ root, joined: verbSpellings(particle + root) });
    }, from, at);
  }
  return out;
}

/** Particles a main clause leaves at its end: the separable prefixes, and adverbs written into a verb the same way (`gab … bekannt`, `fand … statt`, `nahm … teil`). */
const PARTICLES = [...SEPARABLE.filter((p) => p), 'zurück', 'über', 'bekannt', 'statt', 'teil', 'fort', 'hoch', 'dar'];
/** A particle as the last word of a clause: before a stop, a comma, a colon, a dash, a quote or the end. */
const PARTICLE_AT_END = new RegExp(`\\s(${PARTICLES.join('|')})(?=\\s*(?:[.,;:!?)„“"»«–]|$))`, 'gi');
const QUICK = new RegExp(`\\s(?:${PARTICLES.join('|')})\\s*(?:[.,;:!?)„“"»«–]|$)`, 'i');
/** Roots shorter than this (`sei`, `hat`) are auxiliaries and particles, not the verb. */
const ROOT_MIN = 3;

/** Where the clause holding `at` begins: after the last comma, semicolon, colon or dash before it. */
function clauseStart(s: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const c = s[i];
    if (c === ',' || c === ';' || c === ':' || c === '–') return i + 1;
  }
  return 0;
}
