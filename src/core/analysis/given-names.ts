/** Given names written in another rendering than the listed one (`Mohammad` for `Mohammed`). */
import { nameSkeleton } from '../text/transliteration';
import { BoundedCache } from '../text/bounded-cache';

/** Given names by their consonants (`Mohammad` for `Mohammed`), built on first use. */
let givenConsonants: Set<string> | null = null;

/**
 * Per word as written: the answer of `isGivenSpelling`. The name finder asks it of most
 * capitalised words of every article, and working it out is a skeleton lookup, a regex replace
 * and a set lookup (~6 % of the analysis); a hit here is one lookup.
 */
const answers = new BoundedCache<string, boolean>(100_000);

/** Consonants of a name's skeleton: vowels are what renderings of one given name differ in. */
function consonantsOf(word: string): string {
  return nameSkeleton(word).replace(/[aeiou]/g, '');
}

/**
 * Another rendering of a listed given name (`Mohammad`, `Mohamed` for `Mohammed`): the same
 * consonants, three or more, so short names (`Ali`, `Ina`) do not stand for every word.
 * `firstNames` is the one list of `wordLists()` (the answers are cached per word).
 */
export function isGivenSpelling(word: string, firstNames: ReadonlySet<string>): boolean {
  if (word.length < 5) return false;
  const known = answers.get(word);
  if (known !== undefined) return known;
  if (!givenConsonants) {
    givenConsonants = new Set();
    for (const n of firstNames) if (n.length >= 5) givenConsonants.add(consonantsOf(n));
  }
  const c = consonantsOf(word);
  return answers.set(word, c.length >= 3 && givenConsonants.has(c));
}
