import type { ParallaxEvent } from '../shared/events';
import type { WriteDb } from './store/db';

/**
 * How often the library looks whether another process changed its list (`parallax trash`,
 * `ingest`, `restore` beside a running app): two reads of a counter, no I/O while nothing
 * changed (`data_version` is read from the shared memory of the WAL), so a window shows the
 * change within this time rather than at its next own change.
 */
export const OTHER_WRITERS_EVERY_MS = 1500;

/**
 * Tells every window `libraryChanged` when another connection changed what the list shows: the
 * command line (or a second app) writing the same file while a host serves it. SQLite's
 * `data_version` moves with every commit of another connection, this process's worker threads
 * too (the suggestion and spellings builds store what they made), so the list's own counter
 * (`list_changes`, moved by the triggers of every write that can change a list: an added,
 * edited, trashed, restored or deleted report) says whether it was one a window must show.
 * Stops by itself once the library is closed. Returns the stop.
 */
export function watchOtherWriters(db: WriteDb, emit: (e: ParallaxEvent) => void, everyMs = OTHER_WRITERS_EVERY_MS): () => void {
  const dataVersion = () => db.pragma('data_version', { simple: true }) as number;
  let listStmt: ReturnType<WriteDb['prepare']>;
  let seen: number;
  let list: number;
  const listVersion = () => (listStmt.pluck().get() as number | undefined) ?? 0;
  try {
    listStmt = db.prepare('SELECT version FROM list_changes WHERE id = 1');
    seen = dataVersion();
    list = listVersion();
  } catch {
    // A file too damaged to read its counters: nothing to watch (its banner says what to do).
    return () => {};
  }
  const timer = setInterval(() => {
    if (!db.open) return clearInterval(timer);
    try {
      const now = dataVersion();
      const l = listVersion();
      // This connection's own writes move the list's counter alone: the windows heard of them.
      const other = now !== seen && l !== list;
      seen = now;
      list = l;
      if (other) emit({ type: 'libraryChanged' });
    } catch {
      // Best effort (a damaged or locked file): the next look tries again, and calls say what is wrong.
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
