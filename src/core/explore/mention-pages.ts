/**
 * An entity's mentions a page of reports at a time. At 10k reports a country is named 4,800
 * times in 2,200 reports (1.9 MB of sentences as one answer, 25,000 DOM nodes on the page): the
 * entity page shows the first reports and asks for more. Pages are keyset (the last report's
 * date and id), so a page further on costs what the first does and a report added meanwhile
 * neither repeats nor skips one.
 */
import type { EntityId, EntityMentionsPage } from '../../shared/api';
import type { ReadDb } from '../store/db';
import { mentionsInReports, reportKeysByCount, reportKeysOfNames, type CountedReportKey, type ReportKey } from '../store/queries/entity-mention-pages';
import { groupById } from './views';

/** Where a page starts: the newest-first cursor, or the most-mentions-first one (with the count). */
export type MentionsCursor = { order: 'newest'; after: ReportKey | null } | { order: 'most'; after: CountedReportKey | null };

/** One page of an entity's mentions, grouped by report, newest report first or most mentions first. */
export function entityMentionsPage(db: ReadDb, q: { id: EntityId; limit: number } & MentionsCursor): EntityMentionsPage {
  const g = groupById(db, q.id);
  const names = g.names.map((n) => n.name);
  // One report more than asked says whether there is a next page without a count.
  const keys: (ReportKey & { count?: number })[] =
    q.order === 'most' ? reportKeysByCount(db, g.kind, names, q.after, q.limit + 1) : reportKeysOfNames(db, g.kind, names, q.after, q.limit + 1);
  const page = keys.slice(0, q.limit);
  const mentions = mentionsInReports(db, g.kind, names, page.map((k) => k.articleId));
  const last = page[page.length - 1];
  const cursor = last ? (q.order === 'most' ? [last.count, last.published, last.articleId] : [last.published, last.articleId]) : null;
  return {
    reports: page.map((k, i) => ({ articleId: k.articleId, articleTitle: mentions[i]![0]?.articleTitle ?? '', mentions: mentions[i]! })),
    next: keys.length > q.limit && cursor ? JSON.stringify(cursor) : null,
  };
}
