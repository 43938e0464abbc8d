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
    const links = new Set<string>();
    for (const id of ids) for (const o of (SETS as string[])[id]!.split(' ')) if (o < r && vocab.has(o)) links.add(o);
    if (links.size) out.set(r, [...links]);
  }
  return out;
}
