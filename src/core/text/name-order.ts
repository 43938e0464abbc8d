/**
 * East Asian names put the surname first (`Yoon Suk Yeol`, `Lee Jae-myung`, `Han Dong Hoon`):
 * a short first word, then a given name of one or two syllables written as a hyphenated pair
 * or as two short words. What the name finder and the grouping need to know of such a name:
 * its surname is its first word, and a bare `Yoon` is that person.
 */

/** A romanised syllable pair written with a hyphen (`Jae-myung`, `Suk-yeol`, `An-su`). */
const SYLLABLE_PAIR = /^\p{Lu}\p{Ll}{0,4}-\p{Ll}{1,5}$/u;
/** One short capitalised word (`Yoon`, `Suk`, `Myung`). */
const SHORT_WORD = /^\p{Lu}\p{Ll}{0,4}$/u;

/**
 * Whether `words` (a name as written, two or three words) is surname first: a short first
 * word, then a syllable pair or two short words, none of them a given name a German list knows
 * (`Hans Peter Mayer` is not; `isGivenName` answers for the list).
 */
export function isSurnameFirst(words: readonly string[], isGivenName: (word: string) => boolean): boolean {
  if (words.length < 2 || words.length > 3 || !SHORT_WORD.test(words[0]!)) return false;
  const rest = words.slice(1);
  const shaped = rest.length === 1 ? SYLLABLE_PAIR.test(rest[0]!) : rest.every((w) => SHORT_WORD.test(w));
  return shaped && !words.some(isGivenName);
}

/** Whether one word is a romanised syllable pair (`Jae-myung`): a given name after a surname. */
export function isSyllablePair(word: string): boolean {
  return SYLLABLE_PAIR.test(word);
}
