/**
 * The grouped views made ready for a read: loaded from the library's stored views, folded, or
 * built in slices (`derived/slices.ts`) so the calls queued meanwhile (a search, a page of the
 * list, the reader) are answered between slices; the view's own call then reads the cache.
 *
 * **Stale while revalidate.** A host's read (`revalidate` given) of views that hold a last answer
 * the build cannot fold new changes into — views settled at 100k (`views-settle.ts`) or stored
 * ones behind the library (`views-store.ts`) — is not made to wait for the build: the build runs
 * behind it, the read serves the last answer (`readingStale`), marked as updating, and the host is
 * told when the build lands (`landed`) so its windows read the views again. A change that drops
 * the views (a merge or split, a date edit, a re-extraction: `bumpCompareVersion`) leaves no last
 * answer, so the next read waits for the build as before: the person is waiting for that change.
 *
 * **Warmed to fold.** Stored views loaded current on a host's read serve at once, but hold no
 * index to fold new reports into: the first report imported would have them built whole behind
 * their last answer (10k: 14–30 s on a loaded machine before the page showed it). Below the size
 * at which views settle (`viewsSettle`), the host builds them again behind the stored answer, in
 * slices, right after it served it (`warmBehind`): the same views, now foldable, so a report
 * imported later is folded in within milliseconds. Settling libraries (100k) keep the stored
 * form: holding the indexes there is what settling let go (~440 MB).
 */
import type { ReadDb } from '../store/db';
import { compareStamp, compareVersion, peekView, seedView } from '../derived/explore-groupings';
import { runInSlices } from '../derived/slices';
import { ViewsProgress, type ViewsProgressListener } from './views-progress';
import { noteViewsRead, settleWhenIdle, viewsSettle } from './views-settle';
import { loadStoredViews, storeWhenIdle } from './views-store';
import { STAGES, VIEWS } from './views';

/** A grouped view, for `viewsReady`. */
export type ViewName = keyof typeof VIEWS;

/** The views in the order each reads the one before. */
const ORDER = Object.keys(VIEWS) as ViewName[];

/** Tries at a sliced build before the view is left to be built at once when read (the compare rows kept changing under it). */
const SLICED_TRIES = 3;

const building = new WeakMap<ReadDb, Map<ViewName, Promise<void>>>();
const busyOf = (db: ReadDb) => () => (building.get(db)?.size ?? 0) > 0;
/** The build under way of each library, for its progress (one for the calls that share it). */
const progressOf = new WeakMap<ReadDb, ViewsProgress>();

/** What a host is told of a build run behind the views' last answer. */
export interface Revalidate {
  /** The views serve their last answer from now on, marked as updating (once per build behind). */
  started(): void;
  /** The build behind ended (built, or left to the next read when the rows kept changing under it). */
  landed(): void;
}

/** The build behind the last answer of each library: the views it builds up to (it goes on to those asked meanwhile). */
const behindOf = new WeakMap<ReadDb, { upTo: number }>();

/**
 * Makes the grouped views up to `upTo` (and those it reads) ready to read. Without `revalidate`
 * (the CLI, comparisons, a merge) it resolves once they are current; with it, when each holds a
 * last answer but some must be built again, it starts that build behind them and resolves true
 * at once: the caller reads them with `readingStale` and marks its answer as updating. Several
 * calls share one build; a view whose compare rows changed while it was built is built again.
 */
export async function viewsReady(db: ReadDb, upTo: ViewName, onProgress?: ViewsProgressListener, revalidate?: Revalidate): Promise<boolean> {
  const names = ORDER.slice(0, ORDER.indexOf(upTo) + 1);
  // A reopened library's views, stored current; for a host also its stale ones, unless this
  // connection dropped views already (a change the person made, which they wait for).
  const loaded = loadStoredViews(db, names, revalidate !== undefined && compareVersion(db) === 0);
  storeWhenIdle(db, busyOf(db));
  if (revalidate && loaded.length > 0 && !viewsSettle(db)) warmBehind(db, loaded as ViewName[]);
  const todo = names.filter((n) => building.get(db)?.has(n) || !servable(db, n));
  if (todo.length === 0) return noteViewsRead(db), false;
  settleWhenIdle(db, busyOf(db));
  const progress = progressFor(db, todo, onProgress);
  if (revalidate && names.every((n) => peekView(db, n) !== undefined)) {
    buildBehind(db, names.length, progress, revalidate);
    return true;
  }
  try {
    for (const name of names) await readyWithProgress(db, name, progress);
  } finally {
    if (progress.finished && progressOf.get(db) === progress) progressOf.delete(db);
  }
  return false;
}

function progressFor(db: ReadDb, todo: readonly ViewName[], onProgress: ViewsProgressListener | undefined): ViewsProgress {
  let progress = progressOf.get(db);
  if (!progress) progressOf.set(db, (progress = new ViewsProgress()));
  if (onProgress) progress.listener = onProgress;
  for (const n of todo) progress.plan(n, STAGES[n]);
  return progress;
}

async function readyWithProgress(db: ReadDb, name: ViewName, progress: ViewsProgress): Promise<void> {
  await viewReady(db, name, progress);
  // Built by another call meanwhile, or left to its synchronous build: its stages are behind us.
  progress.skip(name, STAGES[name]);
}

/** Builds the views up to the `upTo`-th behind their last answer, once per library at a time; `landed` at its end. */
function buildBehind(db: ReadDb, upTo: number, progress: ViewsProgress, revalidate: Revalidate): void {
  const running = behindOf.get(db);
  if (running) return void (running.upTo = Math.max(running.upTo, upTo));
  const behind = { upTo };
  behindOf.set(db, behind);
  revalidate.started();
  void (async () => {
    try {
      for (let i = 0; i < behind.upTo; i++) await readyWithProgress(db, ORDER[i]!, progress);
    } catch {
      // The library closed under the build (a window's library switched): nothing to tell.
    } finally {
      behindOf.delete(db);
      if (progress.finished && progressOf.get(db) === progress) progressOf.delete(db);
      if (db.open) revalidate.landed();
    }
  })();
}

/** The warm-up behind each library's stored views (`warmBehind`), chained: one build at a time. */
const warmingOf = new WeakMap<ReadDb, Promise<void>>();

/**
 * Builds the views of `names` that hold only their stored answer (settled) again behind it, in
 * slices, so that they can fold new reports in (see the header). Queued after any warm-up under
 * way; its progress goes to a bar only when a read waits on the same build (`progressOf`).
 */
function warmBehind(db: ReadDb, names: readonly ViewName[]): void {
  const live: StageTold = {
    reached: (n, k) => progressOf.get(db)?.reached(n, k),
    part: (n, k, f) => progressOf.get(db)?.part(n, k, f),
  };
  const todo = ORDER.filter((n) => names.includes(n));
  const run = async (): Promise<void> => {
    for (const name of todo) if (db.open) await viewReady(db, name, live, true);
  };
  const next = (warmingOf.get(db) ?? Promise.resolve()).then(run).catch(() => {
    // The library closed under the build (a window's library switched): nothing to warm.
  });
  warmingOf.set(db, next);
}

/** The warm-up under way behind the stored views of `db` (resolved when none): tests and benches wait for it. */
export function viewsWarmed(db: ReadDb): Promise<void> {
  return warmingOf.get(db) ?? Promise.resolve();
}

/** What a build tells of its stages (a `ViewsProgress`, or one found when told). */
type StageTold = Pick<ViewsProgress, 'reached' | 'part'>;

/** Cached, or cached with new reports to fold in (`cachedView`'s update, at most a tenth of the library) unless settled (`views-settle.ts`). */
function servable(db: ReadDb, name: ViewName): boolean {
  const held = peekView(db, name);
  return held !== undefined && (held.current || !held.settled);
}

/**
 * Builds `name` in slices unless it is servable, or with `warm` unless it is anything but the
 * stored answer (settled) it is warmed from; a build under way is shared.
 */
function viewReady(db: ReadDb, name: ViewName, progress: StageTold, warm = false): Promise<void> {
  let jobs = building.get(db);
  if (!jobs) building.set(db, (jobs = new Map()));
  const running = jobs.get(name);
  if (running) return running;
  if (warm ? peekView(db, name)?.settled !== true : servable(db, name)) return Promise.resolve();
  const job = (async () => {
    for (let t = 0; t < SLICED_TRIES; t++) {
      const stamp = compareStamp(db);
      let stages = 0;
      const value: unknown = await runInSlices(VIEWS[name](db, () => progress.reached(name, ++stages)), undefined, (f) => progress.part(name, stages + 1, f));
      const now = compareStamp(db);
      if (now.version === stamp.version && now.added === stamp.added) {
        seedView(db, name, value, stamp);
        settleWhenIdle(db, busyOf(db));
        return;
      }
    }
  })().finally(() => jobs.delete(name));
  jobs.set(name, job);
  return job;
}
