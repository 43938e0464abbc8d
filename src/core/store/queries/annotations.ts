import type {
  AnchorStatus,
  Annotation,
  AnnotationFilter,
  AnnotationId,
  AnnotationLink,
  AnnotationListItem,
  ArticleId,
  HighlightColor,
  LinkRelation,
} from '../../../shared/api';
import type { ReadDb, WriteDb } from '../db';
import { foldText } from '../../text/fold';
import { stmt } from './cache';

interface Row {
  id: string;
  article_id: string;
  color: string | null;
  note: string | null;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  status: string;
  created_at: string;
  updated_at: string;
  article_title?: string;
  article_site?: string | null;
  article_published?: string | null;
}

const COLUMNS = 'an.id, an.article_id, an.color, an.note, an.exact, an.prefix, an.suffix, an.start, an.end, an.status, an.created_at, an.updated_at';

function tagsOf(db: ReadDb, id: string): string[] {
  return (stmt(db, 'SELECT tag FROM annotation_tags WHERE annotation_id = ? ORDER BY tag').all(id) as { tag: string }[]).map((r) => r.tag);
}

function linksOf(db: ReadDb, id: string): AnnotationLink[] {
  return stmt(
    db,
    `SELECT o.id, l.relation, o.article_id AS articleId, o.exact AS quote
     FROM annotation_links l JOIN annotations o ON o.id = CASE WHEN l.a = @id THEN l.b ELSE l.a END
     WHERE l.a = @id OR l.b = @id ORDER BY l.created_at`,
  ).all({ id }) as AnnotationLink[];
}

function toAnnotation(db: ReadDb, r: Row): Annotation {
  return {
    id: r.id as AnnotationId,
    articleId: r.article_id as ArticleId,
    color: r.color as HighlightColor | null,
    note: r.note,
    tags: tagsOf(db, r.id),
    quote: { type: 'TextQuoteSelector', exact: r.exact, prefix: r.prefix, suffix: r.suffix },
    position: { type: 'TextPositionSelector', start: r.start, end: r.end },
    status: r.status as AnchorStatus,
    links: linksOf(db, r.id),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** One annotation, or undefined. */
export function getAnnotation(db: ReadDb, id: string): Annotation | undefined {
  const r = stmt(db, `SELECT ${COLUMNS} FROM annotations an WHERE an.id = ?`).get(id) as Row | undefined;
  return r ? toAnnotation(db, r) : undefined;
}

/** Writes an annotation row and its tags (insert, or update in place). Call in a transaction. */
export function putAnnotation(db: WriteDb, a: Annotation): void {
  stmt(
    db,
    // An upsert, not INSERT OR REPLACE: a replace deletes the row first, and with foreign keys on
    // that delete cascades, taking the annotation's links and note draft with every edit.
    `INSERT INTO annotations(id, article_id, color, note, exact, prefix, suffix, start, end, status, created_at, updated_at)
     VALUES (@id, @articleId, @color, @note, @exact, @prefix, @suffix, @start, @end, @status, @createdAt, @updatedAt)
     ON CONFLICT(id) DO UPDATE SET article_id = excluded.article_id, color = excluded.color, note = excluded.note,
       exact = excluded.exact, prefix = excluded.prefix, suffix = excluded.suffix, start = excluded.start, end = excluded.end,
       status = excluded.status, created_at = excluded.created_at, updated_at = excluded.updated_at`,
  ).run({
    id: a.id,
    articleId: a.articleId,
    color: a.color,
    note: a.note,
    exact: a.quote.exact,
    prefix: a.quote.prefix,
    suffix: a.quote.suffix,
    start: a.position.start,
    end: a.position.end,
    status: a.status,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  });
  stmt(db, 'DELETE FROM annotation_tags WHERE annotation_id = ?').run(a.id);
  const ins = stmt(db, 'INSERT OR IGNORE INTO annotation_tags(annotation_id, tag) VALUES (?, ?)');
  for (const t of a.tags) ins.run(a.id, t);
}

/** Deletes an annotation (its tags and links go with it). */
export function removeAnnotation(db: WriteDb, id: string): void {
  stmt(db, 'DELETE FROM annotations WHERE id = ?').run(id);
}

/** Links two annotations; a second link between the same pair replaces the first. */
export function putLink(db: WriteDb, a: string, b: string, relation: LinkRelation, createdAt: string): void {
  const [x, y] = a < b ? [a, b] : [b, a];
  stmt(db, 'INSERT OR REPLACE INTO annotation_links(a, b, relation, created_at) VALUES (?, ?, ?, ?)').run(x, y, relation, createdAt);
}

/** Removes the link between two annotations; true when there was one. */
export function removeLink(db: WriteDb, a: string, b: string): boolean {
  const [x, y] = a < b ? [a, b] : [b, a];
  return stmt(db, 'DELETE FROM annotation_links WHERE a = ? AND b = ?').run(x, y).changes > 0;
}

/** The annotations of one article, in reading order. */
export function annotationsOfArticle(db: ReadDb, articleId: string): Annotation[] {
  const rows = stmt(db, `SELECT ${COLUMNS} FROM annotations an WHERE an.article_id = ? ORDER BY an.start, an.end, an.created_at`).all(articleId) as Row[];
  return rows.map((r) => toAnnotation(db, r));
}

/** Moves an annotation after its text changed. */
export function setPlacement(db: WriteDb, id: string, start: number, end: number, status: AnchorStatus): void {
  stmt(db, 'UPDATE annotations SET start = ?, end = ?, status = ? WHERE id = ?').run(start, end, status, id);
}

/**
 * The library-wide list with filters: newest article first, reading order within an article.
 * `text` matches words in the note or the quote (case- and accent-insensitive).
 */
export function listAnnotations(db: ReadDb, f: AnnotationFilter): AnnotationListItem[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.articleId) (where.push('an.article_id = @articleId'), (params.articleId = f.articleId));
  if (f.color) (where.push('an.color = @color'), (params.color = f.color));
  if (f.status) (where.push('an.status = @status'), (params.status = f.status));
  if (f.outlet) (where.push('a.site = @outlet COLLATE NOCASE'), (params.outlet = f.outlet));
  if (f.tag) (where.push('EXISTS (SELECT 1 FROM annotation_tags t WHERE t.annotation_id = an.id AND t.tag = @tag)'), (params.tag = f.tag));
  // The filter values are bound; only this fixed set of clauses is ever joined into the SQL.
  const sql = `SELECT ${COLUMNS}, a.title AS article_title, a.site AS article_site, a.published AS article_published
    FROM annotations an JOIN articles a ON a.id = an.article_id
    ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY a.published IS NULL, a.published DESC, a.id, an.start, an.end`;
  let rows = stmt(db, sql).all(params) as Row[];
  if (f.text) {
    const words = foldText(f.text).split(/\s+/).filter(Boolean);
    rows = rows.filter((r) => {
      const hay = foldText(`${r.note ?? ''} ${r.exact}`);
      return words.every((w) => hay.includes(w));
    });
  }
  return rows.map((r) => ({
    ...toAnnotation(db, r),
    articleTitle: r.article_title!,
    articleSite: r.article_site ?? null,
    articlePublished: r.article_published ?? null,
  }));
}

/** Every tag with its use count, most used first. */
export function tagCounts(db: ReadDb): { tag: string; count: number }[] {
  return stmt(db, 'SELECT tag, count(*) AS count FROM annotation_tags GROUP BY tag ORDER BY count DESC, tag').all() as { tag: string; count: number }[];
}

/** How many annotations the library holds. */
export function countAnnotations(db: ReadDb): number {
  return (stmt(db, 'SELECT count(*) AS n FROM annotations').get() as { n: number }).n;
}
