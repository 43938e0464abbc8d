import type { ArticleId, Block, DateMention, Extraction } from '../../../shared/api';
import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';
import { restoredMentions } from './stored-mentions';
import { getBlocks } from './article-reads';

/** What the comparison reads of one article. */
export interface CompareArticleRow {
  id: ArticleId;
  title: string;
  site: string | null;
  published: string | null;
  dateConflict: string | null;
  text: string;
  blocks: Block[];
  dateMentions: DateMention[];
  dateline: string | null;
}

/** One article for comparing, or undefined for an unknown id. */
export function getCompareArticle(db: ReadDb, id: string): CompareArticleRow | undefined {
  const r = stmt(db, 'SELECT id, title, site, published, date_conflict, text, extraction FROM articles WHERE id = ?').get(id) as
    | { id: ArticleId; title: string; site: string | null; published: string | null; date_conflict: string | null; text: string; extraction: string }
    | undefined;
  if (!r) return undefined;
  const x = JSON.parse(r.extraction) as Partial<Extraction>;
  return {
    id: r.id,
    title: r.title,
    site: r.site,
    published: r.published,
    dateConflict: r.date_conflict,
    text: r.text,
    blocks: getBlocks(db, r.id, r.text),
    dateMentions: restoredMentions(r.text, x.dateMentions),
    dateline: x.dateline ?? null,
  };
}

/** An article's language (ISO 639-1), or null when unknown or the article is not there. */
export function articleLang(db: ReadDb, id: string): string | null {
  const r = stmt(db, 'SELECT lang FROM articles WHERE id = ?').get(id) as { lang: string | null } | undefined;
  return r?.lang ?? null;
}

/** The effective publication date and date conflict of an article (a person's edit included). */
export function getArticleDates(
  db: ReadDb,
  id: string,
): { published: string | null; publishedSource: string | null; dateConflict: string | null; title: string; site: string | null } | undefined {
  const r = stmt(db, 'SELECT published, published_source, date_conflict, title, site FROM articles WHERE id = ?').get(id) as
    | { published: string | null; published_source: string | null; date_conflict: string | null; title: string; site: string | null }
    | undefined;
  return r ? { published: r.published, publishedSource: r.published_source, dateConflict: r.date_conflict, title: r.title, site: r.site } : undefined;
}

/** A report's story facts: its compare keys, its day and its title (1 in `titleDerived` when made from the lead). */
export interface CompareDoc {
  articleId: ArticleId;
  date: string | null;
  keys: string;
  title: string;
  titleDerived: number;
}

/** Every article's story row. */
export function allCompareDocs(db: ReadDb): CompareDoc[] {
  const read = readingCompareDocs(db);
  for (;;) {
    const r = read.next();
    if (r.done) return r.value;
  }
}

/** Story facts read per page by `readingCompareDocs`. */
const DOCS_PAGE = 4096;

/**
 * `allCompareDocs` in pages by article id, yielding after each (`core/derived/slices.ts` runs
 * it): the order of the table (a primary key without rowid), which the one read walked too.
 * `onDocs` is told after each page the docs read so far (of `compareDocCount`).
 */
export function* readingCompareDocs(db: ReadDb, onDocs?: (docs: number) => void): Generator<void, CompareDoc[], undefined> {
  const cols = 'SELECT d.article_id AS articleId, d.date, d.keys, a.title, a.title_derived AS titleDerived FROM compare_docs d JOIN articles a ON a.id = d.article_id';
  const next = stmt(db, `${cols} WHERE d.article_id > ? ORDER BY d.article_id LIMIT ${DOCS_PAGE}`);
  const out: CompareDoc[] = [];
  for (let page = stmt(db, `${cols} ORDER BY d.article_id LIMIT ${DOCS_PAGE}`).all() as CompareDoc[]; ; page = next.all(out[out.length - 1]!.articleId) as CompareDoc[]) {
    for (const d of page) out.push(d);
    if (page.length < DOCS_PAGE) return out;
    onDocs?.(out.length);
    yield;
  }
}

/** The docs `readingCompareDocs` reads in all. */
export function compareDocCount(db: ReadDb): number {
  return (stmt(db, 'SELECT count(*) AS n FROM compare_docs').get() as { n: number }).n;
}

/** Removes every compare row of an article (before it is indexed again); true when it had any. */
export function clearCompareRows(db: WriteDb, id: string): boolean {
  const e = stmt(db, 'DELETE FROM entity_mentions WHERE article_id = ?').run(id).changes;
  // An alias is stated only beside the names it joins: an article without name rows has none (a first import's every article).
  if (e > 0) stmt(db, 'DELETE FROM entity_aliases WHERE article_id = ?').run(id);
  const t = stmt(db, 'DELETE FROM timeline_mentions WHERE article_id = ?').run(id).changes;
  return stmt(db, 'DELETE FROM compare_docs WHERE article_id = ?').run(id).changes + e + t > 0;
}

/** The story facts of some articles (as `allCompareDocs`), in no particular order. */
export function compareDocsOf(db: ReadDb, ids: readonly string[]): CompareDoc[] {
  const q = stmt(db, 'SELECT d.article_id AS articleId, d.date, d.keys, a.title, a.title_derived AS titleDerived FROM compare_docs d JOIN articles a ON a.id = d.article_id WHERE d.article_id = ?');
  return ids.flatMap((id) => q.all(id) as CompareDoc[]);
}

/** Empties the compare rows and their waiting list (the start of a rebuild); a person's entity groupings stay. */
export function clearAllCompareRows(db: WriteDb): void {
  db.exec('DELETE FROM entity_mentions; DELETE FROM entity_aliases; DELETE FROM timeline_mentions; DELETE FROM compare_docs; DELETE FROM compare_pending;');
}

/** Puts the articles with rowids in `(after, upTo]` on the compare waiting list. */
export function queueCompareBetween(db: WriteDb, after: number, upTo: number): void {
  stmt(db, 'INSERT OR IGNORE INTO compare_pending(article_id) SELECT id FROM articles WHERE rowid > ? AND rowid <= ? AND NOT EXISTS (SELECT 1 FROM trashed_articles t WHERE t.article_id = articles.id)').run(after, upTo);
}

/**
 * How many articles hold this stem, and how many are indexed, from the search index's
 * vocabulary (same folding and stemming); null when the search index is not there.
 */
export function stemDocFrequencies(db: ReadDb, stems: string[]): { docs: number; df: Map<string, number> } | null {
  let docs: number;
  try {
    docs = (stmt(db, 'SELECT count(*) AS n FROM search_docs').get() as { n: number }).n;
  } catch {
    return null; // best effort: no search index (an old or partial schema) means "use the compared set"
  }
  const df = new Map<string, number>();
  const q = stmt(db, 'SELECT doc FROM search_vocab WHERE term = ?');
  for (const s of new Set(stems)) {
    const r = q.get(s) as { doc: number } | undefined;
    df.set(s, r?.doc ?? 0);
  }
  return { docs, df };
}

/**
 * What the compare index reads of one article, as the store holds it: strings only, so a batch
 * crosses to a worker thread as a copy of its bytes (a parsed extraction costs more to post
 * than to analyse). SQLite builds the JSON of the blocks and picks the date mentions out of
 * the extraction, which is faster than doing either in JavaScript.
 */
export interface CompareSourceRow {
  id: ArticleId;
  text: string;
  /** JSON `[kind, region, start, end, text | null, data | null][]` in block order; `text` null: the article text there. */
  blocks: string;
  /** JSON of the extraction's `dateMentions` as stored (`stored-mentions.ts`: sentences may be ''), or null when it has none. */
  dateMentions: string | null;
  dateline: string | null;
  /** Effective dates (a person's edit included; `publishedSource` 'user' then). */
  published: string | null;
  publishedSource: string | null;
  dateConflict: string | null;
}

/** The compare source of an article, or undefined for an unknown id. */
export function getCompareSource(db: ReadDb, id: string): CompareSourceRow | undefined {
  return stmt(
    db,
    `SELECT a.id, a.text, a.published, a.published_source AS publishedSource, a.date_conflict AS dateConflict,
       json_extract(a.extraction, '$.dateMentions') AS dateMentions, json_extract(a.extraction, '$.dateline') AS dateline,
       (SELECT json_group_array(json_array(b.kind, b.region, b.start, b.end, b.text, json(b.data)) ORDER BY b.seq)
          FROM blocks b WHERE b.article_id = a.id) AS blocks
     FROM articles a WHERE a.id = ?`,
  ).get(id) as CompareSourceRow | undefined;
}
