import type { WriteDb } from '../store/db';
import { catchUpCompare, pendingCompareCount } from './index-article';

/** Articles indexed per turn; other calls on the library thread run between turns. */
const TURN_SIZE = 50;

/**
 * Catches the compare index up with an import in the background, a few articles per turn, so
 * the timeline and people views are ready soon after an import without slowing the import or
 * blocking other calls. Returns a function that starts it (again) when there is work; calling
 * it while it runs does nothing.
 */
export function compareCatchUp(db: WriteDb, onDone: () => void = () => {}): () => void {
  let running = false;
  const turn = () => {
    if (!db.open) {
      running = false;
      return;
    }
    const done = catchUpCompare(db, TURN_SIZE);
    if (done === TURN_SIZE) setImmediate(turn);
    else {
      running = false;
      if (done > 0) onDone();
    }
  };
  return () => {
    if (running || pendingCompareCount(db) === 0) return;
    running = true;
    setImmediate(turn);
  };
}
