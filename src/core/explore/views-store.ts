/**
 * The grouped views' served results kept in the library (`explore_views`, migration 26), so a
 * library reopened with the compare rows it had serves People & places, the stories and the
 * timeline without building them (a 100k library's build is ~20 s of CPU and a ~700 MB peak).
 *
 * - **Stored** once the views are quiet (`STORE_AFTER_MS` without a build or a compare change),
 *   each current view as it serves (`SERVED`), stamped with the counter of the compare rows'
 *   changes this connection knows of (`knownViewChanges`).
 * - **Kept current by being made stale**: every change a view reads (new rows, a trash, a
 *   re-indexed report, a merge or split, a version bump) moves the counter in the writer's
 *   transaction (`derived/explore-groupings.ts`), so a stored view whose stamp is not the counter
 *   is never served. The running app folds new reports into its views as before and stores them
 *   again once quiet.
 * - **Served** when a view is first asked on a connection: a current stored view is cached as
 *   settled (what it serves alone, `views-settle.ts`): new reports then build it afresh in slices.
 *   A host's first read also caches a stale one (built before changes it never saw) as stale:
 *   served, marked as updating, while the view is built again behind it (`views.ts`).
 *
 * A kill while the views are built or stored leaves the last stored rows (one transaction), stale
 * by the counter when the rows moved since: the next read builds the views again, whole.
 */
import type { ArticleId, Story, TimelineMention } from '../../shared/api';
import type { ReadDb, WriteDb } from '../store/db';
import { storedView, storedViewStamps, viewChangesCount, writeStoredViews, type StoredView } from '../store/queries/explore-views';
import { compareStamp, exploreGroupingsDataset, knownViewChanges, peekView, seedServedView, seedStaleView, viewsStorable } from '../derived/explore-groupings';
import type { EntityGroup } from './entity-groups';
import type { TimelineResult } from './timeline';
import { SERVED, servedEntities } from './views-settle';
import { runAtOnce, runInSlices, type Slices } from '../derived/slices';
import { compactHeapNow } from '../heap';

/** Quiet time (no view built, no compare row changed) before the views are stored. */
export const STORE_AFTER_MS = 10_000;

/**
 * Bodies of this many characters or more loaded at once are followed by a compaction of the heap:
 * at 100k reports the three are ~61 MB of JSON, garbage once parsed, and V8 otherwise kept the
 * pages it had held (the host at ~365 MB a minute later). Below (10k: 6.4 MB) the pause is not worth it.
 */
const COMPACT_FROM_CHARS = 16_000_000;

/** The views stored, in the order each reads the one before. */
const STORED = ['entities', 'stories', 'timeline'] as const;
type StoredName = (typeof STORED)[number];

/**
 * Items serialised in one go: a slice of the store's work. At 100k reports the timeline's body
 * is tens of MB, and one `JSON.stringify` of it held the library thread for seconds.
 */
const ITEMS_A_SLICE = 200;

/** `JSON.stringify(items)`, a few items a slice (the same text). */
function* jsonArray(items: readonly unknown[]): Slices<string> {
  const parts: string[] = [];
  for (let i = 0; i < items.length; i += ITEMS_A_SLICE) {
    parts.push(JSON.stringify(items.slice(i, i + ITEMS_A_SLICE)).slice(1, -1));
    yield;
  }
  return `[${parts.join(',')}]`;
}

/** A view as it serves (`SERVED`'s form) to the JSON stored, in slices. */
const TO_BODY: Record<StoredName, (served: unknown) => Slices<string>> = {
  entities: (v) => jsonArray((v as { groups: EntityGroup[] }).groups),
  stories: (v) => jsonArray((v as { stories: Story[] }).stories),
  timeline: function* (v) {
    const r = (v as { result: TimelineResult }).result;
    return `{"events":${yield* jsonArray(r.events)},"textDates":${yield* jsonArray([...r.textDates])}}`;
  },
};

/** The JSON stored back to what the view serves. */
const FROM_BODY: Record<StoredName, (body: string) => unknown> = {
  entities: (b) => servedEntities(JSON.parse(b) as EntityGroup[]),
  stories: (b) => ({ stories: JSON.parse(b) as Story[] }),
  timeline: (b) => {
    const r = JSON.parse(b) as { events: TimelineResult['events']; textDates: [ArticleId, { date: string; mentions: TimelineMention[] }][] };
    return { result: { events: r.events, textDates: new Map(r.textDates) } satisfies TimelineResult };
  },
};

function isStored(name: string): name is StoredName {
  return (STORED as readonly string[]).includes(name);
}

/**
 * Caches each of `names` not cached on this connection from the library's stored views, when the
 * stored one is current (this version of the groupings, built at the compare rows' counter as it
 * stands, which this connection's own changes agree with). With `stale`, one of this version that
 * is not current is cached too, as stale (`seedStaleView`): the last answer, served while the view
 * is built again. Returns the views cached current.
 */
export function loadStoredViews(db: ReadDb, names: readonly string[], stale = false): string[] {
  const loaded: string[] = [];
  const todo = names.filter((n): n is StoredName => isStored(n) && !peekView(db, n));
  const known = todo.length > 0 ? knownViewChanges(db) : null;
  if (known === null) return loaded;
  // Another process changed the rows since this connection's views were current: none is.
  const agree = viewChangesCount(db) === known;
  if (!agree && !stale) return loaded;
  const stamps = storedViewStamps(db);
  let chars = 0;
  for (const name of todo) {
    const had = stamps.get(name);
    const current = had !== undefined && agree && isCurrent(had, known);
    const row = current || (stale && had?.version === exploreGroupingsDataset.version) ? storedView(db, name) : null;
    if (!row) continue;
    if (current) {
      seedServedView(db, name, FROM_BODY[name](row.body));
      loaded.push(name);
    } else seedStaleView(db, name, FROM_BODY[name](row.body));
    chars += row.body.length;
  }
  if (chars >= COMPACT_FROM_CHARS) compactHeapNow();
  return loaded;
}

function isCurrent(row: Pick<StoredView, 'version' | 'stamp'>, known: number): boolean {
  return row.version === exploreGroupingsDataset.version && row.stamp === known;
}

/**
 * Stores every view cached and current on this connection whose stored row is not that view at
 * this stamp, in one transaction; the views stored. Nothing on a read-only connection or one
 * whose library holds no stored views.
 */
export function storeViewsNow(db: ReadDb): string[] {
  return runAtOnce(storingViews(db));
}

/**
 * `storeViewsNow` in slices: the bodies are made a few items a slice; nothing is written when the
 * compare rows changed meanwhile (the views made are then no longer current).
 */
export function* storingViews(db: ReadDb): Slices<string[]> {
  const known = knownViewChanges(db);
  if (known === null || db.readonly || !viewsStorable(db)) return [];
  const stamps = storedViewStamps(db);
  const at = compareStamp(db);
  const rows: ({ view: string } & StoredView)[] = [];
  for (const name of STORED) {
    const held = peekView(db, name);
    const had = stamps.get(name);
    if (!held || !held.current || (had && isCurrent(had, known))) continue;
    const served = held.settled ? held.value : SERVED[name]!(held.value);
    rows.push({ view: name, version: exploreGroupingsDataset.version, stamp: known, body: yield* TO_BODY[name](served) });
  }
  const now = compareStamp(db);
  if (rows.length === 0 || !db.open || now.version !== at.version || now.added !== at.added || knownViewChanges(db) !== known) return [];
  writeStoredViews(db as WriteDb, rows);
  return rows.map((r) => r.view);
}

const armed = new WeakSet<ReadDb>();

/**
 * Stores the views of `db` once quiet for `STORE_AFTER_MS` (`busy`: whether a build is under
 * way); one timer per library, which does not keep a process alive. A failure to write (a full
 * disk, a lock held by another process) stores nothing: the views are built again when next
 * opened, as before.
 */
export function storeWhenIdle(db: ReadDb, busy: () => boolean): void {
  if (armed.has(db) || db.readonly || knownViewChanges(db) === null) return;
  armed.add(db);
  let stamp = compareStamp(db);
  const check = (): void => {
    if (!db.open) return void armed.delete(db);
    const now = compareStamp(db);
    if (busy() || now.version !== stamp.version || now.added !== stamp.added) {
      stamp = now;
      setTimeout(check, STORE_AFTER_MS).unref?.();
      return;
    }
    armed.delete(db);
    // Derived data: on a failure nothing is stored this time, and the views are built on the next open.
    runInSlices(storingViews(db)).catch(() => {});
  };
  setTimeout(check, STORE_AFTER_MS).unref?.();
}
