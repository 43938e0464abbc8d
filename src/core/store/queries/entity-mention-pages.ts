import type { ArticleId } from '../../../shared/api';
import type { ReadDb } from '../db';
import { stmt } from './cache';
import { pushMentions, type StoredMention } from './entities';

/** Where a page of a name's reports starts: the last report of the page before (its date, '' for none, and id). */
export interface ReportKey {
  published: string;
  articleId: ArticleId;
}

/**
 * The reports that mention any of the names, in `mentionsOfNames`' order (newest first, undated
 * last, then by id), `limit` of them after `after`. Only the keys are read here: the texts are
 * read for the page's reports alone, so a page of a name in 2,000 reports reads 20 texts.
 * Names travel as one JSON array so that the statement is prepared once for any number of them.
 */
export function reportKeysOfNames(db: ReadDb, kind: string, names: string[], after: ReportKey | null, limit: number): ReportKey[] {
  return stmt(
    db,
    `SELECT published, articleId FROM (
       SELECT DISTINCT coalesce(a.published, '') AS published, m.article_id AS articleId
       FROM entity_mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.kind = ? AND m.name IN (SELECT value FROM json_each(?)))
     WHERE ? IS NULL OR published < ? OR (published = ? AND articleId > ?)
     ORDER BY published DESC, articleId ASC LIMIT ?`,
  ).all(kind, JSON.stringify(names), after?.published ?? null, after?.published ?? null, after?.published ?? null, after?.articleId ?? null, limit) as ReportKey[];
}

/** Where a page of a name's reports by mention count starts: the last report of the page before. */
export interface CountedReportKey extends ReportKey {
  /** Mentions of the names in that report. */
  count: number;
}

/**
 * The reports that mention any of the names, those that name them most first (then newest,
 * undated last, then by id), `limit` of them after `after`: keyset on (count, date, id), so a
 * page deep in the list costs what the first does.
 */
export function reportKeysByCount(db: ReadDb, kind: string, names: string[], after: CountedReportKey | null, limit: number): CountedReportKey[] {
  const a = after;
  return stmt(
    db,
    `SELECT count, published, articleId FROM (
       SELECT sum(m.count) AS count, coalesce(a.published, '') AS published, m.article_id AS articleId
       FROM entity_mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.kind = ? AND m.name IN (SELECT value FROM json_each(?))
       GROUP BY m.article_id)
     WHERE ? IS NULL OR count < ? OR (count = ? AND (published < ? OR (published = ? AND articleId > ?)))
     ORDER BY count DESC, published DESC, articleId ASC LIMIT ?`,
  ).all(kind, JSON.stringify(names), a?.count ?? null, a?.count ?? null, a?.count ?? null, a?.published ?? null, a?.published ?? null, a?.articleId ?? null, limit) as CountedReportKey[];
}

/** The mentions of the names in the given reports, grouped by report in the order given, each in text order. */
export function mentionsInReports(db: ReadDb, kind: string, names: string[], ids: ArticleId[]): StoredMention[][] {
  const q = stmt(
    db,
    `SELECT a.title AS articleTitle, a.text, m.mentions FROM entity_mentions m JOIN articles a ON a.id = m.article_id
     WHERE m.article_id = ? AND m.kind = ? AND m.name IN (SELECT value FROM json_each(?))`,
  );
  const json = JSON.stringify(names);
  return ids.map((articleId) => {
    const list: StoredMention[] = [];
    for (const r of q.all(articleId, kind, json) as { articleTitle: string; text: string; mentions: string }[]) pushMentions(list, articleId, r);
    return list.sort((a, b) => a.start - b.start);
  });
}
