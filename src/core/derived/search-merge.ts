/**
 * The search index's segments merged after bulk writes. Each flush of FTS5's pending terms
 * (an import's batch, a rebuild's batch, a pasted text) leaves a segment, and `automerge` is
 * kept at 16 (migrations 3, 10) so imports do not merge as they write: a 10k import leaves ~10
 * segments, and every term lookup seeks in each (typo queries read ~200 terms). Merged after
 * the writes, in steps of a few milliseconds that each commit, other calls get a turn between
 * them, a kill keeps what was merged (FTS5 goes on with a started merge on the next step), and
 * with `usermerge` 2 a merge only takes segments of one size level: a few new small segments are
 * merged with each other, not with the whole index, so a pasted text does not write it again.
 * See `search/README.md`, "Segments after imports".
 */
import { isWriting, type WriteDb } from '../store/db';
import { mergeSearchStep } from '../store/queries/search-index';

/** Leaf pages merged per step: ~4 ms of CPU at 10k articles on the bench machine. */
export const MERGE_STEP_PAGES = 64;

/** How long the merger waits before it looks again whether a large write has ended. */
const BUSY_RETRY_MS = 250;

/** Merges the search index's segments to the end, one committed step after another (the CLI, after its import). */
export function mergeSearchIndex(db: WriteDb, pages = MERGE_STEP_PAGES): number {
  let steps = 0;
  while (db.transaction(() => mergeSearchStep(db, pages))()) steps++;
  return steps;
}

/**
 * Returns a function that starts merging in the background (again) when a write may have left
 * segments: a step per turn of the event loop, never during a large write (an import, the
 * compare catch-up: it waits for them to end), and nothing while it already runs. Best effort: a failed step (a full
 * disk) stops it; the index is as good as before and the next write starts it again.
 */
export function searchMerger(db: WriteDb, pages = MERGE_STEP_PAGES): () => void {
  let running = false;
  const step = () => {
    if (!db.open) {
      running = false;
      return;
    }
    if (isWriting(db)) {
      // An import or a catch-up's writes go first; merging their segments half-way would be redone.
      setTimeout(step, BUSY_RETRY_MS).unref();
      return;
    }
    let more = false;
    try {
      more = db.transaction(() => mergeSearchStep(db, pages))();
    } catch {
      more = false;
    }
    if (more) setImmediate(step);
    else running = false;
  };
  return () => {
    if (running || !db.open) return;
    running = true;
    setImmediate(step);
  };
}
