/**
 * Given names written in another rendering than the listed one (`Mohammad` for `Mohammed`), and
 * given names of other languages than the German list's (`Olaf`, `Jelena`, `Recep`).
 */
import { nameSkeleton } from '../text/transliteration';
import { BoundedCache } from '../text/bounded-cache';
import WORLD_NAMES from './data/world-given-names.json';
import WORLD_WORDS from './data/world-given-words.json';
import MORE_GERMAN from './data/de-more-given-names.json';
import { wordLists } from './content-words';

let world: Set<string> | null = null;

/**
 * A name of the German given-name list, in any case: one function for every article (a closure
 * made per article was a "wrong call target" for V8 at each call site it was passed to).
 */
export function isGivenWord(w: string): boolean {
  return wordLists().firstNames.has(w.toLowerCase());
}

/**
 * A given name of some language (`data/world-given-names.json`, lowercase): enough to open a
 * name at a sentence's start (`Olaf Korvald hat …`), where a capital says nothing. Not a given
 * name for the rest of the name finder: the list holds words (`Tore`, `Halle`) that only a
 * following name makes names.
 */
export function isWorldGivenName(lower: string): boolean {
  world ??= new Set(WORLD_NAMES as string[]);
  if (world.has(lower)) return true;
  // The English rendering of a name the list holds as German writes it (`Yelena`, `Vadim`).
  const german = lower.replace(/^y/, 'j').replace(/v/g, 'w');
  return german !== lower && world.has(german);
}

let worldWords: Set<string> | null = null;

/**
 * Whether a word (lowercase) may be a given name of some language, also one the world list leaves
 * out for being a frequent German word (`walter`, `andy`, `matt`, `will`;
 * `data/world-given-words.json`): a cue that a run is no person must not overrule it.
 */
export function mayBeGivenName(lower: string): boolean {
  worldWords ??= new Set(WORLD_WORDS as string[]);
  return wordLists().firstNames.has(lower) || isWorldGivenName(lower) || worldWords.has(lower);
}

/** Given names by their consonants (`Mohammad` for `Mohammed`), built on first use. */
let givenConsonants: Set<string> | null = null;
/**
 * The older German given names (`wordLists().firstNames` holds them) have no renderings here: with
 * their consonants words took the shape of a given name (`Angeles Kings`, `Tennessee Whiskey`,
 * `Einreise von Flüchtlingen`: 15 runs of the 1,028-report library, no whole person's name).
 */
const olderGerman = new Set(MORE_GERMAN as string[]);

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
    for (const n of firstNames) if (n.length >= 5 && !olderGerman.has(n)) givenConsonants.add(consonantsOf(n));
  }
  const c = consonantsOf(word);
  return answers.set(word, c.length >= 3 && givenConsonants.has(c));
}
