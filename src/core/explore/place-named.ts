/**
 * People's names the library itself names as places: a club, a team or a firm of a city, which one
 * report alone cannot tell from a person (`gegen Sturm Graz` shows nothing), while the library's
 * other reports write the city as a place (`in Graz`). A person's name is left out of the people
 * when
 *
 * - the library names it whole as a place in as many reports as a person (`Palermo`);
 * - it is two words, the second a place of the library and the first no given name of any list
 *   (`Sturm Graz`, `Schachtjor Donezk`); the lists hold the older German given names too
 *   (`data/de-more-given-names.json`), so `Eberhard Blumenthal` stays a person.
 *
 * A name a role stands before in some report stays a person: a surname the finder also took for a
 * place (`Vertrauen in Galant`) after a given name no list holds (`Verteidigungsminister Joav
 * Galant`; without this guard the dev set lost him). So does a name a person put into a group by
 * hand.
 */
import type { NameStat } from '../store/queries/entities';
import { nameKey } from '../store/queries/entities';
import { wordLists } from '../analysis/content-words';
import { isGivenSpelling, mayBeGivenName } from '../analysis/given-names';

/** A name's context (`name-context.ts`): other people's skeletons and, marked `~`, the roles before it. */
type ContextOf = (s: NameStat) => ReadonlySet<string> | null;

/**
 * Whether a person's name is a place's by the library's places (`placeArticles`: the reports
 * naming a name as a place, 0 for none) — see the module comment.
 */
export function placeNamedPerson(placeArticles: (name: string) => number, overrides: ReadonlyMap<string, string>, context: ContextOf): (s: NameStat) => boolean {
  return (s) => {
    if (s.kind !== 'person' || overrides.has(nameKey(s.kind, s.name))) return false;
    const words = s.name.split(' ');
    const shaped =
      placeArticles(s.name) >= s.articles ||
      (words.length === 2 && placeArticles(words[1]!) > 0 && !mayBeGivenName(words[0]!.toLowerCase()) && !isGivenSpelling(words[0]!, wordLists().firstNames));
    if (!shaped) return false;
    const ctx = context(s);
    return !ctx || ![...ctx].some((k) => k.startsWith('~'));
  };
}
