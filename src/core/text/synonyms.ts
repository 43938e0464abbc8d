import SETS from './data/de-synonyms.json';

/**
 * German synonyms as word roots (`wordRoot`): sets from OpenThesaurus
 * (`data/de-synonyms.json`, see its README), so that `Einnahme` and `Übernahme`, `entlassen`
 * and `freilassen`, `getötet` and `umgebracht` can meet. Indexed on first use.
 */

/** A root's synonym sets (each as its roots), and, once asked, its synonyms that sort before it. */
interface Entry {
  sets: string[][];
  earlier: readonly string[] | null;
}
let index: Map<string, Entry> | null = null;

/**
 * Each root's synonym sets, each set as its roots: split once (each compare asks for the sets of
 * some thousand roots; splitting a set's line per root asked was a sixth of a compare's time).
 */
function byRoot(): Map<string, Entry> {
  if (index) return index;
  const out = new Map<string, Entry>();
  for (const line of SETS as string[]) {
    const set = line.split(' ');
    for (const r of set) {
      const e = out.get(r);
      if (e) e.sets.push(set);
      else out.set(r, { sets: [set], earlier: null });
    }
  }
  index = out;
  return index;
}

/** A root's synonyms that sort before it, each once, in the order its sets give them; kept in its entry (one lookup a root a compare, in a map of ~60k). */
function earlierSynonyms(r: string, e: Entry): readonly string[] {
  if (e.earlier) return e.earlier;
  const seen = new Set<string>();
  for (const set of e.sets) for (const o of set) if (o < r) seen.add(o);
  return (e.earlier = [...seen]);
}

/**
 * For each root of `vocab`, the roots of `vocab` that share a synonym set with it and sort
 * before it: each link once, from the later root to the earlier (a feature added on one side
 * only, as a compound adds its parts).
 */
export function synonymLinks(vocab: ReadonlySet<string>): Map<string, string[]> {
  const roots = byRoot();
  const out = new Map<string, string[]>();
  for (const r of vocab) {
    const e = roots.get(r);
    if (!e) continue;
    let links: string[] | undefined;
    for (const o of earlierSynonyms(r, e)) if (vocab.has(o)) (links ??= []).push(o);
    if (links) out.set(r, links);
  }
  return out;
}
