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

/** The entity groups as they serve, their map by name made on the first read that wants it. */
export function servedEntities(groups: EntityGroup[]): { groups: EntityGroup[]; readonly byName: Map<string, EntityGroup> } {
  let byName: Map<string, EntityGroup> | undefined;
  return {
    groups,
    get byName() {
      byName ??= groupsByName(groups);
      return byName;
    },
  };
}

/** What the idle timer reads the time from and waits on: the system's, or a test's. */
export interface SettleClock {
  /** Milliseconds from any fixed point (`performance.now()`). */
  now(): number;
  /** Calls `f` in `ms` without keeping the process alive. */
  later(f: () => void, ms: number): void;
}

const SYSTEM_CLOCK: SettleClock = {
  now: () => performance.now(),
  later: (f, ms) => {
    setTimeout(f, ms).unref?.();
  },
};
let clock = SYSTEM_CLOCK;
let settleFrom = SETTLE_FROM;

/**
 * Sets the clock of the idle timers started from now on, and the reports from which views
 * settle (tests: a minute and 25,000 reports are out of their reach); null for the system's
 * clock and `SETTLE_FROM`.
 */
export function setSettleClock(c: SettleClock | null, from = SETTLE_FROM): void {
  clock = c ?? SYSTEM_CLOCK;
  settleFrom = from;
}

/** Whether the views of `db` settle once idle (the library holds `SETTLE_FROM` reports or more): they then keep no index to fold into. */
export function viewsSettle(db: ReadDb): boolean {
  return compareDocCount(db) >= settleFrom;
}

interface Watch {
  stamp: CompareStamp;
  /** When a view was last built or read (the watch's clock). */
  active: number;
  clock: SettleClock;
}
const watches = new WeakMap<ReadDb, Watch>();

/**
 * Notes the views of `db` active now (a build started or ended) and settles them once quiet for
 * `SETTLE_AFTER_MS`; `busy` says whether a build is under way. One timer per library, which
 * does not keep a process alive.
 */
export function settleWhenIdle(db: ReadDb, busy: () => boolean): void {
  if (noteViewsRead(db)) return;
  const c = clock;
  const watch: Watch = { stamp: compareStamp(db), active: c.now(), clock: c };
  const check = (): void => {
    const stamp = compareStamp(db);
    if (stamp.version !== watch.stamp.version || stamp.added !== watch.stamp.added) {
      // Reports came in or the rows changed: quiet from now on at the earliest.
      watch.stamp = stamp;
      watch.active = c.now();
    }
    const quietFor = c.now() - watch.active;
    if (busy() || quietFor < SETTLE_AFTER_MS) {
      c.later(check, busy() ? SETTLE_AFTER_MS : SETTLE_AFTER_MS - quietFor);
      return;
    }
    watches.delete(db);
    if (db.open && viewsSettle(db)) settleViews(db);
  };
  c.later(check, SETTLE_AFTER_MS);
  watches.set(db, watch);
}

/**
 * Notes the views of `db` read now, when a timer watches them: a person reading them is not idle,
 * and settling compacts the heap (a pause of the library thread) that a page scrolled to would
 * wait for. False when no timer watches (no view built since the last settling).
 */
export function noteViewsRead(db: ReadDb): boolean {
  const w = watches.get(db);
  if (w) w.active = w.clock.now();
  return w !== undefined;
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
