/**
 * One suggestion per person: the suggestion index holds each name as written (`Witkoff`,
 * `Steve Witkoff`), so a typed `Witk` offered one person twice. Person suggestions that search by
 * entity takes for one person (`NameSpellings`, from the library's entity groups: a whole name
 * gives the person's other whole names and the surnames the grouping made theirs, a surname its
 * other spellings) become one, shown by its fullest name, the others' spellings as `also`.
 * Different people who share a word (`Dmitri Peskow`, `Kirill Dmitrijew`) stay apart: only the
 * grouping joins names, never a shared word.
 */
import type { Suggestion } from '../../shared/api';
import { foldText } from '../text/fold';
import type { NameSpellings } from './name-spellings';

/** Spellings said beside a person's name at most: the rest is in the People view. */
const MAX_ALSO = 3;

const wordCount = (s: string) => s.split(/\s+/).length;

/**
 * The suggestions with each person once, where its first spelling stood: by the person's most
 * frequent whole name (else the fullest name offered; of equal ones, the first), score the best
 * of them, `also` the other spellings offered. Other kinds pass unchanged.
 */
export function groupPeople(suggestions: Suggestion[], lookup: NameSpellings | (() => NameSpellings | null)): Suggestion[] {
  const people = suggestions.map((s, i) => ({ s, i })).filter(({ s }) => s.kind === 'person');
  if (people.length < 2) return suggestions;
  // The lookup is asked for only now: most typed texts offer fewer than two people, and getting
  // it (search by entity's, `spellings-background.ts`) may mean reading the library's names.
  const spellingsOf = lookup.length === 0 ? (lookup as () => NameSpellings | null)() : (lookup as NameSpellings);
  if (!spellingsOf) return suggestions;
  // Union-find over the people offered: two are one when one's spellings hold the other's name.
  const parent = people.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const owner = new Map<string, number>();
  people.forEach(({ s }, i) => {
    for (const key of [s.text, ...(spellingsOf(s.text) ?? [])].map((n) => foldText(n))) {
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else parent[root(i)] = root(j);
    }
  });
  const groups = new Map<number, Suggestion[]>();
  people.forEach(({ s }, i) => {
    const r = root(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(s);
  });
  const merged = new Map<Suggestion, Suggestion | null>();
  for (const members of groups.values()) {
    if (members.length === 1) continue;
    const fullest = members.reduce((best, s) => (wordCount(s.text) > wordCount(best.text) ? s : best));
    // The lookup lists a person's whole names most frequent first: its first is the name the
    // People view shows (`EntityGroup.name`), so the two views call the person alike.
    // Not the longest: a name read with a word before it (`Kanzlerin Angela Merkel`) is one of
    // the person's rarer forms.
    const common = (spellingsOf(fullest.text) ?? []).find((n) => wordCount(n) > 1);
    const text = common ?? fullest.text;
    const also = [...new Set(members.map((s) => s.text).filter((t) => foldText(t) !== foldText(text)))].slice(0, MAX_ALSO);
    // Spellings that differ only in accents or case (`İmamoğlu`, `Imamoglu`) are not said again.
    const one: Suggestion = { ...members[0]!, text, score: Math.max(...members.map((s) => s.score)), ...(also.length ? { also } : {}) };
    // The person stands where its first spelling stood; the other places go.
    members.forEach((s, k) => merged.set(s, k === 0 ? one : null));
  }
  if (merged.size === 0) return suggestions;
  const out: Suggestion[] = [];
  for (const s of suggestions) {
    const m = merged.get(s);
    if (m === undefined) out.push(s);
    else if (m) out.push(m);
  }
  return out;
}
