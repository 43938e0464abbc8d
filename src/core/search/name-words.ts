/**
 * Name-like words by their transliteration skeleton (`text/transliteration.ts`): every
 * capitalised word of an article that is no common German word, keyed so that a typed spelling
 * finds the library's other written forms of it (`Kovalenko` → `Kowalenko`, `Kowallenko`) even
 * when a form makes no entity of its own — one bare mention, a name after a given name no list
 * holds — which search by entity (`name-spellings.ts`) cannot reach.
 */
import { wordLists } from '../analysis/content-words';
import { isUpperCode } from '../text/chars';
import { foldWord, lowerCase } from '../text/fold';
import { compareNameWords, isSameGivenName, nameSkeleton } from '../text/transliteration';
import { analyzeWord, forEachWord, MAX_TOKEN_CHARS, stemWord } from '../text/words';
import type { ReadDb } from '../store/db';
import { personNames } from '../store/queries/entities';
import { nameWordsOf, type NameWordRow } from '../store/queries/name-words';
import { spellingsState } from '../store/queries/name-spellings';
import { textHoldsStem } from '../store/queries/search';
import { closestLibraryWord } from './word-speller';
import { CLOSE_MIN_SKELETON, UNWRITTEN_MIN_SKELETON, closeIndex, closeSkeletons, oneEditSkeletons, surnameSkeletons, type CloseIndex } from './close-names';

/**
 * Shorter words are mostly abbreviations and particles, whose skeletons (`al`, `bin`) meet
 * unrelated words; the skeleton of a longer name still tells renderings apart.
 */
const MIN_CHARS = 4;

/** A word search may widen by skeleton: long enough, no digit, not a common German word. */
export function isNameLike(word: string): boolean {
  if (word.length < MIN_CHARS || word.length > MAX_TOKEN_CHARS || /\d/.test(word)) return false;
  return wordLists().common.get(lowerCase(word)) === undefined;
}

/**
 * The name-like words of some texts, each folded form once, as written and joined by spaces: what
 * an extraction worker sends with the article (a few hundred bytes, where rows with their
 * skeletons were 3–7 kB a seed report); `nameWordRows` keys them on the library thread.
 */
export function nameWordsText(...texts: (string | null)[]): string {
  const seen = new Map<string, string>();
  for (const text of texts) {
    if (!text) continue;
    forEachWord(text, (s, e) => {
      if (e - s < MIN_CHARS || !isUpperCode(text.charCodeAt(s))) return;
      const word = text.slice(s, e);
      // `foldWord`, not the cached `analyzeWord` (whose folded form it is): on an extraction
      // worker nothing else asks that cache, and its entries (stems included) held ~20 MB of the
      // worker's heap by the end of a 10k import.
      const folded = foldWord(word);
      if (!seen.has(folded) && isNameLike(word)) seen.set(folded, word);
    });
  }
  return [...seen.values()].join(' ');
}

/** The rows of `search_name_words` for `nameWordsText`'s words (both caches make this a few µs). */
export function nameWordRows(words: string | undefined): NameWordRow[] {
  const out: NameWordRow[] = [];
  for (const word of words ? words.split(' ') : []) {
    const skeleton = nameSkeleton(word);
    // `foldWord`, not `analyzeWord`: on the library thread during an import nothing else fills the
    // word cache, whose entries (stems included) held 10–15 MB of a 10k import's peak.
    if (skeleton.length >= MIN_CHARS - 1) out.push({ skeleton, folded: foldWord(word), word });
  }
  return out;
}

/**
 * The library's other written forms of a typed word with its skeleton (`Kovalenko` →
 * `Kowalenko`, `Kowallenko`), or null: only for a name-like word, and never the word itself.
 * Two index reads at most (one `search_name_words` row set per skeleton).
 */
export function sameSkeletonWords(db: ReadDb, typed: string): string[] | null {
  if (!isNameLike(typed)) return null;
  const folded = analyzeWord(typed)[0];
  const skeleton = nameSkeleton(typed);
  const rows = nameWordsOf(db, skeleton);
  // A name typed in its genitive (`Marenkows`) also finds the name itself: the index has the
  // genitive only where a report writes it, and a stem keeps the `s` after a vowel, `w`, `j` or `y`.
  if (/[aeiouwjy]s$/i.test(typed) && typed.length > MIN_CHARS) rows.push(...nameWordsOf(db, nameSkeleton(typed.slice(0, -1))));
  let others = rows.filter((r) => r.folded !== folded);
  // A slip of a person's name that no person is named with and the library writes no other way
  // (`Cavelawili`): the forms of the names it is a slip of (`close-names.ts`). Asked only of a long
  // skeleton: the person words cost a read of the names' change count. A shorter one only when no
  // report's text holds the word (`Gallat`): the query would find nothing as typed, or only a
  // photo caption, the least edited text of a report, which writes the slip (the index is read
  // only for a word that is such a slip).
  const short = skeleton.length >= UNWRITTEN_MIN_SKELETON && skeleton.length < CLOSE_MIN_SKELETON;
  if (others.length === 0 && (skeleton.length >= CLOSE_MIN_SKELETON || short)) {
    const people = personWords(db);
    const slips = people.words.has(folded) ? [] : closeSkeletons(closeIndexOf(db, people), typed, short);
    const stem = analyzeWord(typed)[1];
    if (!short || (slips.length > 0 && !textHoldsStem(db, stem))) for (const s of slips) others.push(...nameWordsOf(db, s));
    others = others.filter((r) => r.folded !== folded);
    // A short slip is often a slip of a noun too (`Kanzer` of `Kanzler`, one letter from `Kaeser`):
    // only when the library's closest written word, what "did you mean" offers, is the name's form.
    if (short && others.length > 0) {
      const closest = closestLibraryWord(db, { text: typed, folded, stem });
      const closestFolded = closest === null ? null : foldWord(closest);
      if (!others.some((r) => r.folded === closestFolded)) others = [];
    }
  }
  if (others.length === 0 && skeleton.length >= UNWRITTEN_MIN_SKELETON) others = closeRenderings(db, typed, folded);
  if (others.length === 0) return null;
  // German nouns share skeletons too (`Torschütze`/`Torschüsse`, `Wiener`/`Winner`): only a
  // word of a person's name, typed or found, makes the others its renderings.
  const people = personWords(db);
  if (!people.words.has(folded) && !others.some((r) => people.words.has(r.folded))) return null;
  return [...new Set(others.map((r) => r.word))];
}

/** A written form of a word in the library (`search_name_words`). */
interface WordForm { folded: string; word: string }

/**
 * Another rendering of a surname no report writes as typed (`Morsi` where reports write `Mursi`,
 * `Rouhani` for `Rohani`, `Smotrich` for `Smotritch`): the library's surnames one edit or a swap
 * away that the grouping reads as close to it (`compareNameWords`: a vowel, a voiced/voiceless
 * pair, an ending's vowel; not `Peskow`/`Petkow`). With the slip search's guard for a word no
 * report writes: no report's indexed text holds its stem, and the library's closest written word,
 * what "did you mean" offers, is one of those forms or none (a slip of a noun is one edit from a
 * name too: `Kanzer` offers `Kanzler`; `Hussein` for `Husain` is two edits, beyond the speller).
 */
function closeRenderings(db: ReadDb, typed: string, folded: string): WordForm[] {
  const people = personWords(db);
  if (people.words.has(folded)) return [];
  const near: WordForm[] = [];
  people.surnames ??= closeIndex(surnameSkeletons(personNames(db), true));
  for (const s of oneEditSkeletons(people.surnames, typed)) {
    for (const r of nameWordsOf(db, s)) if (r.folded !== folded && people.words.has(r.folded) && compareNameWords(typed, r.word) === 'close') near.push(r);
  }
  if (near.length === 0) return [];
  const stem = analyzeWord(typed)[1];
  if (textHoldsStem(db, stem)) return [];
  const closest = closestLibraryWord(db, { text: typed, folded, stem });
  const closestFolded = closest === null ? null : foldWord(closest);
  return closestFolded === null || near.some((r) => r.folded === closestFolded) ? near : [];
}

/**
 * Other renderings of a given name typed before a surname (`Yitzhak Rabin` where reports write
 * `Jitzchak Rabin`, `Qassem`/`Ghassem Soleimani`), or none: the given names of the library's
 * people whose surname is the typed one that the grouping reads as one given name
 * (`isSameGivenName`), not a female or male form of it (`Paul`/`Paula`). With the guard of a
 * word no report writes: no report's text holds the typed given name's stem, so a given name the
 * library knows of someone else (`Maria` beside `Mario Müller`) is never widened.
 */
export function givenRenderings(db: ReadDb, given: string, surname: string): string[] {
  if (!isNameLike(given) || !/^\p{Lu}/u.test(given)) return [];
  const [folded, stem] = analyzeWord(given);
  const sur = foldWord(surname);
  const people = personWords(db);
  if (people.words.has(folded)) return [];
  if (!people.givenBySurname) {
    people.givenBySurname = new Map();
    for (const name of personNames(db)) {
      const words = name.split(' ');
      if (words.length < 2) continue;
      const key = foldWord(words[words.length - 1]!);
      const list = people.givenBySurname.get(key);
      if (list) list.push(words[0]!);
      else people.givenBySurname.set(key, [words[0]!]);
    }
  }
  const out = new Set<string>();
  for (const theirs of people.givenBySurname.get(sur) ?? []) {
    // The given name a frequent German word: a noun's phrase the finder took for a person (`Kalter Krieg`).
    if (foldWord(theirs) !== folded && isNameLike(theirs) && isSameGivenName(given, theirs) && !genderPair(foldWord(theirs), folded)) out.add(theirs);
  }
  if (out.size === 0 || textHoldsStem(db, stem)) return [];
  return [...out];
}

/** `paul`/`paula`, `michael`/`michaela`, `maria`/`mario`, `andreas`/`andrea`: one name's two genders. */
function genderPair(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (l.length - s.length <= 2 && l.startsWith(s)) return true;
  return a.length === b.length && a.slice(0, -1) === b.slice(0, -1) && /[aeiou]$/.test(a) && /[aeiou]$/.test(b);
}

/**
 * The library's name-like words (folded) that stemming cuts to the typed word's stem but are
 * another word (`Yener` for `Yene`, both `yen`; `Becker` for `Beck`), or none: a genitive `-s`
 * is the same name (`Merkels`). Only words of people's names, the typed one and those found
 * (no index read: the person words are held).
 */
export function sameStemNameWords(db: ReadDb, typed: string): string[] {
  if (!isNameLike(typed)) return [];
  const [folded, stem] = analyzeWord(typed);
  const people = personWords(db);
  if (!people.words.has(folded)) return [];
  // A word of this stem is the stem with Snowball's endings (`yen` + `er`). Both are words of
  // people's names: a place's adjective (`Grazer`) or a noun's plural (`Zuwanderern`) is the same
  // word to a reader, and ranks with it as before.
  const sameName = (a: string) => a === folded || a === `${folded}s` || folded === `${a}s`;
  const found = new Set<string>();
  for (const two of STEP_TWO) {
    for (const one of STEP_ONE) {
      const w = stem + two + one;
      if (!sameName(w) && people.words.has(w) && stemWord(w) === stem) found.add(w);
    }
  }
  return [...found];
}
/** Snowball German's endings: a word is its stem, one of the second step's, one of the first's. */
const STEP_TWO = ['', 'en', 'er', 'est', 'st'];
const STEP_ONE = ['', 'e', 'em', 'en', 'ern', 'er', 'es', 's'];

/** The folded words of the library's person names, and their close index once asked for. */
interface PersonWords {
  changes: number;
  words: Set<string>;
  close?: CloseIndex;
  /** The last words of every whole name, for another rendering of one (`closeRenderings`), once asked for. */
  surnames?: CloseIndex;
  /** Folded surname → the given names written before it (`givenRenderings`), once asked for. */
  givenBySurname?: Map<string, string[]>;
}

/** Per connection, while its names stand. */
const personWordCache = new WeakMap<ReadDb, PersonWords>();

/**
 * The close index of the person words, built on the first slip typed (`close-names.ts`): only
 * the words after a given name (`Salome Zurabischwili`), so that a declined noun the grouping
 * once took for a person (`Hersteller`) draws no noun to it (`Herstellers`).
 */
function closeIndexOf(db: ReadDb, people: PersonWords): CloseIndex {
  people.close ??= closeIndex(surnameSkeletons(personNames(db)));
  return people.close;
}

function personWords(db: ReadDb): PersonWords {
  const changes = spellingsState(db).changes;
  let c = personWordCache.get(db);
  if (!c || c.changes !== changes) {
    const words = new Set<string>();
    for (const name of personNames(db)) forEachWord(name, (s, e) => void (e - s >= MIN_CHARS && words.add(analyzeWord(name.slice(s, e))[0])));
    c = { changes, words };
    personWordCache.set(db, c);
  }
  return c;
}
