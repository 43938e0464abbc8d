import type { ArticleSummary } from '../../shared/api';
import type { ReadDb } from '../store/db';
import { stmt } from '../store/queries/cache';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../store/queries/article-reads';
import { copiesOf, twinHead } from '../store/queries/twins';

/**
 * The near-duplicate group of a report, as list rows: the head (the row it collapses under)
 * first, then its copies, earliest added first. A report without copies gives itself alone;
 * an unknown id gives nothing.
 */
export function listGroup(db: ReadDb, id: string): ArticleSummary[] {
  const head = twinHead(db, id);
  const one = stmt(db, `SELECT ${SUMMARY_COLUMNS} FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?`);
  return [head, ...copiesOf(db, head)].flatMap((x) => {
    const row = one.get(x) as SummaryRow | undefined;
    return row ? [toSummary(row)] : [];
  });
}
