import type Database from 'better-sqlite3';
import type { DerivedDataset } from './dataset';

const versions = new WeakMap<Database.Database, number>();

/**
 * A per-connection counter of changes to the compare tables, so the grouped views (timeline,
 * entities, stories) can be cached in memory and rebuilt only after a change.
 */
export function compareVersion(db: Database.Database): number {
  return versions.get(db) ?? 0;
}

/** Marks the compare tables as changed. */
export function bumpCompareVersion(db: Database.Database): void {
  versions.set(db, (versions.get(db) ?? 0) + 1);
}

const caches = new WeakMap<Database.Database, Map<string, { version: number; value: unknown }>>();

/** `build()`'s value, cached per connection until the compare tables change. */
export function cachedView<T>(db: Database.Database, name: string, build: () => T): T {
  let m = caches.get(db);
  if (!m) caches.set(db, (m = new Map()));
  const v = compareVersion(db);
  const hit = m.get(name);
  if (hit && hit.version === v) return hit.value as T;
  const value = build();
  m.set(name, { version: v, value });
  return value;
}

/**
 * The groupings of the explore views (timeline events, entities, stories), declared for
 * `core/derived`. They live in memory, built from the compare rows when a view asks and
 * dropped whenever those rows change, so there is nothing to build or store per article.
 */
export const exploreGroupingsDataset: DerivedDataset = {
  name: 'explore-groupings',
  version: 1,
  clear(db) {
    bumpCompareVersion(db);
  },
};
