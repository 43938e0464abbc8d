/**
 * An entity's mentions a page of reports at a time. At 10k reports a country is named 4,800
 * times in 2,200 reports (1.9 MB of sentences as one answer, 25,000 DOM nodes on the page): the
 * entity page shows the first reports and asks for more. Pages are keyset (the last report's
 * date and id), so a page further on costs what the first does and a report added meanwhile
 * neither repeats nor skips one.
 */
import type { EntityId, EntityMentionsPage } from '../../shared/api';
import type { ReadDb } from '../store/db';
import { mentionsInReports, reportKeysOfNames, type ReportKey } from '../store/queries/entity-mention-pages';
import { groupById } from './views';

/** One page of an entity's mentions, grouped by report, in `getEntity`'s order. */
export function entityMentionsPage(db: ReadDb, q: { id: EntityId; after: ReportKey | null; limit: number }): EntityMentionsPage {
  const g = groupById(db, q.id);
  const names = g.names.map((n) => n.name);
  // One report more than asked says whether there is a next page without a count.
  const keys = reportKeysOfNames(db, g.kind, names, q.after, q.limit + 1);
  const page = keys.slice(0, q.limit);
  const mentions = mentionsInReports(db, g.kind, names, page.map((k) => k.articleId));
  const last = page[page.length - 1];
  return {
    reports: page.map((k, i) => ({ articleId: k.articleId, articleTitle: mentions[i]![0]?.articleTitle ?? '', mentions: mentions[i]! })),
    next: keys.length > q.limit && last ? JSON.stringify([last.published, last.articleId]) : null,
  };
}
