/**
 * The one thing search by entity needs from the entity groups: a lookup from a typed word to
 * every surname spelling of the person it names (or every spelling of a given name). Made from
 * the groups as plain data (`SpellingsData`), so a worker with its own connection can build it
 * and hand it to the library thread (`spellings-background.ts`).
 */
import type { EntityGroup } from './entity-groups';
import { nameSkeleton } from '../text/transliteration';
import { foldText } from '../text/fold';

/** The lookup as plain data: each map's entries, JSON-able and cheap to post between threads. */
export interface SpellingsData {
  /** Folded surname spelling → the person's surname spellings. */
  bySpelling: [string, string[]][];
  /** Surname skeleton → the spellings of the first person with it (`Prigozhin` → `Prigoschin`). */
  bySkeleton: [string, string[]][];
  /** Folded given name → its spellings across the library's full names. */
  givens: [string, string[]][];
  /** Folded whole name (`Mohammad Ghazi al-Jalali`) → the person's whole names. */
  byFullName: [string, string[]][];
}

/** The lookup's data from the library's entity groups (people only). */
export function spellingsData(groups: readonly EntityGroup[]): SpellingsData {
  const bySpelling = new Map<string, string[]>();
  const bySkeleton = new Map<string, string[]>();
  const byFullName = new Map<string, string[]>();
  const givenForms = new Map<string, Set<string>>();
  for (const g of groups) {
    if (g.kind !== 'person') continue;
    const full = g.names.map((n) => n.name).filter((n) => n.includes(' '));
    if (full.length > 1) for (const n of full) byFullName.set(foldText(n), full);
    for (const n of g.names) {
      const w = n.name.split(' ');
      if (w.length < 2) continue;
      const key = givenKey(w[0]!);
      if (!givenForms.has(key)) givenForms.set(key, new Set());
      givenForms.get(key)!.add(w[0]!);
    }
    const surnames = [...new Set(g.names.map((n) => withoutArticle(n.name.split(' ').pop()!)))];
    if (surnames.length < 2) continue;
    for (const sn of surnames) {
      bySpelling.set(foldText(sn), surnames);
      if (!bySkeleton.has(nameSkeleton(sn))) bySkeleton.set(nameSkeleton(sn), surnames);
    }
  }
  const givens = new Map<string, string[]>();
  for (const forms of givenForms.values()) if (forms.size > 1) for (const f of forms) givens.set(foldText(f), [...forms]);
  return { bySpelling: [...bySpelling], bySkeleton: [...bySkeleton], givens: [...givens], byFullName: [...byFullName] };
}

/**
 * The word → other spellings function over the data: a surname spelling (or one that sounds
 * the same), else a given name; a whole name gives the person's other whole names; null for
 * other words and words under 4 letters.
 */
export function spellingsLookup(data: SpellingsData): (word: string) => string[] | null {
  const bySpelling = new Map(data.bySpelling);
  const bySkeleton = new Map(data.bySkeleton);
  const givens = new Map(data.givens);
  const byFullName = new Map(data.byFullName);
  return (word) => {
    if (word.length < 4) return null;
    // A whole name: the person's other whole names (the caller keeps the one typed), not the
    // bare surname, which may be another person's too.
    if (word.includes(' ')) return byFullName.get(foldText(word)) ?? null;
    const w = withoutArticle(word);
    return bySpelling.get(foldText(w)) ?? bySkeleton.get(nameSkeleton(w)) ?? givens.get(foldText(w)) ?? null;
  };
}

/** `al-Golani` → `Golani`: search splits the article off as a word of its own. */
export function withoutArticle(name: string): string {
  return name.replace(/^(?:al|el|ad|ar|as|asch|ash|at|az|an)-(?=\p{Lu})/iu, '');
}

/** Spellings of one given name share their consonants (`Mohammed`/`Mohammad`, `Bashar`/`Baschar`). */
function givenKey(given: string): string {
  return nameSkeleton(given).replace(/[aeiou]/g, '');
}
