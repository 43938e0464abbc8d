import type { WriteDb } from '../../store/db';
import type { CompareIndexer } from './catch-up';
import { pendingCompareCount } from './rows';

/**
 * Catches the compare index up with an import in the background (on workers when the import
 * was large, see `catch-up.ts`), so the timeline and people views are ready soon after an
 * import without slowing the import or blocking other calls. Returns a function that starts it
 * (again) when there is work; calling it while it runs does nothing. `onDone` is called after
 * a run that indexed something.
 */
export function compareCatchUp(db: WriteDb, indexer: CompareIndexer, onDone: () => void = () => {}): () => void {
  let running = false;
  return () => {
    if (running || !db.open || pendingCompareCount(db) === 0) return;
    running = true;
    // After this turn: the call that imported answers first.
    setImmediate(() => {
      indexer.catchUp().then(
        (n) => {
          running = false;
          // A library closed while the catch-up ran (a host switching libraries, a test's end)
          // has nothing left to tell or to group.
          if (n > 0 && db.open) onDone();
        },
        () => {
          // Best effort: the article whose analysis failed stays waiting, and the next view's
          // own catch-up meets the error and reports it to the caller.
          running = false;
        },
      );
    });
  };
}
