/** Given names written in another rendering than the listed one (`Mohammad` for `Mohammed`). */
import { nameSkeleton } from '../text/transliteration';

/** Given names by their consonants (`Mohammad` for `Mohammed`), built on first use. */
let givenConsonants: Set<string> | null = null;

/** Consonants of a name's skeleton: vowels are what renderings of one given name differ in. */
function consonantsOf(word: string): string {
  return nameSkeleton(word).replace(/[aeiou]/g, '');
}

/**
 * Another rendering of a listed given name (`Mohammad`, `Mohamed` for `Mohammed`): the same
 * consonants, three or more, so short names (`Ali`, `Ina`) do not stand for every word.
 */
export function isGivenSpelling(word: string, firstNames: ReadonlySet<string>): boolean {
  if (word.length < 5) return false;
  if (!givenConsonants) {
    givenConsonants = new Set();
    for (const n of firstNames) if (n.length >= 5) givenConsonants.add(consonantsOf(n));
  }
  const c = consonantsOf(word);
  return c.length >= 3 && givenConsonants.has(c);
}
