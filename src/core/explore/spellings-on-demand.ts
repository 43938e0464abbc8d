/**
 * The spellings lookup for a caller that builds it on its own thread (the CLI, a small
 * library): built only when a query word could get other spellings. Every key of the lookup
 * (`spellings-lookup.ts`) is a person's surname or given name as the library spells it, or a
 * surname's skeleton, so a word that is none of these gets null without grouping the
 * library's names: at 100,000 reports that is one index scan (~0.1 s) instead of the grouping
 * (~3 s), for a query with no name in it.
 */
import type { ReadDb } from '../store/db';
import { personNames } from '../store/queries/entities';
import { foldText } from '../text/fold';
import { nameSkeleton } from '../text/transliteration';
import { looseKey, withoutArticle } from './spellings-lookup';
import { otherSpellings } from './views';

/** Shortest word the lookup answers for (as `spellingsLookup`), but for a surname-first name's surname (`Hou`). */
const MIN_WORD = 4;

/** `otherSpellings(db)`, asked only for words that are (or sound like) a person's name in the library. */
export function spellingsOnDemand(db: ReadDb): ((word: string) => string[] | null) & { begun: (prefix: string, limit: number) => string[] } {
  let keys: { folded: Set<string>; skeletons: Set<string> } | null = null;
  // A name being typed: the surnames with other spellings come from the grouping, made only
  // when some surname of the library begins with it.
  const begun = (prefix: string, limit: number): string[] => {
    keys ??= nameKeys(db);
    for (const k of keys.folded) if (k.startsWith(prefix) && !k.includes(' ')) return otherSpellings(db).begun(prefix, limit);
    return [];
  };
  const lookup = (word: string): string[] | null => {
    if (word.length < 2) return null;
    keys ??= nameKeys(db);
    if (word.length < MIN_WORD && !keys.folded.has(foldText(word))) return null;
    const w = withoutArticle(word);
    const words = word.split(' ');
    // A whole name no report writes just so is asked by its loose key (`spellings-lookup.ts`).
    const loose = words.length > 1 && keys.folded.has(looseKey(words[0]!, words[words.length - 1]!));
    // So is a name of two surnames by the whole name less the second (`Nicolás Maduro Moros`).
    const lessSecond = words.length > 2 && keys.folded.has(foldText(words.slice(0, -1).join(' ')));
    // And a name of two words typed in the other order (`Kishida Fumio`).
    const otherOrder = words.length === 2 && keys.folded.has(foldText(`${words[1]} ${words[0]}`));
    if (!keys.folded.has(foldText(w)) && !keys.skeletons.has(nameSkeleton(w)) && !loose && !lessSecond && !otherOrder) return null;
    return otherSpellings(db)(word);
  };
  return Object.assign(lookup, { begun });
}

/** The folded surnames, given names and whole names of the library's people, and their surnames' skeletons. */
function nameKeys(db: ReadDb): { folded: Set<string>; skeletons: Set<string> } {
  const folded = new Set<string>();
  const skeletons = new Set<string>();
  for (const name of personNames(db)) {
    const w = name.split(' ');
    const surname = withoutArticle(w[w.length - 1]!);
    folded.add(foldText(surname));
    skeletons.add(nameSkeleton(surname));
    if (w.length > 1) {
      folded.add(foldText(w[0]!));
      // A whole name typed gets the person's other whole names, also loosely.
      folded.add(foldText(name));
      for (const given of w.slice(0, -1)) folded.add(looseKey(given, w[w.length - 1]!));
    }
  }
  return { folded, skeletons };
}
