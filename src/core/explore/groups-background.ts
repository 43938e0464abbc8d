/**
 * A large library's entity groups made on a worker (`worker/groups-worker.ts`, its own
 * connection) when a view builds the timeline or the stories afresh, as after a first build's
 * catch-up: the stories' labels need the groups, and the timeline needs the stories, so on the
 * library thread the grouping (~0.3–0.45 s at 10,000 reports) stood in line with the rest while
 * the other core sat idle. Now this thread reads ahead what needs no groups (the story index,
 * the timeline's rows) while the worker groups; the groups it posts are cached as the view's.
 *
 * Groups made there have no grouper on this thread to add a new report's names to: after a
 * new report the library's names are grouped afresh, on the worker again before any explore
 * view (the stories and the timeline fold the report in meanwhile, as ever), so no regrouping
 * holds this thread up. A worker that fails leaves the grouping to this thread, as before; it
 * is not started again.
 */
import type { ReadDb } from '../store/db';
import { countArticles } from '../store/queries/article-reads';
import { compareStamp } from '../derived/explore-groupings';
import { runOnceWorker } from '../worker/run-once';
import type { GroupsWorkerInit, GroupsWorkerReply } from '../worker/groups-worker';
import { groupsToMake, readAheadOfGroups, seedEntityGroups } from './views';

/**
 * Reports from which a worker groups the names: below, grouping them here (well under 0.1 s at
 * 1,000 reports) costs less than starting a worker, which loads and compiles the grouping afresh.
 */
export const GROUPS_WORKER_MIN_ARTICLES = 2000;

/** Heap of the groups worker: as the spellings worker's, which groups the same names. */
const WORKER_HEAP_MB = 1024;

/** Options of `groupsOffThread`. */
export interface GroupsOffThreadOptions {
  /** The built `groups-worker.js`; without it the names are grouped on this thread. */
  workerFile: string | undefined;
  /** The library file (`:memory:`: on this thread). */
  path: string;
  /** better-sqlite3's native module for the worker's connection (Electron's build). */
  nativeBinding?: string | undefined;
  /** Reports from which a worker is used; default `GROUPS_WORKER_MIN_ARTICLES`. */
  minArticles?: number;
}

/**
 * Before an explore view (`withViews`: the timeline or the stories, which need the groups;
 * otherwise People & places): groups the names on a worker when they are to be grouped afresh
 * with those views (this thread reading ahead meanwhile) or again after a worker's groups (see
 * the module comment); resolves when the groups are cached, or at once when there is nothing to do.
 */
export function groupsOffThread(db: ReadDb, opts: GroupsOffThreadOptions): (withViews: boolean) => Promise<void> {
  const min = opts.minArticles ?? GROUPS_WORKER_MIN_ARTICLES;
  let failed = false;
  let running: Promise<void> | null = null;
  const run = async (readAhead: boolean) => {
    const stamp = compareStamp(db);
    const init: GroupsWorkerInit = { path: opts.path, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) };
    const job = runOnceWorker<GroupsWorkerReply>(opts.workerFile!, init, WORKER_HEAP_MB);
    if (readAhead) readAheadOfGroups(db);
    try {
      const reply = await job;
      // Rows changed meanwhile in a way the views cannot fold in: nothing is cached, they group here.
      seedEntityGroups(db, reply.groups, reply.builtFrom, stamp);
    } catch {
      failed = true;
    }
  };
  return async (withViews) => {
    while (running) await running;
    if (failed || !opts.workerFile || opts.path === ':memory:' || !db.open) return;
    const make = groupsToMake(db);
    // Grouped afresh for People & places alone: here, for less than starting a worker costs.
    if (make === null || (make === 'fresh' && !withViews) || countArticles(db) < min) return;
    running = run(make === 'fresh').finally(() => (running = null));
    await running;
  };
}
