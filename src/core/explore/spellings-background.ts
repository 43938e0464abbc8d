/**
 * The spellings lookup of search by entity (`spellings-lookup.ts`) for a host with a library
 * thread: grouping the names of a large library takes seconds (12 s at 100,000 reports), so the
 * spellings worker groups them on its own connection and stores the lookup in the library
 * (`name_spellings`, migration 14); search reads it a word at a time. Opening a library whose
 * stored lookup stands for its names starts no worker and holds nothing. When the names changed
 * (an import, a merge), a search answers with the lookup last stored while the worker builds the
 * next, and before the first one without other spellings; either way it is `pending`, which the
 * search says with a notice.
 *
 * A small library, a library in memory, or a host without the built worker (the CLI) uses the
 * stored lookup when it is current, and otherwise builds one in memory when a query first has a
 * word that could be a name (`spellings-on-demand.ts`).
 */
import type { ReadDb } from '../store/db';
import { countArticles } from '../store/queries/article-reads';
import { spellingsState } from '../store/queries/name-spellings';
import { spellingsOnDemand } from './spellings-on-demand';
import { storedSpellingsLookup } from './spellings-lookup';
import type { SpellingsWorkerInit } from '../worker/spellings-worker';
import { runOnceWorker } from '../worker/run-once';

/** A word → its other spellings, or null (see `otherSpellings`). */
type Spellings = ((word: string) => string[] | null) & { begun?: (prefix: string, limit: number) => string[] };

/**
 * Reports up to which the lookup is built on this thread: grouping 1,000 reports' names takes
 * well under 100 ms, less than starting a worker and opening a second connection.
 */
export const SYNC_SPELLINGS_MAX_ARTICLES = 1000;

/**
 * Heap of the spellings worker: at 100,000 reports it groups ~67,000 people's names and its heap
 * peaks at ~90 MB (~70 MB alive: the names, their blocking keys, the skeleton caches); the pool's
 * helper limit (160 MB) would leave too little room for a library several times larger. A
 * ceiling, not a size: V8 grows the heap with what is alive.
 */
const WORKER_HEAP_MB = 1024;

/** Options of `backgroundSpellings`. */
export interface BackgroundSpellingsOptions {
  /** The built `spellings-worker.js`; without it the lookup is built on this thread. */
  workerFile: string | undefined;
  /** The library file (`:memory:` builds on this thread). */
  path: string;
  /** better-sqlite3's native module for the worker's connection (Electron's build). */
  nativeBinding?: string | undefined;
  /** Reports up to which the lookup is built on this thread; default `SYNC_SPELLINGS_MAX_ARTICLES`. */
  syncMaxArticles?: number;
  /**
   * True while the names are about to change anyway (reports wait for the compare catch-up): no
   * worker is started then, and a search answers with the last lookup, pending. At 100k after
   * a version bump every report waits for minutes, and each grouping started meanwhile (~12 s
   * of a core, ~90 MB) stood for names already changed again. The host warms it when the
   * catch-up ends.
   */
  waitWhile?: () => boolean;
}

/** The spellings of search by entity, built off this thread (see the module comment). */
export interface BackgroundSpellings {
  /**
   * The lookup for a search now. `pending` when it does not stand for the compare rows as they
   * are (a build runs): then `spellings` is the last one built, or null before the first.
   */
  lookup(): { spellings: Spellings | null; pending: boolean };
  /** Starts a build unless one runs or the cached lookup is current (hosts call it as the library opens). */
  warm(): void;
  /** Resolves when no build runs (tests, closing). */
  idle(): Promise<void>;
}

/** The background spellings of one library connection. */
export function backgroundSpellings(db: ReadDb, opts: BackgroundSpellingsOptions): BackgroundSpellings {
  const syncMax = opts.syncMaxArticles ?? SYNC_SPELLINGS_MAX_ARTICLES;
  let running: Promise<void> | null = null;
  const stored = storedSpellingsLookup(db);
  // A worker that failed (out of memory, a missing native module) is not started again for
  // every search: the lookup is then built on this thread, slow but complete.
  let failed = false;
  const onThread = () => failed || !opts.workerFile || opts.path === ':memory:' || countArticles(db) <= syncMax;
  const current = () => {
    const st = spellingsState(db);
    return { current: st.builtAt !== null && st.builtAt === st.changes, built: st.builtAt !== null, changes: st.changes };
  };
  let onDemand: { changes: number; spellings: Spellings } | null = null;
  const warm = () => {
    if (running || current().current || onThread() || opts.waitWhile?.()) return;
    const init: SpellingsWorkerInit = { path: opts.path, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) };
    running = runOnceWorker(opts.workerFile!, init, WORKER_HEAP_MB)
      // Best effort: the fallback (building on this thread) gives the same lookup, only later.
      .catch(() => {
        failed = true;
      })
      .finally(() => {
        running = null;
      });
  };
  return {
    lookup() {
      // One small read: a current stored lookup costs a search no count of the library's reports.
      const st = current();
      if (st.current) return { spellings: stored, pending: false };
      if (onThread()) {
        // One on-demand lookup while the people's names stay as they are: it reads every name
        // once for its keys, and suggestions ask at every key typed (`search/suggest-people.ts`).
        if (onDemand?.changes !== st.changes) onDemand = { changes: st.changes, spellings: spellingsOnDemand(db) };
        return { spellings: onDemand.spellings, pending: false };
      }
      warm();
      return { spellings: st.built ? stored : null, pending: true };
    },
    warm,
    async idle() {
      while (running) await running;
    },
  };
}
