/**
 * Articles whose compare analysis is being computed off the library thread, per connection,
 * each with whether it changed meanwhile (marked for indexing again after a date edit, or
 * indexed in place by re-extraction). A result for an article that changed is stale: it is
 * dropped, and the article, still waiting, is analysed again.
 */
import type { ArticleId } from '../../../shared/api';

const flights = new WeakMap<object, Map<ArticleId, boolean>>();

/** Records that the analyses of `ids` have started (from the rows as they are now). */
export function beginAnalyses(db: object, ids: ArticleId[]): void {
  let m = flights.get(db);
  if (!m) flights.set(db, (m = new Map()));
  for (const id of ids) m.set(id, false);
}

/** Notes that an article's compare inputs or rows changed; an analysis in flight for it is now stale. */
export function noteIndexChange(db: object, id: ArticleId): void {
  const m = flights.get(db);
  if (m?.has(id)) m.set(id, true);
}

/** Ends an article's analysis; true when nothing changed the article since it began. */
export function endAnalysis(db: object, id: ArticleId): boolean {
  const m = flights.get(db);
  const changed = m?.get(id);
  m?.delete(id);
  return changed === false;
}
