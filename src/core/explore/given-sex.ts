/**
 * Whether two given names of one surname may be one person's, with what the reports say of each
 * person's sex (`name-sex.ts`) where the endings cannot say: `Andrea`/`Andreas`, `Simone`/`Simon`
 * are one name's renderings to `isSameGivenName` (each ending is a man's name in Italian or French
 * copy as often), and `Kristin`/`Kristina` two people's by the ending rule (`given-gender.ts`),
 * though both are mostly women's names. Two sexes read apart part them; one sex read on both, each
 * by `JOIN_SIGNS` signs or more, joins a pair the ending rule parted.
 */
import type { NameStat } from '../store/queries/entities';
import { sexOfTally, type SexTally } from '../analysis/person-sex';
import { foldText } from '../text/fold';
import { isSameGivenName } from '../text/transliteration';
import type { SexOf } from './name-sex';

/** Signs each side needs to join two given names the ending rule parted (a pronoun misread once must not). */
const JOIN_SIGNS = 2;

/** The signs of a group's full names (a bare surname may be anyone's of that surname). */
export function groupSexTally(members: readonly NameStat[], sexOf: SexOf): SexTally {
  const t: SexTally = { f: 0, m: 0 };
  for (const m of members) {
    if (!m.name.includes(' ')) continue;
    const x = sexOf(m);
    if (x) { t.f += x.f; t.m += x.m; }
  }
  return t;
}

/**
 * Whether `given` (of the name being filed) and `theirs` (the group's) may be one person's given
 * name; `mine` and `group` give each side's signs, read only when the names differ.
 */
export function givenMayBeOne(given: string, theirs: string, mine: (() => SexTally | null) | null, group: (() => SexTally | null) | null): boolean {
  const same = isSameGivenName(given, theirs);
  if (!mine || !group || foldText(given) === foldText(theirs)) return same;
  if (!same && !isSameGivenName(given, theirs, true, false)) return false;
  const a = mine(), b = group();
  const sa = sexOfTally(a), sb = sexOfTally(b);
  if (!sa || !sb) return same;
  if (same) return sa === sb;
  return sa === sb && a!.f + a!.m >= JOIN_SIGNS && b!.f + b!.m >= JOIN_SIGNS;
}
