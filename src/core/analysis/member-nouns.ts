/**
 * Nouns for a member of a group — a faith, a denomination, a movement, a nation — by the German
 * suffixes that make them (`Sunnit`, `Maronit`, `Calvinist`, `Lutheraner`, `Jemenit`): after a
 * role word the finder reads the next capital as the person's name, but `der Ministerpräsident
 * Sunnit` says what the office holder is, not who. No list of groups: the lexicons lack most of
 * them (`sunnit`, `schiit`, `maronit` are in neither), the suffixes carry.
 */
import { countryNames } from './country-names';
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

let demonyms: Set<string> | null = null;

/**
 * Nouns for a country's people made from its German name in `-ien` by the usual endings (`Serbien`
 * → `Serbe`, `Serbin`; `Bosnien` → `Bosnier`, `Bosnierin`; `Italien` → `Italiener`): `die Mutter
 * Serbin, der Vater Bosnier` says where the parents come from, not who they are. Lowercase.
 */
export function isCountryDemonym(lower: string): boolean {
  if (!demonyms) {
    demonyms = new Set();
    // A name of more words by its first (`Bosnien und Herzegowina`).
    for (const name of countryNames().keys()) {
      const c = name.split(' ')[0]!;
      if (!c.endsWith('ien')) continue;
      const stem = c.slice(0, -3);
      for (const d of [`${stem}e`, `${stem}in`, `${stem}ier`, `${stem}ierin`, `${c}er`, `${c}erin`]) demonyms.add(d);
    }
  }
  return demonyms.has(lower);
}
