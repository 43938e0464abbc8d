import type { ArticleId } from '../../../shared/api';
import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';
import { bodyColumn } from './article-body';

/**
 * The near-duplicate tables as rows: each article's MinHash signature, its LSH band hashes and
 * the links found. Which articles are linked is decided in `core/derived/near-duplicates.ts`.
 */

/** SQL texts that depend only on the number of bands, made once. */
const texts = new Map<string, string>();
function sqlFor(key: string, make: () => string): string {
  let t = texts.get(key);
  if (t === undefined) texts.set(key, (t = make()));
  return t;
}

/** An article's body as stored (what `bodiesBetween` reads), or undefined. */
export function bodyOf(db: ReadDb, id: string): string | undefined {
  return stmt(db, `SELECT ${bodyColumn()} FROM articles WHERE id = ?`).pluck().get(id) as string | undefined;
}

/** Drops an article's signature, bands and links (before it is indexed again). */
export function clearNearDuplicatesOf(db: WriteDb, id: ArticleId): void {
  stmt(db, 'DELETE FROM article_bands WHERE article_id = ?').run(id);
  stmt(db, 'DELETE FROM article_signatures WHERE article_id = ?').run(id);
  stmt(db, 'DELETE FROM near_duplicates WHERE a = ? OR b = ?').run(id, id);
}

/** Empties the near-duplicate tables (the start of a rebuild). */
export function clearNearDuplicates(db: WriteDb): void {
  db.exec('DELETE FROM article_bands; DELETE FROM article_signatures; DELETE FROM near_duplicates;');
}

/** Articles other than `id` sharing any of `bands` (band i has hash `bands[i]`), at most `limit`. */
export function bandCandidates(db: ReadDb, bands: readonly number[], id: ArticleId, limit: number): ArticleId[] {
  // One statement for all bands, each way: a statement per band cost more than the search.
  const sql = sqlFor(`cand${bands.length}:${limit}`, () => {
    const pairs = bands.map(() => '(?, ?)').join(', ');
    return `SELECT DISTINCT article_id FROM article_bands WHERE (band, hash) IN (VALUES ${pairs}) AND article_id <> ? LIMIT ${Number(limit)}`;
  });
  return stmt(db, sql).pluck().all(...bands.flatMap((h, b) => [b, h]), id) as ArticleId[];
}

/** An article's stored signature, or undefined. */
export function signatureOf(db: ReadDb, id: ArticleId): Uint32Array | undefined {
  const row = stmt(db, 'SELECT signature FROM article_signatures WHERE article_id = ?').get(id) as { signature: Buffer } | undefined;
  if (!row) return undefined;
  const b = row.signature;
  return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

/** Links two articles as near duplicates (stored once, with a < b). */
export function linkNearDuplicates(db: WriteDb, x: ArticleId, y: ArticleId, similarity: number): void {
  stmt(db, 'INSERT OR REPLACE INTO near_duplicates(a, b, similarity) VALUES (?, ?, ?)').run(x < y ? x : y, x < y ? y : x, similarity);
}

/** Stores an article's signature and band hashes. */
export function putSignature(db: WriteDb, id: ArticleId, sig: Uint32Array, bands: readonly number[]): void {
  stmt(db, 'INSERT INTO article_signatures(article_id, signature) VALUES (?, ?)').run(id, Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength));
  const sql = sqlFor(`bands${bands.length}`, () => `INSERT OR IGNORE INTO article_bands(band, hash, article_id) VALUES ${bands.map(() => '(?, ?, ?)').join(', ')}`);
  stmt(db, sql).run(...bands.flatMap((h, b) => [b, h, id]));
}

/** The id and body of the articles with rowids in `(after, upTo]`, in rowid order. */
export function bodiesBetween(db: ReadDb, after: number, upTo: number): { id: ArticleId; body: string }[] {
  return stmt(db, `SELECT id, ${bodyColumn()} AS body FROM articles WHERE rowid > ? AND rowid <= ? AND NOT EXISTS (SELECT 1 FROM trashed_articles t WHERE t.article_id = articles.id) ORDER BY rowid`).all(after, upTo) as { id: ArticleId; body: string }[];
}

/** The articles linked to `id` as near duplicates, most similar first. */
export function getTwins(db: ReadDb, id: string): { id: ArticleId; similarity: number }[] {
  return stmt(
    db,
    `SELECT CASE WHEN a = @id THEN b ELSE a END AS id, similarity FROM near_duplicates
     WHERE a = @id OR b = @id ORDER BY similarity DESC`,
  ).all({ id }) as { id: ArticleId; similarity: number }[];
}
