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
import { isGenderedGivenPair } from '../text/given-gender';
import { isSameGivenName, nameSkeleton } from '../text/transliteration';
import type { SexOf } from './name-sex';

/** Signs each side needs to join two given names the ending rule parted (a pronoun misread once must not). */
const JOIN_SIGNS = 2;

/**
 * Whether two given names differ as a woman's and a man's form may: one the other and an ending
 * (`Andrea`/`Andreas`, `Simon`/`Simone`, `Kristin`/`Kristina`, `Stefan`/`Stefanie`, `Michel`/`Michelle`),
 * the last vowel another (`Daniela`/`Daniele`, `Maria`/`Mario`), or the ending rule's pairs. Only
 * then are the reports read: renderings of one name (`Sergej`/`Sergei`, `Mohammed`/`Mohammad`)
 * are most of the given names that differ, and reading their reports is the cost.
 */
function mayMarkSex(a: string, b: string): boolean {
  const fa = foldText(a).replace(/[^a-z]/g, ''), fb = foldText(b).replace(/[^a-z]/g, '');
  if (fa === fb) return false;
  const [short, long] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  if (long.startsWith(short) && /^(?:a|e|s|ie|ne|le|na)$/.test(long.slice(short.length))) return true;
  if (fa.length === fb.length && fa.slice(0, -1) === fb.slice(0, -1) && /[aeio]/.test(fa.slice(-1)) && /[aeio]/.test(fb.slice(-1))) return true;
  return isGenderedGivenPair(a, nameSkeleton(a), b, nameSkeleton(b));
}

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
  if (!mine || !group || !mayMarkSex(given, theirs)) return same;
  if (!same && !isSameGivenName(given, theirs, true, false)) return false;
  const a = mine(), b = group();
  const sa = sexOfTally(a), sb = sexOfTally(b);
  if (!sa || !sb) return same;
  if (same) return sa === sb;
  return sa === sb && a!.f + a!.m >= JOIN_SIGNS && b!.f + b!.m >= JOIN_SIGNS;
}
