import type { ArticleId } from '../../../shared/api';
import { bandHashes, NUM_BANDS, similarity } from '../../text/minhash';
import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';

/**
 * Estimated Jaccard similarity of word 5-shingles at or above which two articles are linked as
 * twins. Wire copy that one outlet trimmed or retitled stays well above it; two reports of the
 * same event in their own words stay far below (they share names, not runs of five words).
 */
export const TWIN_THRESHOLD = 0.5;

/** Most candidates compared per article; a band shared by thousands is boilerplate, not a twin. */
const MAX_CANDIDATES = 200;

/**
 * Stores an article's signature and band hashes, and links it to every earlier article whose
 * estimated similarity clears `TWIN_THRESHOLD`. Call inside the write transaction.
 */
export function indexNearDuplicates(db: WriteDb, id: ArticleId, sig: Uint32Array | null, isNew = false): void {
  // A new article has nothing to replace; skipping three deletes matters on a 10k import.
  if (!isNew) {
    stmt(db, 'DELETE FROM article_bands WHERE article_id = ?').run(id);
    stmt(db, 'DELETE FROM article_signatures WHERE article_id = ?').run(id);
    stmt(db, 'DELETE FROM near_duplicates WHERE a = ? OR b = ?').run(id, id);
  }
  if (!sig) return;
  const bands = bandHashes(sig);
  // One statement for all bands, each way: a statement per band cost more than the search.
  const bandParams = bands.flatMap((h, b) => [b, h]);
  const candidates = (stmt(db, FIND_CANDIDATES).all(...bandParams, id) as { article_id: string }[]).map((r) => r.article_id);
  const getSig = stmt(db, 'SELECT signature FROM article_signatures WHERE article_id = ?');
  const link = stmt(db, 'INSERT OR REPLACE INTO near_duplicates(a, b, similarity) VALUES (?, ?, ?)');
  for (const other of candidates) {
    const row = getSig.get(other) as { signature: Buffer } | undefined;
    if (!row) continue;
    const s = similarity(sig, new Uint32Array(row.signature.buffer.slice(row.signature.byteOffset, row.signature.byteOffset + row.signature.byteLength)));
    if (s >= TWIN_THRESHOLD) link.run(id < other ? id : other, id < other ? other : id, s);
  }
  stmt(db, 'INSERT INTO article_signatures(article_id, signature) VALUES (?, ?)').run(id, Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength));
  stmt(db, INSERT_BANDS).run(...bands.flatMap((h, b) => [b, h, id]));
}

const BAND_PAIRS = Array.from({ length: NUM_BANDS }, () => '(?, ?)').join(', ');

/** Articles sharing any band hash with the new one, at most `MAX_CANDIDATES`. */
const FIND_CANDIDATES = `SELECT DISTINCT article_id FROM article_bands
  WHERE (band, hash) IN (VALUES ${BAND_PAIRS}) AND article_id <> ? LIMIT ${MAX_CANDIDATES}`;

const INSERT_BANDS = `INSERT OR IGNORE INTO article_bands(band, hash, article_id) VALUES ${Array.from({ length: NUM_BANDS }, () => '(?, ?, ?)').join(', ')}`;

/** The articles linked to `id` as near duplicates, most similar first. */
export function getTwins(db: ReadDb, id: string): { id: ArticleId; similarity: number }[] {
  return stmt(
    db,
    `SELECT CASE WHEN a = @id THEN b ELSE a END AS id, similarity FROM near_duplicates
     WHERE a = @id OR b = @id ORDER BY similarity DESC`,
  ).all({ id }) as { id: ArticleId; similarity: number }[];
}
