import type Database from 'better-sqlite3';
import type { DerivedDataset } from './dataset';

/**
 * Per connection: a counter of changes that invalidate the grouped views (a re-indexed or
 * cleared article, a merge), and the articles indexed for the first time since it last moved,
 * which a view may fold into what it holds instead of regrouping the library.
 */
interface ChangeLog {
  version: number;
  added: string[];
}
const logs = new WeakMap<Database.Database, ChangeLog>();

function logOf(db: Database.Database): ChangeLog {
  let l = logs.get(db);
  if (!l) logs.set(db, (l = { version: 0, added: [] }));
  return l;
}

/** The version of the compare tables: it moves on every change a view cannot fold in. */
export function compareVersion(db: Database.Database): number {
  return logOf(db).version;
}

/**
 * Marks the compare tables as changed: every grouped view is built afresh on its next read. What
 * the views held is dropped now: it can never be read again, and kept until the next read it
 * sat in the heap through a whole catch-up (the old timeline, entities and stories of 10k
 * reports, marked again by every collection there).
 */
export function bumpCompareVersion(db: Database.Database): void {
  const l = logOf(db);
  l.version++;
  l.added = [];
  caches.get(db)?.clear();
}

/**
 * Notes an article's compare rows written: `fresh` when it had none before (a new article),
 * which views can fold in; otherwise (re-indexed, its rows replaced) the views are rebuilt.
 */
export function noteCompareRows(db: Database.Database, id: string, fresh: boolean): void {
  if (fresh) logOf(db).added.push(id);
  else bumpCompareVersion(db);
}

/** A cached view; `settled`: its value is what it serves alone (`settleView`), which folds nothing in. */
interface Cached {
  version: number;
  added: number;
  value: unknown;
  settled?: true;
}
const caches = new WeakMap<Database.Database, Map<string, Cached>>();

/**
 * `build()`'s value, cached per connection until the compare tables change. With `update`,
 * articles indexed for the first time since are folded into the cached value (`update`
 * returns the new value, or null to have it built afresh).
 */
export function cachedView<T>(db: Database.Database, name: string, build: () => T, update?: (value: T, added: string[]) => T | null): T {
  let m = caches.get(db);
  if (!m) caches.set(db, (m = new Map()));
  const log = logOf(db);
  const hit = m.get(name);
  if (hit && hit.version === log.version) {
    if (hit.added === log.added.length) return hit.value as T;
    const next = hit.settled ? null : (update?.(hit.value as T, log.added.slice(hit.added)) ?? null);
    if (next !== null) {
      m.set(name, { version: log.version, added: log.added.length, value: next });
      return next;
    }
  }
  const value = build();
  m.set(name, { version: log.version, added: log.added.length, value });
  return value;
}

/** Where the compare tables stand on a connection: what a view built elsewhere was built from. */
export interface CompareStamp {
  version: number;
  added: number;
}

/** The compare tables' stamp now (take it before reading them for a view built off this thread). */
export function compareStamp(db: Database.Database): CompareStamp {
  const l = logOf(db);
  return { version: l.version, added: l.added.length };
}

/**
 * A view's cached value without building it: `current` when no compare row changed since it
 * was built; not current when only new articles came since (their rows are not in it), which
 * it folds in on its next read unless `settled`. Undefined when it was never built or the rows
 * changed otherwise.
 */
export function peekView<T>(db: Database.Database, name: string): { value: T; current: boolean; settled: boolean } | undefined {
  const hit = caches.get(db)?.get(name);
  const log = logOf(db);
  if (!hit || hit.version !== log.version) return undefined;
  return { value: hit.value as T, current: hit.added === log.added.length, settled: hit.settled === true };
}

/**
 * Replaces a cached view's value by what it serves alone (`served`, from its value), letting
 * go of what its build keeps to fold new articles in: a read after new articles builds it
 * afresh instead. False when nothing current is cached under `name`.
 */
export function settleView(db: Database.Database, name: string, served: (value: unknown) => unknown): boolean {
  const hit = caches.get(db)?.get(name);
  if (!hit || hit.version !== logOf(db).version || hit.settled) return false;
  caches.get(db)!.set(name, { version: hit.version, added: hit.added, value: served(hit.value), settled: true });
  return true;
}

/**
 * Caches a view's value built off this thread from the rows as they stood at `stamp`; false
 * (and nothing cached) when rows changed since in a way a view cannot fold in.
 */
export function seedView(db: Database.Database, name: string, value: unknown, stamp: CompareStamp): boolean {
  if (logOf(db).version !== stamp.version) return false;
  let m = caches.get(db);
  if (!m) caches.set(db, (m = new Map()));
  m.set(name, { version: stamp.version, added: stamp.added, value });
  return true;
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
