import SETS from './data/de-synonyms.json';

/**
 * German synonyms as word roots (`wordRoot`): sets from OpenThesaurus
 * (`data/de-synonyms.json`, see its README), so that `Einnahme` and `Übernahme`, `entlassen`
 * and `freilassen`, `getötet` and `umgebracht` can meet. Indexed on first use.
 */
let index: Map<string, readonly string[][]> | null = null;

/**
 * Each root's synonym sets, each set as its roots: split once (each compare asks for the sets of
 * some thousand roots; splitting a set's line per root asked was a sixth of a compare's time).
 */
function setsByRoot(): Map<string, readonly string[][]> {
  if (index) return index;
  const byRoot = new Map<string, string[][]>();
  for (const line of SETS as string[]) {
    const set = line.split(' ');
    for (const r of set) {
      const sets = byRoot.get(r);
      if (sets) sets.push(set);
      else byRoot.set(r, [set]);
    }
  }
  index = byRoot;
  return index;
}

/** Per root asked, its synonyms that sort before it, each once, in the order its sets give them (bounded: roots of the sets only). */
const earlier = new Map<string, readonly string[]>();

function earlierSynonyms(r: string, of: readonly string[][]): readonly string[] {
  let list = earlier.get(r);
  if (list) return list;
  const seen = new Set<string>();
  for (const set of of) for (const o of set) if (o < r) seen.add(o);
  list = [...seen];
  earlier.set(r, list);
  return list;
}

/**
 * For each root of `vocab`, the roots of `vocab` that share a synonym set with it and sort
 * before it: each link once, from the later root to the earlier (a feature added on one side
 * only, as a compound adds its parts).
 */
export function synonymLinks(vocab: ReadonlySet<string>): Map<string, string[]> {
  const sets = setsByRoot();
  const out = new Map<string, string[]>();
  for (const r of vocab) {
    const of = sets.get(r);
    if (!of) continue;
    let links: string[] | undefined;
    for (const o of earlierSynonyms(r, of)) if (vocab.has(o)) (links ??= []).push(o);
    if (links) out.set(r, links);
  }
  return out;
}
