/**
 * One person under two names joined across the library through the reports that state it
 * (`analysis/name-aliases.ts`: `Lai Ching-te, genannt William Lai`): the person entity holding one
 * name and the one holding the other become one. Nothing else joins them — a report that writes
 * only `William Lai` is his through another report's statement, never through the shared surname
 * (`Jimmy Lai` is another man). A group a person made or split by hand is left as it is.
 */
import type { EntityGroup } from './entity-groups';

/**
 * `groups` with the groups of each stated pair's two names joined (into the one with a whole name
 * for display, else the larger; its id and display name stay). Pairs naming a name no person group holds change nothing.
 */
export function joinAliases(groups: EntityGroup[], pairs: readonly (readonly [string, string])[]): EntityGroup[] {
  if (pairs.length === 0) return groups;
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => {
    if (g.kind === 'person' && !g.manual) for (const n of g.names) if (n.kind === 'person') groupOf.set(n.name, i);
  });
  // Union–find over the groups' indices.
  const parent = groups.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const weight = (i: number) => groups[i]!.names.reduce((sum, n) => sum + n.count, 0);
  // The display is a whole name where either has one (`Gibran` joins `Gibran Rakabuming Raka`).
  const whole = (i: number) => groups[i]!.name.includes(' ');
  let joined = false;
  for (const [a, b] of pairs) {
    const ga = groupOf.get(a), gb = groupOf.get(b);
    if (ga === undefined || gb === undefined) continue;
    const ra = root(ga), rb = root(gb);
    if (ra === rb) continue;
    const [big, small] = whole(ra) !== whole(rb) ? (whole(ra) ? [ra, rb] : [rb, ra]) : weight(ra) >= weight(rb) ? [ra, rb] : [rb, ra];
    parent[small] = big;
    joined = true;
  }
  if (!joined) return groups;
  const members = new Map<number, EntityGroup['names']>();
  groups.forEach((g, i) => {
    const r = root(i);
    if (r !== i) members.set(r, [...(members.get(r) ?? []), ...g.names]);
  });
  const out: EntityGroup[] = [];
  groups.forEach((g, i) => {
    if (root(i) !== i) return;
    const more = members.get(i);
    out.push(more ? { ...g, names: [...g.names, ...more].sort((x, y) => y.count - x.count) } : g);
  });
  return out;
}
