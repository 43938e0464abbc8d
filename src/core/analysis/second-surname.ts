/**
 * A whole name written again after the report has named its surname, where it adds a spelling.
 * The finder ends a name at a surname the report already knows (`Präsident Putin Witkoff
 * empfange`: two people) and reads a word before such a surname as no given name (`Heute Maduro`,
 * `Kanzler Scholz`), so a later whole name was read as its bare surname, filed under the name
 * written first: a second surname (`Nicolás Maduro Moros` after `Nicolás Maduro`: Spanish and
 * Portuguese names carry two, and a report writes the second once, often not first), another
 * rendering of the given name (`Hussein Salami` after `Hossein Salami`, a copy's other source), or
 * the given name itself where the report named the bare surname first (`Springer-Chef Döpfner …
 * von Mathias Döpfner`) were lost. The same whole name written again is read as before.
 */
import { foldText } from '../text/fold';
import { isSameGivenName } from '../text/transliteration';
import { isWorldGivenName, mayBeGivenName } from './given-names';
import type { TokenTable } from './token-table';

/** What of the name finder these tests read (`NameFinder` has it; an interface, so the finder may ask them without an import circle). */
export interface KnownNames {
  readonly toks: TokenTable;
  /** Surnames the report has named, folded, to the fullest name written with each. */
  readonly persons: ReadonlyMap<string, string>;
  foldOf(i: number): string;
  lower(i: number): string;
  isGiven(i: number): boolean;
  isKnownSurname(i: number): boolean;
  isCommon(i: number, rank: number): boolean;
  endsName(i: number): boolean;
}

/**
 * Word `j` goes on the name of words `i`, `j - 1` (the known person's given name and surname) as
 * its second surname: no name the report knows, no given name of a list, no frequent word, and
 * the name plainly ends there.
 */
export function secondSurnameAt(f: KnownNames, i: number, j: number): boolean {
  if (j !== i + 2 || !f.toks.has(j)) return false;
  const known = f.persons.get(f.foldOf(j - 1));
  if (!known) return false;
  // The known person's given name, or a given name before their bare surname.
  const sp = known.indexOf(' ');
  if (sp > 0 ? foldText(known.slice(0, sp)) !== f.foldOf(i) : !f.isGiven(i)) return false;
  return !f.isKnownSurname(j) && !mayBeGivenName(f.lower(j)) && !f.isCommon(j, Infinity) && f.endsName(j);
}

/**
 * Word `i` is a given name of the person whose surname the report knows and word `i + 1` writes,
 * and the whole name adds a spelling: another rendering (`Yoav Gallant` after `Joav Gallant`), a
 * second surname after it, or a given name where only the bare surname was read.
 */
export function wholeAgainAt(f: KnownNames, i: number): boolean {
  const known = f.persons.get(f.foldOf(i + 1));
  if (!known || !f.toks.cap(i)) return false;
  // A given name of the lists (`Heute`, `Kanzler` are none).
  const german = f.isGiven(i), world = isWorldGivenName(f.lower(i));
  const sp = known.indexOf(' ');
  // Only a bare surname was read before: the whole name is new, where both lists hold the given name.
  if (sp < 0) return german && world;
  if (!german && !world) return false;
  if (known.lastIndexOf(' ') !== sp) return false;
  const given = known.slice(0, sp);
  // The same whole name again is read as before, as its bare surname filed under it, unless a
  // second surname goes on; another rendering of the given name is the report's own spelling.
  if (foldText(given) === f.foldOf(i)) return secondSurnameAt(f, i, i + 2);
  return isSameGivenName(given, f.toks.w(i));
}

/**
 * Words `i … i + 3` are two given names and two surnames (`José Luis Rodríguez Zapatero`, `Andrés
 * Manuel López Obrador`): both first words given names of the lists, the last two none, the last
 * no frequent word, and the name plainly ends after it. The finder reads three words at most.
 */
export function twoSurnamesAt(f: KnownNames, i: number): boolean {
  const toks = f.toks, k = i + 3;
  if (!toks.has(k) || !toks.joined(k) || toks.sentence[k] !== toks.sentence[i]) return false;
  const given = (x: number) => f.isGiven(x) || isWorldGivenName(f.lower(x));
  return given(i) && given(i + 1) && !given(i + 2) && !given(k) && !mayBeGivenName(f.lower(k)) && !f.isCommon(k, Infinity) && f.endsName(k);
}
