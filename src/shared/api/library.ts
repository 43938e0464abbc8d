/**
 * The library: list rows, whole articles, their sources, reading state, facts about the app.
 * Plain JSON-able objects only: no classes, no Dates (dates travel as ISO-8601 strings of the
 * precision the source states).
 */
import type { Notice } from './notices';
import type { RebuildStatus } from '../events';
import type { ArticleId, PartialDate, PublishedSource, SourceFormat, Block, Comment, Caption, DateMention, MetadataEdit, MetadataOverrides, ReextractReport, ExtractionCorrection } from './extraction';

/** One row of the library list. */
export interface ArticleSummary {
  id: ArticleId;
  title: string;
  titleDerived: boolean;
  site: string | null;
  author: string | null;
  published: PartialDate | null;
  publishedSource: PublishedSource | null;
  dateConflict: PartialDate | null;
  lang: string | null;
  wordCount: number;
  readingMinutes: number;
  /** The first line or two of the body. */
  excerpt: string;
  commentCount: number;
  /** How many articles in the library are near duplicates of this one (the same wire copy). */
  twinCount: number;
  /**
   * Near-duplicate copies collapsed under this row (lists with `groupCopies`, search results),
   * 0 when none; `listCopies` gives them.
   */
  copyCount: number;
  /** How far the reader got, 0..1. */
  readProgress: number;
  /** When it was marked read (or read to the end), else null: unread. */
  readAt: string | null;
  /** Annotations on it. */
  annotationCount: number;
  /** When it was added to the library (ISO-8601 UTC). */
  addedAt: string;
  sourceName: string;
}

/** A whole article as the reader shows it. */
export interface Article extends ArticleSummary {
  text: string;
  kicker: string | null;
  dek: string | null;
  dateEvidence: string[];
  dateEvidenceCoded: Notice[];
  dateline: string | null;
  agencies: string[];
  section: string | null;
  tags: string[];
  blocks: Block[];
  comments: Comment[];
  captions: Caption[];
  dateMentions: DateMention[];
  warnings: string[];
  warningsCoded: Notice[];
  overrides: MetadataOverrides;
  source: SourceInfo;
  /** Near duplicates in the library, most similar first (estimated share of shared text). */
  twins: { id: ArticleId; title: string; similarity: number }[];
  /** When it was moved to the trash (ISO-8601 UTC), else null: the reader offers it back then. */
  trashedAt: string | null;
  /** Where a text edit carried into this new version met the file's own change, for the person to settle; empty when none. */
  textConflicts?: TextConflict[];
}

/**
 * A stretch of a report's text where a person's text edit, carried into a new version of its file,
 * met a change the file made there: the text holds the file's side; the person chooses
 * (`resolveTextConflict`). Offsets are into the report's text.
 */
export interface TextConflict {
  start: number;
  end: number;
  /** What the new file has there: the text at `start`–`end`. */
  file: string;
  /** What the person's edit had there instead. */
  edit: string;
  /** What the earlier version had there before either changed it. */
  base: string;
}

/** Where an article came from; the raw bytes stay in the library. */
export interface SourceInfo {
  name: string;
  path: string | null;
  /** Position inside a container file, e.g. `line 12` of a JSON Lines file. */
  locator: string | null;
  format: SourceFormat;
  /** The encoding found, e.g. `utf-8`, `utf-8-bom`, `utf-16le`, `windows-1252`. */
  encoding: string;
  byteSize: number;
  sha256: string;
  importedAt: string;
}

/** Sort orders of the library list. */
export type ArticleSort = 'published-desc' | 'published-asc' | 'added-desc' | 'title-asc';

/**
 * A place in the library list, opaque to callers: pass a page's `next` back as `after`, or its
 * `prev` as `before`. It names a row by its sort key, so it stays valid while reports are
 * added around it.
 */
export type ListCursor = string & { readonly __brand: 'ListCursor' };

/** What `listArticles` takes. Every field is optional. */
export interface ListQuery {
  /** Default `published-desc` (undated articles last); a cursor's own order when one is given. */
  sort?: ArticleSort;
  /** Rows per page. Default 500, at most 5,000. */
  limit?: number;
  /** Rows to skip from the start; fast at any position (pages start from stored anchors). Default 0. */
  offset?: number;
  /** The rows after this cursor (a page's `next`). Not with `offset`, `before` or `fromEnd`. */
  after?: ListCursor;
  /** The rows just before this cursor (a page's `prev`), in list order. */
  before?: ListCursor;
  /** The last `limit` rows. */
  fromEnd?: boolean;
  /** Collapse near-duplicate copies under the earliest report of their group. Default false. */
  groupCopies?: boolean;
  /** Only these reports (e.g. a story's), at most 10,000. */
  ids?: ArticleId[];
}

/** A page of the library list. */
export interface ArticlePage {
  items: ArticleSummary[];
  /** Reports in the library. */
  total: number;
  /** Annotations in the library (the sidebar's count). */
  annotationTotal: number;
  /** Reports in the trash (the sidebar's count). */
  trashTotal: number;
  /** Rows in the list: `total`, or fewer when copies are grouped or `ids` given. */
  rows: number;
  /** Position of the first item in the list; null for a page read from a cursor. */
  offset: number | null;
  /** Cursor of the rows after this page; null when it is the last. */
  next: ListCursor | null;
  /** Cursor of the rows before this page; null when it is the first. */
  prev: ListCursor | null;
}

/** Facts about the running app and its library. */
export interface AppInfo {
  name: string;
  version: string;
  host: 'electron' | 'http' | 'cli' | 'test';
  libraryPath: string;
  schemaVersion: number;
  articleCount: number;
  /** Derived data being rebuilt as the library opened, or null when all of it is current. */
  rebuilding: RebuildStatus | null;
  /**
   * True once this run found the library file damaged (a call met a damaged page): from then on
   * nothing is written to it, every write is refused with `DB_CORRUPT`, and `rescueLibrary` copies
   * what can be read into a new file.
   */
  damaged: boolean;
}

/** What one table of a damaged library gave up to its rescue. */
export interface RescuedTable {
  table: string;
  /** Rows written into the new library. */
  kept: number;
  /** Rows read but refused by the new library (a report whose source was lost, an annotation whose report was). */
  refused: number;
  /** True when part of the table could not be read at all (damaged pages skipped). */
  damaged: boolean;
}

/** What a rescue did: the damaged library `from` (never written) and the new one `to`. */
export interface RescueReport {
  from: string;
  to: string;
  tables: RescuedTable[];
}

/** A change of an article's reading state; absent fields stay. */
export interface ReadingStateEdit {
  /** 0..1: where the reader is. */
  progress?: number;
  /** Mark read (true) or unread (false). */
  read?: boolean;
}

/** A report in the trash, with what deleting it for good would lose. */
export interface TrashedArticle extends ArticleSummary {
  /** When it was moved to the trash (ISO). */
  trashedAt: string;
  /** Whether a person edited its title, date, outlet, author or article bounds (its annotations: `annotationCount`). */
  edited: boolean;
}

/** What a trash call did: the reports it changed (ids it was given that were not in that state are left out). */
export interface TrashResult {
  ids: ArticleId[];
}

/** The library part of `ParallaxApi`. */
export interface LibraryApi {
  /** Name, version, host and library facts. */
  getAppInfo(): Promise<AppInfo>;
  /** The library list, sorted and paged. */
  listArticles(query?: ListQuery): Promise<ArticlePage>;
  /**
   * A report's near-duplicate group, for expanding a "×N" row: the report the group collapses
   * under first, then its copies, earliest added first; a report without copies alone.
   * Rejects with `NOT_FOUND` for an unknown id.
   */
  listCopies(id: ArticleId): Promise<ArticleSummary[]>;
  /** One whole article. Rejects with `NOT_FOUND` for an unknown id. */
  getArticle(id: ArticleId): Promise<Article>;
  /**
   * Runs extraction again on the kept raw bytes with the current rules: the given articles, or
   * every article when `ids` is omitted. A person's metadata edits win over what it finds.
   */
  reextractArticles(ids?: ArticleId[]): Promise<ReextractReport>;
  /**
   * Stops the running `reextractArticles` between two batches: the batches written stay (each
   * one transaction), the rest keep their extraction, and its report says `cancelled`. Resolves
   * true when one was running. A site's re-extraction after an import is not stopped by it.
   */
  cancelReextract(): Promise<boolean>;
  /** Edits an article's title, date, outlet or author; the edit survives re-extraction. */
  updateArticleMetadata(id: ArticleId, edit: MetadataEdit): Promise<Article>;
  /**
   * Replaces an article's text with a person's edit (kept apart from the raw bytes, which stay);
   * extraction runs on the edited text and annotations are placed again.
   */
  updateArticleText(id: ArticleId, text: string | null): Promise<Article>;
  /** Saves reading progress or the read/unread mark; cheap enough to call while scrolling. */
  updateReadingState(id: ArticleId, state: ReadingStateEdit): Promise<void>;
  /**
   * Keeps a person's correction of where the article is — the line it starts at, ends at, its
   * headline, as offsets into its text; a field left out keeps the earlier mark, null removes
   * it (the extractor decides again) — and extracts it again; the correction survives every
   * later re-extraction. Rejects with `NOT_FOUND` or `BAD_INPUT`.
   */
  correctExtraction(id: ArticleId, correction: Partial<ExtractionCorrection>): Promise<Article>;
  /**
   * Moves reports to the trash: they leave the list, search, suggestions, compare, near-duplicate
   * groups, the timeline, people & places and stories, and keep their text, raw bytes,
   * annotations and edits. Rejects with `NOT_FOUND` for an unknown id (nothing moved).
   */
  trashArticles(ids: ArticleId[]): Promise<TrashResult>;
  /** Takes reports out of the trash, back into every view. */
  restoreArticles(ids: ArticleId[]): Promise<TrashResult>;
  /** The reports in the trash, last trashed first. */
  listTrash(): Promise<TrashedArticle[]>;
  /**
   * Deletes reports in the trash for good: text, raw bytes, annotations, edits and derived rows.
   * Reports not in the trash are left alone (a report is purged only from the trash).
   */
  purgeArticles(ids: ArticleId[]): Promise<TrashResult>;
  /**
   * Copies what can still be read of this library into a new library file beside it
   * (`NAME.rescued-STAMP.sqlite`; `RescueReport.to` says where): reports with their raw files,
   * edits, annotations, tags, links, saved searches, merges of names. This library is read, never
   * written. Rejects with `UNSUPPORTED` for a library in memory.
   */
  rescueLibrary(): Promise<RescueReport>;
}

/** The method names of `LibraryApi`, in the order the allowlist lists them. */
export const LIBRARY_METHODS = ['getAppInfo', 'listArticles', 'listCopies', 'getArticle', 'reextractArticles', 'cancelReextract', 'updateArticleMetadata', 'updateArticleText', 'updateReadingState', 'correctExtraction', 'trashArticles', 'restoreArticles', 'listTrash', 'purgeArticles', 'rescueLibrary'] as const satisfies readonly (keyof LibraryApi)[];
