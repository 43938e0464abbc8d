import type { Article, ArticleId, ArticleSummary, Block, Extraction, MetadataOverrides, SourceFormat, SourceInfo } from '../../../shared/api';
import type { ReadDb } from '../db';
import { stmt } from './cache';
import { restoredMentions } from './stored-mentions';
import { getTwins } from './duplicates';
import { storedNotices } from './legacy-notices';
import { getTextConflicts } from './text-conflicts';

/**
 * Reading articles: list rows (`ArticleSummary`; the list's pages are `article-list.ts`), whole articles
 * with their blocks and source, and id lookups by prefix.
 */

/** The columns of a list row (`articles a JOIN sources s`); read them with `toSummary`. */
export const SUMMARY_COLUMNS = `a.id, a.title, a.title_derived, a.site, a.author, a.published, a.published_source,
  a.date_conflict, a.lang, a.word_count, a.reading_minutes, a.excerpt, a.comment_count, a.added_at,
  s.name AS source_name,
  (SELECT count(*) FROM near_duplicates nd WHERE nd.a = a.id) + (SELECT count(*) FROM near_duplicates nd WHERE nd.b = a.id) AS twin_count,
  a.read_progress, a.read_at, (SELECT count(*) FROM annotations an WHERE an.article_id = a.id) AS annotation_count,
  (SELECT count(*) FROM twin_copies tc WHERE tc.head_id = a.id) AS copy_count`;

/** A row selected with `SUMMARY_COLUMNS`. */
export interface SummaryRow {
  id: string;
  title: string;
  title_derived: number;
  site: string | null;
  author: string | null;
  published: string | null;
  published_source: string | null;
  date_conflict: string | null;
  lang: string | null;
  word_count: number;
  reading_minutes: number;
  excerpt: string;
  comment_count: number;
  added_at: string;
  source_name: string;
  twin_count: number;
  read_progress: number;
  read_at: string | null;
  annotation_count: number;
  copy_count: number;
}


/** How many reports the library holds, those in the trash left out (two index counts). */
export function countArticles(db: ReadDb): number {
  return (stmt(db, 'SELECT (SELECT count(*) FROM articles) - (SELECT count(*) FROM trashed_articles) AS n').get() as { n: number }).n;
}

/** How many reports are in the trash. */
export function countTrashed(db: ReadDb): number {
  return stmt(db, 'SELECT count(*) FROM trashed_articles').pluck().get() as number;
}

/** A list row from a row selected with `SUMMARY_COLUMNS`. */
export function toSummary(r: SummaryRow): ArticleSummary {
  return {
    id: r.id as ArticleId,
    title: r.title,
    titleDerived: r.title_derived === 1,
    site: r.site,
    author: r.author,
    published: r.published,
    publishedSource: r.published_source as ArticleSummary['publishedSource'],
    dateConflict: r.date_conflict,
    lang: r.lang,
    wordCount: r.word_count,
    readingMinutes: r.reading_minutes,
    excerpt: r.excerpt,
    commentCount: r.comment_count,
    addedAt: r.added_at,
    sourceName: r.source_name,
    twinCount: r.twin_count,
    readProgress: r.read_progress,
    readAt: r.read_at,
    annotationCount: r.annotation_count,
    copyCount: r.copy_count,
  };
}

interface FullRow extends SummaryRow {
  text: string;
  extraction: string;
  overrides: string;
  s_name: string;
  s_path: string | null;
  s_locator: string | null;
  s_format: string;
  s_encoding: string;
  s_byte_size: number;
  s_sha256: string;
  s_imported_at: string;
}

/** One whole article, or undefined for an unknown id. */
export function getArticle(db: ReadDb, id: string): Article | undefined {
  const r = stmt(
    db,
    `SELECT ${SUMMARY_COLUMNS}, a.text, a.extraction, a.overrides, s.name AS s_name, s.path AS s_path,
       s.locator AS s_locator, s.format AS s_format, s.encoding AS s_encoding, s.byte_size AS s_byte_size,
       s.sha256 AS s_sha256, s.imported_at AS s_imported_at
     FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?`,
  ).get(id) as FullRow | undefined;
  if (!r) return undefined;
  const x = JSON.parse(r.extraction) as Omit<Extraction, 'blocks' | 'text'>;
  const source: SourceInfo = {
    name: r.s_name,
    path: r.s_path,
    locator: r.s_locator,
    format: r.s_format as SourceFormat,
    encoding: r.s_encoding,
    byteSize: r.s_byte_size,
    sha256: r.s_sha256,
    importedAt: r.s_imported_at,
  };
  return {
    ...toSummary(r),
    text: r.text,
    kicker: x.kicker ?? null,
    dek: x.dek ?? null,
    dateEvidence: x.dateEvidence ?? [],
    dateEvidenceCoded: storedNotices(x.dateEvidenceCoded, x.dateEvidence),
    dateline: x.dateline ?? null,
    agencies: x.agencies ?? [],
    section: x.section ?? null,
    tags: x.tags ?? [],
    blocks: getBlocks(db, id, r.text),
    comments: x.comments ?? [],
    captions: x.captions ?? [],
    dateMentions: restoredMentions(r.text, x.dateMentions),
    warnings: x.warnings ?? [],
    warningsCoded: storedNotices(x.warningsCoded, x.warnings),
    overrides: JSON.parse(r.overrides) as MetadataOverrides,
    source,
    twins: getTwins(db, id).map((t) => ({ ...t, title: (stmt(db, 'SELECT title FROM articles WHERE id = ?').get(t.id) as { title: string }).title })),
    trashedAt: (stmt(db, 'SELECT trashed_at FROM trashed_articles WHERE article_id = ?').pluck().get(id) as string | undefined) ?? null,
    textConflicts: getTextConflicts(db, id),
  };
}

interface BlockRow {
  kind: string;
  region: string;
  start: number;
  end: number;
  text: string | null;
  data: string | null;
}

/** An article's blocks in order; `articleText` fills in the text of blocks stored as a slice. */
export function getBlocks(db: ReadDb, id: string, articleText: string): Block[] {
  const rows = stmt(db, 'SELECT kind, region, start, end, text, data FROM blocks WHERE article_id = ? ORDER BY seq').all(
    id,
  ) as BlockRow[];
  return rows.map((r) => ({
    kind: r.kind as Block['kind'],
    region: r.region as Block['region'],
    start: r.start,
    end: r.end,
    text: r.text ?? articleText.slice(r.start, r.end),
    ...(r.data ? (JSON.parse(r.data) as Partial<Block>) : {}),
  }));
}

/** Ids whose id starts with `prefix` (for the CLI's short ids), at most `limit`. */
export function findIdsByPrefix(db: ReadDb, prefix: string, limit = 2): ArticleId[] {
  const rows = stmt(db, "SELECT id FROM articles WHERE id >= ? AND id < ? || '~' ORDER BY id LIMIT ?").all(
    prefix,
    prefix,
    limit,
  ) as { id: ArticleId }[];
  return rows.map((r) => r.id);
}
