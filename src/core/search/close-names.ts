/**
 * Garbled spellings of a person's name (`Cavelawili` for `Kavelashvili`, `Zurabishvilieva` for
 * `Zurabishvili`): a typed word that no person of the library is named with, but whose skeleton
 * is one edit from the skeleton of a word that one is, or that word with a short ending added.
 * Only long skeletons qualify: among short ones a letter tells two people apart (`Müller`/
 * `Möller`, `muler`/`moler`), among long ones a letter is a slip. Person words are indexed by
 * their skeletons and each skeleton less one letter (symmetric deletion), so a lookup is a few
 * map reads instead of an edit distance against every name.
 */
import { wordLists } from '../analysis/content-words';
import { isGivenWord, isWorldGivenName, mayBeGivenName } from '../analysis/given-names';
import { forEachWord } from '../text/words';
import { isGenderPair, isSwap, nameSkeleton } from '../text/transliteration';

/** Skeleton letters from which one edit is a slip rather than another name (`kavelavili`/`kavelasvili`). */
export const CLOSE_MIN_SKELETON = 8;
/**
 * From this many skeleton letters a slip is read when the typed word is in no report's indexed
 * text at all (`Gallat` for `Gallant`, `galat`/`galant`): among words the library writes a short
 * slip is mostly another name or a noun (`Bonner`/`Bohner`, `Winner`/`Vinger`), so that case
 * keeps `CLOSE_MIN_SKELETON`; a word no report writes would otherwise find nothing.
 */
export const UNWRITTEN_MIN_SKELETON = 5;

/** Person-name skeletons, each also under each of its one-letter deletions. */
export interface CloseIndex {
  skeletons: Set<string>;
  byDeletion: Map<string, string[]>;
}

/**
 * The skeletons of the words after a given name in person names (`Salome Zurabischwili` →
 * `surabisvili`); with `anyGiven`, after a first word no list holds as a given name too
 * (`Saddam Husain`, `Rustem Umjerow`), but not a frequent German word, which opens a run the
 * finder misread (`Hauptstadt Kairo`).
 */
export function surnameSkeletons(names: Iterable<string>, anyGiven = false): string[] {
  const out: string[] = [];
  for (const name of names) {
    const words: string[] = [];
    forEachWord(name, (s, e) => void words.push(name.slice(s, e)));
    const first = words[0];
    if (words.length < 2 || !first || !(isGivenWord(first) || isWorldGivenName(first.toLowerCase()) || (anyGiven && !isNounOpener(first)))) continue;
    for (const w of words.slice(1)) out.push(nameSkeleton(w));
  }
  return out;
}

/** A frequent German word that may be no given name (`Hauptstadt`; not `Hassan`, `Walter`). */
function isNounOpener(word: string): boolean {
  const lower = word.toLowerCase();
  return wordLists().common.get(lower) !== undefined && !mayBeGivenName(lower);
}

/** Indexes person-name skeletons (only those long enough to be matched loosely). */
export function closeIndex(skeletons: Iterable<string>): CloseIndex {
  const index: CloseIndex = { skeletons: new Set(), byDeletion: new Map() };
  for (const s of skeletons) {
    if (s.length < UNWRITTEN_MIN_SKELETON || index.skeletons.has(s)) continue;
    index.skeletons.add(s);
    for (const key of deletions(s)) {
      const list = index.byDeletion.get(key);
      if (list) list.push(s);
      else index.byDeletion.set(key, [s]);
    }
  }
  return index;
}

/**
 * Endings a report or a reader adds to a name as written: the genitive `s`, and a Slavic female
 * ending on a name that has no male Slavic form (`Zurabishvilieva`; `Petrowa` for `Petrow` is
 * another person, `isGenderPair`).
 */
const ADDED_ENDING = /(?:s|eva|ova|ina|aja|aya)$/;

/**
 * The person-name skeletons a typed word is a slip of, never its own skeleton: one with an
 * ending of `ADDED_ENDING` (`Zurabishvilieva` → `surabisvili`), one with another final vowel
 * (`Lukashenka` → `lukasenko`), or one edit or a swap away as `isSlip` keeps them (the deletion
 * keys find every skeleton one edit or a swap away). With `unwritten` (no report writes the typed
 * word) shorter skeletons qualify, from `UNWRITTEN_MIN_SKELETON`; else both sides from `CLOSE_MIN_SKELETON`.
 */
export function closeSkeletons(index: CloseIndex, typed: string, unwritten = false): string[] {
  const skeleton = nameSkeleton(typed);
  const min = unwritten ? UNWRITTEN_MIN_SKELETON : CLOSE_MIN_SKELETON;
  if (skeleton.length < min) return [];
  const found = new Set<string>();
  for (const key of [skeleton, ...deletions(skeleton)]) {
    for (const s of index.byDeletion.get(key) ?? []) if (isSlip(skeleton, s)) found.add(s);
    if (index.skeletons.has(key) && isSlip(skeleton, key)) found.add(key);
  }
  // Another final vowel (`Lukashenka` for `Lukashenko`, `Latushka`: the Belarusian rendering of
  // a Russian or Ukrainian `-o`); not a Slavic female form (`Kowalska` is not `Kowalski`).
  const last = skeleton[skeleton.length - 1]!;
  if (VOWELS.includes(last)) {
    for (const v of VOWELS) {
      const other = skeleton.slice(0, -1) + v;
      if (v !== last && index.skeletons.has(other) && !isGenderPair(skeleton, other) && !isGenderPair(other, skeleton)) found.add(other);
    }
  }
  const lower = typed.toLowerCase();
  const ending = ADDED_ENDING.exec(lower)?.[0];
  const stem = ending && nameSkeleton(lower.slice(0, -ending.length));
  if (stem && index.skeletons.has(stem) && !isGenderPair(skeleton, stem)) found.add(stem);
  found.delete(skeleton);
  return [...found].filter((s) => s.length >= min);
}

/**
 * The person-name skeletons one edit or a swap from a typed word's (a letter changed, added or
 * dropped anywhere), its own left out: candidates for another rendering of a name no report writes
 * as typed (`Morsi` for `Mursi`, `Rouhani` for `Rohani`), which the caller keeps only when the
 * grouping would read the two words as close (`compareNameWords`). The deletion keys find them all.
 */
export function oneEditSkeletons(index: CloseIndex, typed: string): string[] {
  const skeleton = nameSkeleton(typed);
  if (skeleton.length < UNWRITTEN_MIN_SKELETON) return [];
  const found = new Set<string>(index.byDeletion.get(skeleton) ?? []);
  for (const key of deletions(skeleton)) {
    if (index.skeletons.has(key)) found.add(key);
    for (const s of index.byDeletion.get(key) ?? []) if (s.length === skeleton.length) found.add(s);
  }
  found.delete(skeleton);
  return [...found];
}

const VOWELS = 'aeiou';

/**
 * Whether a typed skeleton is a slip of a name's: a consonant dropped or added inside it
 * (`kavelavili`/`kavelasvili`) or two letters swapped (`isSwap`). Not a changed letter, a vowel,
 * or a letter at the end: those make other names (`Brunnbauer`/`Bruckbauer`, `Lombardei`/
 * `Lombardi`) and German declensions (`Weinberge`/`Weinberger`, `Spitälern`/`Spitaler`). Names
 * differ most at their start, so the first letter agrees.
 */
function isSlip(typed: string, name: string): boolean {
  if (typed[0] !== name[0]) return false;
  if (typed.length === name.length) return isSwap(typed, name);
  const [long, short] = typed.length > name.length ? [typed, name] : [name, typed];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return i < long.length - 1 && !/[aeiou]/.test(long[i]!) && long.slice(i + 1) === short.slice(i);
}

/** A skeleton less each one of its letters, once each. */
function deletions(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < s.length; i++) out.add(s.slice(0, i) + s.slice(i + 1));
  return out;
}
