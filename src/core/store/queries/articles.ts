import type {
  Article,
  ArticleId,
  ArticleSummary,
  Block,
  Extraction,
  MetadataOverrides,
  SourceFormat,
  SourceInfo,
} from '../../../shared/types';
import type { ReadDb, WriteDb } from '../db';
import { stmt } from './cache';
import { getTwins } from './duplicates';
import { indexArticleForSearch, reindexArticleForSearch, type PendingFts, type SearchTexts } from './search-index';

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
  /** The article's search texts, when computed beforehand (on an extraction worker). */
  searchTexts?: SearchTexts | undefined;
}

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
  // The blocks live in their own table and the text in its own column; the JSON keeps the rest.
  const { blocks, text, body, ...rest } = x;
  void blocks;
  void body;
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
    body: body.join('\n\n'),
    excerpt,
    commentCount: x.comments.length,
    extraction: JSON.stringify(rest),
    overrides: JSON.stringify(overrides),
  };
}

/** Inserts an article and its blocks. Call inside a transaction; with `deferFts`, finish it with `writePendingFts`. */
export function insertArticle(db: WriteDb, a: NewArticle, deferFts?: PendingFts): void {
  const cols = articleColumns(a.extraction, a.overrides);
  const info = stmt(
    db,
    `INSERT INTO articles(id, source_id, content_hash, text, title, title_derived, site, author, published,
       published_source, date_conflict, lang, word_count, reading_minutes, body, excerpt, comment_count,
       extraction, extractor_version, overrides, added_at, updated_at)
     VALUES (@id, @sourceId, @contentHash, @text, @title, @titleDerived, @site, @author, @published,
       @publishedSource, @dateConflict, @lang, @wordCount, @readingMinutes, @body, @excerpt, @commentCount,
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
  const x = a.extraction;
  indexArticleForSearch(
    db,
    Number(info.lastInsertRowid),
    a.id,
    { title: cols.title, kicker: x.kicker, dek: x.dek, body: cols.body, comments: x.comments, site: cols.site, lang: cols.lang, published: cols.published, tags: x.tags },
    { isNew: true, pre: a.searchTexts, defer: deferFts },
  );
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
       word_count = @wordCount, reading_minutes = @readingMinutes, body = @body, excerpt = @excerpt,
       comment_count = @commentCount, extraction = @extraction, extractor_version = @extractorVersion,
       overrides = @overrides, updated_at = @now
     WHERE id = @id`,
  ).run({ id, extractorVersion, now, ...articleColumns(x, overrides) });
  stmt(db, 'DELETE FROM blocks WHERE article_id = ?').run(id);
  insertBlocks(db, id, x.blocks, x.text);
  reindexArticleForSearch(db, id);
}

/**
 * Applies a person's metadata edits over the stored extraction: only the metadata columns and
 * the search index change (text and blocks stay). Returns false for an unknown id.
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
  reindexArticleForSearch(db, id);
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
}

/** The raw source of an article, or undefined for an unknown id. */
export function getStoredSource(db: ReadDb, id: string): StoredSource | undefined {
  const r = stmt(
    db,
    `SELECT s.raw, s.name, s.path, s.locator, s.format, s.encoding, a.overrides, a.extraction, a.text, a.extractor_version, a.edited_text
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

/** How many articles the library holds. */
export function countArticles(db: ReadDb): number {
  return (stmt(db, 'SELECT count(*) AS n FROM articles').get() as { n: number }).n;
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
    dateline: x.dateline ?? null,
    agencies: x.agencies ?? [],
    section: x.section ?? null,
    tags: x.tags ?? [],
    blocks: getBlocks(db, id, r.text),
    comments: x.comments ?? [],
    captions: x.captions ?? [],
    dateMentions: x.dateMentions ?? [],
    warnings: x.warnings ?? [],
    overrides: JSON.parse(r.overrides) as MetadataOverrides,
    source,
    twins: getTwins(db, id).map((t) => ({ ...t, title: (stmt(db, 'SELECT title FROM articles WHERE id = ?').get(t.id) as { title: string }).title })),
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
