import type { EntitySummary } from '../../shared/api';
import type { EntityGroup } from './entity-groups';

/** An entity group as People & places lists it: its names with their counts, its mentions and reports counted. */
export function summary(g: EntityGroup): EntitySummary {
  return {
    id: g.id, kind: g.kind, name: g.name,
    variants: g.names.map((n) => ({ text: n.name, count: n.count })),
    mentionCount: g.names.reduce((s, n) => s + n.count, 0),
    // Names of one group rarely share articles by accident; the largest per-name count is a floor.
    articleCount: Math.max(...g.names.map((n) => n.articles)),
    manual: g.manual,
  };
}
