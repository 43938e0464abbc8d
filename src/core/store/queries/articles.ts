import type { ArticleId, Block, Extraction, MetadataOverrides, SourceFormat } from '../../../shared/api';
import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';
import { storedBody } from './article-body';
import { storedMentions } from './stored-mentions';

/**
 * Writing articles: sources with their raw bytes, articles as a view of an extraction with a
 * person's edits over it, their blocks, reading state; and the lookups ingest and re-extraction
 * make before they write. Lists and whole articles are read in `article-reads.ts`.
 */

/** A source row to insert: the raw bytes and what decoding found. */
export interface NewSource {
  sha256: string;
  name: string;
  path: string | null;
  locator: string | null;
  format: SourceFormat;
  encoding: string;
  raw: Uint8Array;
  importedAt: string;
}

/** An article row to insert, with its extraction. */
export interface NewArticle {
  id: ArticleId;
  sourceId: number;
  contentHash: string;
  extraction: Extraction;
  extractorVersion: number;
  overrides: MetadataOverrides;
  now: string;
}

/** Inserts a source row and returns its id; an existing row with the same hash is reused. */
export function insertSource(db: WriteDb, s: NewSource): number {
  const existing = stmt(db, 'SELECT id FROM sources WHERE sha256 = ?').get(s.sha256) as { id: number } | undefined;
  if (existing) return existing.id;
  const info = stmt(
    db,
    `INSERT INTO sources(sha256, name, path, locator, format, encoding, byte_size, raw, imported_at)
     VALUES (@sha256, @name, @path, @locator, @format, @encoding, @byteSize, @raw, @importedAt)`,
  ).run({ ...s, byteSize: s.raw.byteLength, raw: Buffer.from(s.raw.buffer, s.raw.byteOffset, s.raw.byteLength) });
  return Number(info.lastInsertRowid);
}

/** The id of the article with this content hash, if the library has it. */
export function findByContentHash(db: ReadDb, contentHash: string): { id: ArticleId; title: string } | undefined {
  return stmt(db, 'SELECT id, title FROM articles WHERE content_hash = ?').get(contentHash) as
    | { id: ArticleId; title: string }
    | undefined;
}

/** True when an article has this id. */
export function hasArticle(db: ReadDb, id: string): boolean {
  return stmt(db, 'SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
}

/** Applies a person's edits over what extraction found. */
export function effectiveMetadata(x: Pick<Extraction, 'title' | 'titleDerived' | 'site' | 'author' | 'published' | 'publishedSource'>, o: MetadataOverrides) {
  return {
    title: o.title ?? x.title,
    titleDerived: o.title !== undefined ? false : x.titleDerived,
    site: o.site !== undefined ? o.site : x.site,
    author: o.author !== undefined ? o.author : x.author,
    published: o.published !== undefined ? o.published : x.published,
    publishedSource: o.published !== undefined ? ('user' as const) : x.publishedSource,
  };
}

const EXCERPT_CHARS = 240;

/** The stored columns an extraction and a person's edits give an article. */
function articleColumns(x: Extraction, overrides: MetadataOverrides) {
  const m = effectiveMetadata(x, overrides);
  const excerptSource = x.body.find((p) => p.length > 80) ?? x.body[0] ?? '';
  const excerpt =
    excerptSource.length > EXCERPT_CHARS ? excerptSource.slice(0, EXCERPT_CHARS).replace(/\s+\S*$/, '') + ' …' : excerptSource;
  // The blocks live in their own table, the text in its own column and the body as offsets
  // into it (`article-body.ts`); the JSON keeps the rest.
  const { blocks, text, body, ...rest } = x;
  void blocks;
  const stored = storedBody(text, body);
  return {
    text,
    title: m.title,
    titleDerived: m.titleDerived ? 1 : 0,
    site: m.site,
    author: m.author,
    published: m.published,
    publishedSource: m.publishedSource,
    dateConflict: x.dateConflict,
    lang: x.lang,
    wordCount: x.wordCount,
    readingMinutes: x.readingMinutes,
    body: stored.body,
    bodyAt: stored.bodyAt,
    excerpt,
    commentCount: x.comments.length,
    extraction: JSON.stringify({ ...rest, dateMentions: storedMentions(text, rest.dateMentions) }),
    overrides: JSON.stringify(overrides),
  };
}

/**
 * Inserts an article and its blocks and returns its rowid. Call inside a transaction; the
 * derived data (search index, near-duplicates, compare rows) is `core/derived`'s to write.
 */
export function insertArticle(db: WriteDb, a: NewArticle): number {
  const cols = articleColumns(a.extraction, a.overrides);
  const info = stmt(
    db,
    `INSERT INTO articles(id, source_id, content_hash, text, title, title_derived, site, author, published,
       published_source, date_conflict, lang, word_count, reading_minutes, body, body_at, excerpt, comment_count,
       extraction, extractor_version, overrides, added_at, updated_at)
     VALUES (@id, @sourceId, @contentHash, @text, @title, @titleDerived, @site, @author, @published,
       @publishedSource, @dateConflict, @lang, @wordCount, @readingMinutes, @body, @bodyAt, @excerpt, @commentCount,
       @extraction, @extractorVersion, @overrides, @now, @now)`,
  ).run({
    id: a.id,
    sourceId: a.sourceId,
    contentHash: a.contentHash,
    extractorVersion: a.extractorVersion,
    now: a.now,
    ...cols,
  });
  insertBlocks(db, a.id, a.extraction.blocks, a.extraction.text);
  return Number(info.lastInsertRowid);
}

/**
 * Replaces an article's extraction (re-extraction) and applies the person's edits over it;
 * the id, the source and the date it was added stay. Call inside a transaction.
 */
export function replaceExtraction(db: WriteDb, id: ArticleId, x: Extraction, overrides: MetadataOverrides, extractorVersion: number, now: string): void {
  stmt(
    db,
    `UPDATE articles SET text = @text, title = @title, title_derived = @titleDerived, site = @site, author = @author,
       published = @published, published_source = @publishedSource, date_conflict = @dateConflict, lang = @lang,
       word_count = @wordCount, reading_minutes = @readingMinutes, body = @body, body_at = @bodyAt, excerpt = @excerpt,
       comment_count = @commentCount, extraction = @extraction, extractor_version = @extractorVersion,
       overrides = @overrides, updated_at = @now
     WHERE id = @id`,
  ).run({ id, extractorVersion, now, ...articleColumns(x, overrides) });
  stmt(db, 'DELETE FROM blocks WHERE article_id = ?').run(id);
  insertBlocks(db, id, x.blocks, x.text);
}

/**
 * Applies a person's metadata edits over the stored extraction: only the metadata columns and
 * the derived data that reads them (`core/derived`) changes; text and blocks stay. Returns
 * false for an unknown id.
 */
export function applyOverrides(db: WriteDb, id: string, overrides: MetadataOverrides, now: string): boolean {
  const row = stmt(db, 'SELECT extraction FROM articles WHERE id = ?').get(id) as { extraction: string } | undefined;
  if (!row) return false;
  const m = effectiveMetadata(JSON.parse(row.extraction) as Extraction, overrides);
  stmt(
    db,
    `UPDATE articles SET title = @title, title_derived = @titleDerived, site = @site, author = @author,
       published = @published, published_source = @publishedSource, overrides = @overrides, updated_at = @now
     WHERE id = @id`,
  ).run({ id, ...m, titleDerived: m.titleDerived ? 1 : 0, overrides: JSON.stringify(overrides), now });
  return true;
}

/** The metadata edits stored for an article, or undefined for an unknown id. */
export function getOverrides(db: ReadDb, id: string): MetadataOverrides | undefined {
  const row = stmt(db, 'SELECT overrides FROM articles WHERE id = ?').get(id) as { overrides: string } | undefined;
  return row ? (JSON.parse(row.overrides) as MetadataOverrides) : undefined;
}

/** What re-extraction and edits need of a stored article: its source and the person's edits. */
export interface StoredSource {
  raw: Buffer;
  name: string;
  path: string | null;
  locator: string | null;
  format: SourceFormat;
  encoding: string;
  overrides: MetadataOverrides;
  extraction: string;
  text: string;
  extractor_version: number;
  edited_text: string | null;
  /** The text the edit was made on (null: no edit, or an edit stored before migration 27). */
  edit_base: string | null;
}

/**
 * Stores a person's edit of an article's text (null: none); its extraction is the caller's, and
 * is written after this. The first edit keeps the text it was made on (`edit_base`, read before
 * the new extraction replaces it: every SET sees the row as it was); a later edit keeps that
 * base, as the edit is still one change of the same text; taking the edit off drops it.
 */
export function setEditedText(db: WriteDb, id: ArticleId, text: string | null): void {
  stmt(
    db,
    `UPDATE articles SET edit_base = CASE WHEN @text IS NULL THEN NULL WHEN edited_text IS NULL THEN text ELSE edit_base END, edited_text = @text
     WHERE id = @id`,
  ).run({ text, id });
}

/** The raw source of an article, or undefined for an unknown id. */
export function getStoredSource(db: ReadDb, id: string): StoredSource | undefined {
  const r = stmt(
    db,
    `SELECT s.raw, s.name, s.path, s.locator, s.format, s.encoding, a.overrides, a.extraction, a.text, a.extractor_version, a.edited_text, a.edit_base
     FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?`,
  ).get(id) as (Omit<StoredSource, 'overrides'> & { overrides: string }) | undefined;
  return r ? { ...r, overrides: JSON.parse(r.overrides) as MetadataOverrides } : undefined;
}

/** Every article id, oldest first. */
export function allArticleIds(db: ReadDb): ArticleId[] {
  return (stmt(db, 'SELECT id FROM articles ORDER BY rowid').all() as { id: ArticleId }[]).map((r) => r.id);
}

function insertBlocks(db: WriteDb, id: ArticleId, blocks: Block[], articleText: string): void {
  const ins = stmt(
    db,
    'INSERT INTO blocks(article_id, seq, kind, region, start, end, text, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  blocks.forEach((b, i) => {
    const { kind, region, start, end, text, ...data } = b;
    const stored = articleText.slice(start, end) === text ? null : text;
    ins.run(id, i, kind, region, start, end, stored, Object.keys(data).length ? JSON.stringify(data) : null);
  });
}
/**
 * Saves reading progress (0..1) and/or the read mark. Reading to the end marks the article read;
 * marking it unread starts it over. Returns false for an unknown id.
 */
export function setReadingState(db: WriteDb, id: string, progress: number | undefined, read: boolean | undefined, now: string): boolean {
  const row = stmt(db, 'SELECT read_progress, read_at FROM articles WHERE id = ?').get(id) as { read_progress: number; read_at: string | null } | undefined;
  if (!row) return false;
  let p = progress ?? row.read_progress;
  let readAt = row.read_at;
  if (read === true || (progress !== undefined && progress >= READ_AT_PROGRESS && readAt === null)) readAt = readAt ?? now;
  if (read === false) {
    readAt = null;
    if (progress === undefined) p = 0;
  }
  stmt(db, 'UPDATE articles SET read_progress = ?, read_at = ? WHERE id = ?').run(p, readAt, id);
  return true;
}

/** Scrolled this far, an article counts as read. */
const READ_AT_PROGRESS = 0.98;
