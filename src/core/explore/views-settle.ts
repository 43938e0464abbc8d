/**
 * The grouped views of a large library let go of their builds once idle. What a view serves
 * (the entity groups, the stories, the timeline's events and text dates) is a small part of
 * what its build keeps to fold new reports in (the grouper's blocking keys and name
 * statistics, the story index's postings, the timeline's rows and month groupings): at 100k
 * reports ~110 MB of heap against ~440 MB. Kept, that alone put the browser host far over its
 * 300 MB; the indexes pay only when reports come in while the views are open (an import the
 * person watches). So once no view was built and no compare row changed for `SETTLE_AFTER_MS`,
 * a library of `SETTLE_FROM` reports or more keeps only what the views serve
 * (`derived/explore-groupings.ts`, `settleView`), and the next read after new reports builds the
 * views afresh in slices (`viewsReady`) rather than folding the reports in.
 */
import type { Story } from '../../shared/api';
import type { ReadDb } from '../store/db';
import { compareDocCount } from '../store/queries/compare';
import { groupsByName } from './entity-by-name';
import type { EntityGroup } from './entity-groups';
import type { TimelineResult } from './timeline';
import { compareStamp, peekView, settleView, type CompareStamp } from '../derived/explore-groupings';
import { compactHeapNow } from '../heap';
import { emptyBoundedCaches } from '../text/bounded-cache';

/**
 * Reports from which the views settle. Below, the indexes are small (~45 MB of heap at 10k
 * reports) and a fold costs milliseconds a report where a fresh build costs seconds; at 100k a
 * fresh build is ~20 s of CPU in slices, paid once per session that reads a view after an import.
 */
export const SETTLE_FROM = 25_000;

/** Quiet time (no view built, no compare row changed) before the views settle. */
export const SETTLE_AFTER_MS = 60_000;

/**
 * What each grouped view serves, from its cached value (`views.ts`): the values keep the same
 * fields its readers read, without the indexes. An entity's group by name is made again on the
 * first read that wants it (a comparison naming people), not kept.
 */
export const SERVED: Readonly<Record<string, (value: unknown) => unknown>> = {
  entities: (v) => servedEntities((v as { groups: EntityGroup[] }).groups),
  stories: (v) => ({ stories: (v as { stories: Story[] }).stories }),
  timeline: (v) => ({ result: (v as { result: TimelineResult }).result }),
};

function servedEntities(groups: EntityGroup[]): { groups: EntityGroup[]; readonly byName: Map<string, EntityGroup> } {
  let byName: Map<string, EntityGroup> | undefined;
  return {
    groups,
    get byName() {
      byName ??= groupsByName(groups);
      return byName;
    },
  };
}

interface Watch {
  stamp: CompareStamp;
  /** When a view was last built (`performance.now()`). */
  active: number;
}
const watches = new WeakMap<ReadDb, Watch>();

/**
 * Notes the views of `db` active now (a build started or ended) and settles them once quiet for
 * `SETTLE_AFTER_MS`; `busy` says whether a build is under way. One timer per library, which
 * does not keep a process alive.
 */
export function settleWhenIdle(db: ReadDb, busy: () => boolean): void {
  const now = performance.now();
  const w = watches.get(db);
  if (w) {
    w.active = now;
    return;
  }
  const watch: Watch = { stamp: compareStamp(db), active: now };
  const check = (): void => {
    const stamp = compareStamp(db);
    if (stamp.version !== watch.stamp.version || stamp.added !== watch.stamp.added) {
      // Reports came in or the rows changed: quiet from now on at the earliest.
      watch.stamp = stamp;
      watch.active = performance.now();
    }
    const quietFor = performance.now() - watch.active;
    if (busy() || quietFor < SETTLE_AFTER_MS) {
      later(check, busy() ? SETTLE_AFTER_MS : SETTLE_AFTER_MS - quietFor);
      return;
    }
    watches.delete(db);
    if (db.open && compareDocCount(db) >= SETTLE_FROM) settleViews(db);
  };
  later(check, SETTLE_AFTER_MS);
  watches.set(db, watch);
}

function later(f: () => void, ms: number): void {
  setTimeout(f, ms).unref?.();
}

/**
 * Keeps of each cached view only what it serves, now, empties the thread's word memos its build
 * filled, and compacts the heap so the pages they held go back to the system (V8 keeps pages that
 * still hold a few live objects); true when any view settled.
 */
export function settleViews(db: ReadDb): boolean {
  let any = false;
  for (const [name, serve] of Object.entries(SERVED)) if (peekView(db, name) && settleView(db, name, serve)) any = true;
  if (any) {
    emptyBoundedCaches();
    compactHeapNow();
  }
  return any;
}
