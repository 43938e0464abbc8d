/**
 * The speaker beside a verb of saying (`sagte Scheller`, `…“, so Netanyahu`, `sagt Vytenis
 * Andriukaitis`): pass 6 of the name finder (`entities.ts`).
 */
import { countryNames } from './country-names';
import { isAcronym } from './entity-tokens';
import { COMPOUND_NOUN, FUNCTION_WORDS, ROLE, ROLE_COMPOUND, SPEECH } from './entity-words';
import type { NameFinder } from './name-finder';
import { isBareNoun } from './thing-words';

/**
 * 6. A speaker named by surname alone (`…“, so Netanyahu`, `sagte Scheller`, `Chamenei erklärte`), in a report that never gives
 * the given name (the library groups it with the whole name); no noun or adverb (`forderte Flammenwerfer`, `isBareNoun`). */
export function speakers(f: NameFinder): void {
  const toks = f.toks, taken = f.taken, countries = countryNames();
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || !toks.cap(i) || toks.end[i]! - toks.start[i]! < 4) continue;
    // The verb first: most words stand beside none, and the rest is asked of few.
    const before = i > 0 && toks.joined(i) && toks.sentence[i - 1] === toks.sentence[i] && SPEECH(toks.lower(i - 1));
    const after = toks.initial(i) && toks.has(i + 1) && toks.joined(i + 1) && toks.lower(i + 1) !== 'so' && SPEECH(toks.lower(i + 1));
    if (!before && !after) continue;
    const w = toks.w(i);
    if (before && twoUnknownWords(f, i)) {
      f.addPerson(i, 2);
      i++;
      continue;
    }
    if (isAcronym(w) || !f.nameLike(i) || f.isCommon(i, Infinity) || f.isKnownSurname(i)) continue;
    if (countries.has(toks.lower(i)) || f.places.has(f.foldOf(i)) || (toks.has(i + 1) && toks.joined(i + 1) && f.nameLike(i + 1)) || isBareNoun(w)) continue;
    f.found.add(i, i, w, 'person');
    f.persons.set(f.foldOf(i), w);
  }
}

/**
 * Two capitalised words right after the verb that end the name there and that no frequency list
 * holds (`sagt Vytenis Andriukaitis.`): a given name no list has, however German its ending reads
 * (`-nis` as in `Ergebnis`), and a surname. Not a role or a compound noun (`nameLike` of the
 * second; the first only by the lists: its ending is why the given-name pass left it).
 */
function twoUnknownWords(f: NameFinder, i: number): boolean {
  const toks = f.toks, l = toks.lower(i);
  if (!toks.has(i + 1) || !toks.joined(i + 1) || toks.sentence[i + 1] !== toks.sentence[i] || f.taken[i + 1]) return false;
  if (isAcronym(toks.w(i)) || FUNCTION_WORDS.has(l) || ROLE(toks.w(i), l) || ROLE_COMPOUND(toks.w(i), l) || COMPOUND_NOUN(l) || l.includes('-')) return false;
  if (f.isCommon(i, Infinity) || f.isCommon(i + 1, Infinity) || !f.nameLike(i + 1) || !f.endsName(i + 1)) return false;
  return !countryNames().has(l) && !countryNames().has(f.lower(i + 1)) && !f.places.has(f.foldOf(i)) && !f.places.has(f.foldOf(i + 1)) && !isBareNoun(toks.w(i));
}
