import type Database from 'better-sqlite3';
import type { DerivedDataset } from './dataset';

/** A report whose compare rows went (the trash), with the name counts it had (read before they went). */
export interface Removal {
  id: string;
  names: { kind: string; name: string; count: number }[];
}

/**
 * Per connection: a counter of changes that invalidate the grouped views (a re-indexed or
 * cleared article, a merge), and the changes since it last moved that a view may fold into what
 * it holds instead of regrouping the library: articles indexed for the first time (an id) and
 * articles whose rows went (a `Removal`), in the order they came.
 */
interface ChangeLog {
  version: number;
  changes: (string | Removal)[];
}
const logs = new WeakMap<Database.Database, ChangeLog>();

function logOf(db: Database.Database): ChangeLog {
  let l = logs.get(db);
  if (!l) logs.set(db, (l = { version: 0, changes: [] }));
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
  l.changes = [];
  caches.get(db)?.clear();
}

/**
 * Notes an article's compare rows written: `fresh` when it had none before (a new article),
 * which views can fold in; otherwise (re-indexed, its rows replaced) the views are rebuilt.
 */
export function noteCompareRows(db: Database.Database, id: string, fresh: boolean): void {
  if (fresh) logOf(db).changes.push(id);
  else bumpCompareVersion(db);
}

/** Notes an article's compare rows gone (`names`: its name counts, read before they went), which views can take out. */
export function noteCompareRemoved(db: Database.Database, removal: Removal): void {
  logOf(db).changes.push(removal);
}

/**
 * The changes a view that has seen the first `seen` must fold in: the removals, to be taken out
 * first, then the ids to add (each once). A removal of an article added after the view was made
 * is no removal for it: that article's rows are not in it, and are gone when the adds are read.
 */
function pendingOf(changes: readonly (string | Removal)[]): { added: string[]; removed: Removal[] } {
  const added = new Set<string>(), removed: Removal[] = [];
  for (const c of changes) {
    if (typeof c === 'string') added.add(c);
    else if (!added.has(c.id)) removed.push(c);
  }
  return { added: [...added], removed };
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
 * returns the new value, or null to have it built afresh); with `remove`, articles whose rows
 * went since are taken out of it first (likewise). Without the one a change needs, it is built afresh.
 */
export function cachedView<T>(
  db: Database.Database,
  name: string,
  build: () => T,
  update?: (value: T, added: string[]) => T | null,
  remove?: (value: T, removed: Removal[]) => T | null,
): T {
  let m = caches.get(db);
  if (!m) caches.set(db, (m = new Map()));
  const log = logOf(db);
  const hit = m.get(name);
  if (hit && hit.version === log.version) {
    if (hit.added === log.changes.length) return hit.value as T;
    const { added, removed } = pendingOf(log.changes.slice(hit.added));
    // A settled view keeps only what it serves: it folds nothing in and is built afresh.
    let next: T | null = hit.settled ? null : (hit.value as T);
    if (next !== null && removed.length > 0) next = remove?.(next, removed) ?? null;
    if (next !== null && added.length > 0) next = update?.(next, added) ?? null;
    if (next !== null) {
      m.set(name, { version: log.version, added: log.changes.length, value: next });
      return next;
    }
  }
  const value = build();
  m.set(name, { version: log.version, added: log.changes.length, value });
  return value;
}

/** Where the compare tables stand on a connection: what a view built elsewhere was built from (`added`: the changes it has seen). */
export interface CompareStamp {
  version: number;
  added: number;
}

/** The compare tables' stamp now (take it before reading them for a view built off this thread). */
export function compareStamp(db: Database.Database): CompareStamp {
  const l = logOf(db);
  return { version: l.version, added: l.changes.length };
}

/**
 * A view's cached value without building it: `current` when no compare row changed since it
 * was built; not current when only articles came or went since (a change it folds in on its
 * next read unless `settled`). Undefined when it was never built or the rows changed otherwise.
 */
export function peekView<T>(db: Database.Database, name: string): { value: T; current: boolean; settled: boolean } | undefined {
  const hit = caches.get(db)?.get(name);
  const log = logOf(db);
  if (!hit || hit.version !== log.version) return undefined;
  return { value: hit.value as T, current: hit.added === log.changes.length, settled: hit.settled === true };
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
