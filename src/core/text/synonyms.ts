import SETS from './data/de-synonyms.json';

/**
 * German synonyms as word roots (`wordRoot`): sets from OpenThesaurus
 * (`data/de-synonyms.json`, see its README), so that `Einnahme` and `Übernahme`, `entlassen`
 * and `freilassen`, `getötet` and `umgebracht` can meet. Indexed on first use.
 */
let index: Map<string, number[]> | null = null;

function setsByRoot(): Map<string, number[]> {
  if (index) return index;
  index = new Map();
  (SETS as string[]).forEach((line, id) => {
    for (const r of line.split(' ')) {
      const ids = index!.get(r);
      if (ids) ids.push(id);
      else index!.set(r, [id]);
    }
  });
  return index;
}

/**
 * Per root asked, its synonyms that sort before it, each once, in the order its sets give them:
 * made once a root (splitting a set's line for every root asked, each compare, was a sixth of a
 * compare's time), and only for roots asked (the sets split up front held 3.5 MB more heap).
 * Bounded by the roots of the sets.
 */
const earlier = new Map<string, readonly string[]>();

function earlierSynonyms(r: string, ids: readonly number[]): readonly string[] {
  let list = earlier.get(r);
  if (list) return list;
  const seen = new Set<string>();
  for (const id of ids) for (const o of (SETS as string[])[id]!.split(' ')) if (o < r) seen.add(o);
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
    const ids = sets.get(r);
    if (!ids) continue;
    let links: string[] | undefined;
    for (const o of earlierSynonyms(r, ids)) if (vocab.has(o)) (links ??= []).push(o);
    if (links) out.set(r, links);
  }
  return out;
}
