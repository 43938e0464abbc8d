/** The entity groups by each of their names' keys: what a comparison naming people looks up. */
import { nameKey } from '../store/queries/entities';
import type { EntityGroup } from './entity-groups';

export function groupsByName(groups: readonly EntityGroup[]): Map<string, EntityGroup> {
  const byName = new Map<string, EntityGroup>();
  for (const g of groups) for (const n of g.names) byName.set(nameKey(n.kind, n.name), g);
  return byName;
}
