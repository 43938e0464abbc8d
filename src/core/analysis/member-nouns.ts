/**
 * Nouns for a member of a group — a faith, a denomination, a movement, a nation — by the German
 * suffixes that make them (`Sunnit`, `Maronit`, `Calvinist`, `Lutheraner`, `Jemenit`): after a
 * role word the finder reads the next capital as the person's name, but `der Ministerpräsident
 * Sunnit` says what the office holder is, not who. No list of groups: the lexicons lack most of
 * them (`sunnit`, `schiit`, `maronit` are in neither), the suffixes carry.
 */
import { suffixTest } from './suffixes';

const MEMBER_ENDING = suffixTest(['it', 'iten', 'ist', 'isten', 'aner']);

/**
 * The word (capitalised, `lower` its lowercase) is shaped as a noun for a member of a group: one of
 * the suffixes, six letters or more (`Smit`, `Feist` are surnames), no capital inside. The caller
 * rules out given names (`Ümit`, `Judit`), which share the ending.
 */
export function isMemberNounShape(word: string, lower: string): boolean {
  return lower.length >= 6 && MEMBER_ENDING(word, lower) && word.slice(1) === lower.slice(1) && !word.includes('-');
}
