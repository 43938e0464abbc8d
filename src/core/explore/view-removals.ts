/**
 * Reports taken out of the grouped views they are cached in (the trash; `views.ts` passes these
 * to `cachedView` beside the paths that fold new reports in). The timeline and stories take
 * them out of their indexes (`TimelineIndex.remove`, `StoryIndex.remove`); People & places
 * takes their name counts away from the names' statistics.
 */
import type { EntityGroup } from './entity-groups';
import { displayOf, entityIdFor } from './entity-groups';
import type { NameStat } from '../store/queries/entities';
import { nameKey } from '../store/queries/entities';
import type { Removal } from '../derived/explore-groupings';
import type { EntityId } from '../../shared/api';

/**
 * Takes the removed reports' name counts away from `statOf` (a name keeps its statistic, and its
 * place in the grouper, at no report: a restore counts it again where it was). Returns how many
 * names no report holds now, or null when a name is not known (the view is then built afresh).
 */
export function takeNamesAway(statOf: ReadonlyMap<string, NameStat>, removed: readonly Removal[]): number | null {
  let emptied = 0;
  for (const r of removed) {
    for (const n of r.names) {
      const st = statOf.get(nameKey(n.kind as NameStat['kind'], n.name));
      if (!st || st.articles < 1) return null;
      st.count -= n.count;
      st.articles -= 1;
      if (st.articles === 0) emptied++;
    }
  }
  return emptied;
}

/**
 * The groups without the names no report holds (their reports in the trash), each named by the
 * names left as a grouping names it (its most frequent full name) and without those left empty.
 */
export function liveGroups(groups: readonly EntityGroup[]): EntityGroup[] {
  const out: EntityGroup[] = [];
  const used = new Set(groups.map((g) => g.id));
  for (const g of groups) {
    const names = g.names.filter((n) => n.articles > 0);
    if (names.length === g.names.length) {
      out.push(g);
      continue;
    }
    used.delete(g.id);
    if (names.length === 0) continue;
    const name = displayOf(names);
    let id = g.manual || name === g.name ? g.id : entityIdFor(names[0]!.kind, name);
    for (let n = 2; used.has(id); n++) id = `${entityIdFor(names[0]!.kind, name)}-${n}` as EntityId;
    used.add(id);
    out.push({ ...g, id, name, names });
  }
  return out;
}
