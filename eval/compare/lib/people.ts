import { hasWords } from './anchors';
import type { GoldPerson, GoldSet } from './gold';

/** The gold people of several sets, one per name, with every spelling any set gives. */
export function mergePeople(sets: GoldSet[]): GoldPerson[] {
  const byName = new Map<string, Set<string>>();
  for (const s of sets) for (const p of s.people) for (const sp of p.spellings) byName.set(p.name, (byName.get(p.name) ?? new Set()).add(sp));
  return [...byName].map(([name, sp]) => ({ name, spellings: [...sp] }));
}

/** The spellings of a person that stand in at least one of the texts. */
export function spellingsPresent(p: GoldPerson, texts: string[]): string[] {
  return p.spellings.filter((sp) => texts.some((t) => hasWords(t, sp)));
}
