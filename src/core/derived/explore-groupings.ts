import type Database from 'better-sqlite3';
import type { DerivedDataset } from './dataset';
import type { WriteDb } from '../store/db';
import { clearStoredViews, countViewChange, viewChangesCount } from '../store/queries/explore-views';

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

/**
 * Per connection: the stored counter of the compare rows' changes as this connection's views
 * know it (read before its first view is loaded or built, then moved by its own changes). A view
 * stored from this connection is stamped with it: when another process changed the rows
 * meanwhile, the library's counter is past it and the stored view is never served.
 */
const known = new WeakMap<Database.Database, number>();

/** The changes of the compare rows this connection's views know of (see `known`); null for a library without stored views. */
export function knownViewChanges(db: Database.Database): number | null {
  let k = known.get(db);
  if (k === undefined) {
    const c = viewChangesCount(db);
    if (c === null) return null;
    known.set(db, (k = c));
  }
  return k;
}

/** Counts a change of the compare rows in the library (stored views built before it are stale from now on). */
function countChange(db: Database.Database): void {
  if (db.readonly) return;
  const k = knownViewChanges(db);
  if (k === null) return;
  countViewChange(db as WriteDb);
  known.set(db, k + 1);
}

/** Per connection: the compare version at which the views held came to differ from the library in what they do not follow (a title edit). */
const diverged = new WeakMap<Database.Database, number>();

/**
 * Notes an article's title, outlet or author edited: the views held keep what they read (as
 * they always did until rebuilt), but they are no longer what a build would give, so the stored
 * ones go stale and these are not stored until the views are built again.
 */
export function noteViewsDiverged(db: Database.Database): void {
  countChange(db);
  diverged.set(db, logOf(db).version);
}

/** Whether the views held on this connection are what a build from the library would give (they may be stored). */
export function viewsStorable(db: Database.Database): boolean {
  return diverged.get(db) !== logOf(db).version;
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
  countChange(db);
}

/**
 * Notes an article's compare rows written: `fresh` when it had none before (a new article),
 * which views can fold in; otherwise (re-indexed, its rows replaced) the views are rebuilt.
 */
export function noteCompareRows(db: Database.Database, id: string, fresh: boolean): void {
  if (fresh) {
    logOf(db).changes.push(id);
    countChange(db);
  } else bumpCompareVersion(db);
}

/** Notes an article's compare rows gone (`names`: its name counts, read before they went), which views can take out. */
export function noteCompareRemoved(db: Database.Database, removal: Removal): void {
  logOf(db).changes.push(removal);
  countChange(db);
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

/**
 * A cached view; `settled`: its value is what it serves alone (`settleView`), which folds nothing
 * in; `stale`: a settled value from before changes it never saw (a stored view whose stamp is
 * behind the library's), never current, served only by `readingStale` while it is built again.
 */
interface Cached {
  version: number;
  added: number;
  value: unknown;
  settled?: true;
  stale?: true;
}

/** The connection whose reads serve the last answer of views being built again (`readingStale`). */
let servingStale: Database.Database | null = null;

/**
 * Runs `read` (synchronous) with the views of `db` that are built again behind it serving their
 * last answer: a settled view with changes to fold in, or a stale stored one, is read as it is
 * rather than built at once. Only the views' own reads ask it, after `viewsReady` started the build.
 */
export function readingStale<T>(db: Database.Database, read: () => T): T {
  const was = servingStale;
  servingStale = db;
  try {
    return read();
  } finally {
    servingStale = was;
  }
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
    // The last answer, while the view is built again behind it (`readingStale`).
    if (servingStale === db && hit.settled && (hit.stale || hit.added !== log.changes.length)) return hit.value as T;
    if (hit.added === log.changes.length && !hit.stale) return hit.value as T;
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
  return { value: hit.value as T, current: hit.added === log.changes.length && !hit.stale, settled: hit.settled === true };
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
 * Caches a view's value as what it serves alone (`settleView`'s form), read from the library's
 * stored views at the compare tables' present stamp: it folds nothing in, so the first read
 * after new reports builds the view afresh.
 */
export function seedServedView(db: Database.Database, name: string, value: unknown): void {
  let m = caches.get(db);
  if (!m) caches.set(db, (m = new Map()));
  const l = logOf(db);
  m.set(name, { version: l.version, added: l.changes.length, value, settled: true });
}

/**
 * Caches a view's last stored answer whose stamp is behind the library's (`seedServedView`'s form,
 * marked stale): never current, so the next read builds the view, and served meanwhile by
 * `readingStale` alone.
 */
export function seedStaleView(db: Database.Database, name: string, value: unknown): void {
  let m = caches.get(db);
  if (!m) caches.set(db, (m = new Map()));
  const l = logOf(db);
  m.set(name, { version: l.version, added: l.changes.length, value, settled: true, stale: true });
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
 * `core/derived`. They are built in memory from the compare rows when a view asks, and what
 * they serve is stored (`explore_views`, `explore/views-store.ts`) once the views are quiet, so
 * a library reopened with the same rows serves them without a build. Bump the version whenever
 * the groupings' output changes (any change of `core/explore`'s grouping, labels or order):
 * stored views of another version are never served, and are dropped at the next open.
 */
export const exploreGroupingsDataset: DerivedDataset = {
  name: 'explore-groupings',
  version: 2,
  clear(db) {
    clearStoredViews(db);
    bumpCompareVersion(db);
  },
};
