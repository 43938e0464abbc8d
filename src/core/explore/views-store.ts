/**
 * The grouped views' served results kept in the library (`explore_views`, migration 24), so a
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
 *
 * A kill while the views are built or stored leaves the last stored rows (one transaction), stale
 * by the counter when the rows moved since: the next read builds the views again, whole.
 */
import type { ArticleId, Story, TimelineMention } from '../../shared/api';
import type { ReadDb, WriteDb } from '../store/db';
import { storedView, storedViewStamps, viewChangesCount, writeStoredViews, type StoredView } from '../store/queries/explore-views';
import { compareStamp, exploreGroupingsDataset, knownViewChanges, peekView, seedServedView, viewsStorable } from '../derived/explore-groupings';
import type { EntityGroup } from './entity-groups';
import type { TimelineResult } from './timeline';
import { SERVED, servedEntities } from './views-settle';

/** Quiet time (no view built, no compare row changed) before the views are stored. */
export const STORE_AFTER_MS = 10_000;

/** The views stored, in the order each reads the one before. */
const STORED = ['entities', 'stories', 'timeline'] as const;
type StoredName = (typeof STORED)[number];

/** A view as it serves (`SERVED`'s form) to the JSON stored. */
const TO_BODY: Record<StoredName, (served: unknown) => string> = {
  entities: (v) => JSON.stringify((v as { groups: EntityGroup[] }).groups),
  stories: (v) => JSON.stringify((v as { stories: Story[] }).stories),
  timeline: (v) => {
    const r = (v as { result: TimelineResult }).result;
    return JSON.stringify({ events: r.events, textDates: [...r.textDates] });
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
 * stands, which this connection's own changes agree with). Returns the views so cached.
 */
export function loadStoredViews(db: ReadDb, names: readonly string[]): string[] {
  const loaded: string[] = [];
  const known = knownViewChanges(db);
  if (known === null) return loaded;
  for (const name of names) {
    if (!isStored(name) || peekView(db, name)) continue;
    const row = storedView(db, name);
    if (!row || !isCurrent(row, known) || viewChangesCount(db) !== known) continue;
    seedServedView(db, name, FROM_BODY[name](row.body));
    loaded.push(name);
  }
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
  const known = knownViewChanges(db);
  if (known === null || db.readonly || !viewsStorable(db)) return [];
  const stamps = storedViewStamps(db);
  const rows: ({ view: string } & StoredView)[] = [];
  for (const name of STORED) {
    const held = peekView(db, name);
    const had = stamps.get(name);
    if (!held || !held.current || (had && isCurrent(had, known))) continue;
    const served = held.settled ? held.value : SERVED[name]!(held.value);
    rows.push({ view: name, version: exploreGroupingsDataset.version, stamp: known, body: TO_BODY[name](served) });
  }
  if (rows.length > 0) writeStoredViews(db as WriteDb, rows);
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
    try {
      storeViewsNow(db);
    } catch {
      // Derived data: not stored this time, built again on the next open.
    }
  };
  setTimeout(check, STORE_AFTER_MS).unref?.();
}
