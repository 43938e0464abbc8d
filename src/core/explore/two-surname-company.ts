/**
 * The company check of a name and the group that holds it with or without a second surname
 * (`Edmundo González`/`Edmundo González Urrutia`, `entity-groups.ts`). The shorter name's reports
 * count only where it stands apart from the longer: where the finder cut the longer name short
 * (`Rede von Martin Luther King hört` read as `Martin Luther`), the shorter name's company is the
 * longer's by construction and proves nothing of the shorter name's other reports (the reformer).
 */
import type { NameStat } from '../store/queries/entities';
import { lessSecondSurname } from './name-parts';

/**
 * Who a name is named with; with `apartFrom`, only from its reports where no mention runs on into
 * that word, null when every one does. Without it, never null.
 */
type Context = (stat: NameStat, apartFrom?: string) => ReadonlySet<string> | null;

function wordCount(name: string): number {
  return name.split(' ').filter(Boolean).length;
}

function meets(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * Whether `s` shares company with a group whose members include it with or without `second`:
 * `mine` and `groupContext` are the name's and the group's whole contexts (kept by the caller).
 */
export function sharesCompanyApart(s: NameStat, second: string, members: readonly NameStat[], context: Context, mine: () => ReadonlySet<string>, groupContext: () => ReadonlySet<string>, isGivenName: (word: string) => boolean): boolean {
  const n = wordCount(s.name);
  const shorter = (m: NameStat) => wordCount(m.name) === n - 1 && lessSecondSurname(s.name, m.name, isGivenName) === second;
  // The name is the shorter one: its own reports that cut the longer are left out, unless every
  // report does (then it is only ever the longer one and its whole company stands: `Aksel Lund`
  // of a table's `Aksel Lund Svindal (NOR)`).
  if (!members.some(shorter)) return meets(context(s, second) ?? mine(), groupContext());
  // The group holds the shorter: those members are read apart, the others whole (the cut ones first, most often decisive).
  for (const m of members) if (shorter(m) && meets(context(m, second) ?? context(m)!, mine())) return true;
  for (const m of members) if (!shorter(m) && meets(context(m)!, mine())) return true;
  return false;
}
