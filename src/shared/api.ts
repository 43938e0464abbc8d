import type { ParallaxEvent } from './events';
import type {
  AppInfo,
  Article,
  ArticleId,
  ArticlePage,
  ArticleSummary,
  FileUpload,
  IngestOptions,
  IngestReport,
  ListQuery,
  MetadataEdit,
  ReextractReport,
  SavedSearch,
  SearchPage,
  SearchQuery,
  Suggestion,
  ArticleHits,
  Annotation,
  AnnotationEdit,
  AnnotationExportFormat,
  AnnotationFilter,
  AnnotationId,
  AnnotationImportReport,
  AnnotationListItem,
  ExportFile,
  LinkRelation,
  NewAnnotation,
  ReadingStateEdit,
  TextInput,
  UploadId,
  ArticleDating,
  Comparison,
  ComparisonExportFormat,
  EntityDetail,
  EntityFilter,
  EntityId,
  EntitySummary,
  Story,
  TimelineEvent,
  TimelineFilter,
} from './types';

/**
 * The one contract between the renderer and the library. The core service implements it;
 * Electron IPC, the HTTP host and the worker bridge carry it with generic code built from
 * `API_METHODS`, so adding a method here is the only per-method work.
 *
 * Every method may reject with an `ApiError`; its `code` says what went wrong.
 */
export interface ParallaxApi {
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
   * Ingests files and folders (recursively) from the host's file system. Bad inputs are
   * skipped with a reason in the report; they never stop the others. Emits `ingestProgress`.
   */
  ingestPaths(paths: string[], options?: IngestOptions): Promise<IngestReport>;
  /** Ingests files handed over as bytes (a browser's drag and drop). */
  ingestFiles(files: FileUpload[], options?: IngestOptions): Promise<IngestReport>;
  /**
   * Starts sending a file in pieces, for files the host cannot read by path (a browser's or a
   * window's drag and drop): any size up to 4 GB, never whole in one request or in memory.
   * Rejects with `BAD_INPUT` for a missing name or a size out of range.
   */
  beginUpload(file: { name: string; size: number }): Promise<UploadId>;
  /** Adds the next piece of an upload: base64 of at most 4 MiB. `BAD_INPUT` past the size announced. */
  appendUpload(id: UploadId, pieceBase64: string): Promise<void>;
  /**
   * Ingests finished uploads under their own names (as `ingestPaths` does files), then deletes
   * them. Emits `ingestProgress` in reports. `BAD_INPUT` for an unknown or unfinished upload.
   */
  ingestUploads(ids: UploadId[], options?: IngestOptions): Promise<IngestReport>;
  /** Drops an upload and what arrived of it; an unknown id is fine. */
  discardUpload(id: UploadId): Promise<void>;
  /** Ingests pasted text. */
  ingestText(input: TextInput, options?: IngestOptions): Promise<IngestReport>;
  /**
   * Runs extraction again on the kept raw bytes with the current rules: the given articles, or
   * every article when `ids` is omitted. A person's metadata edits win over what it finds.
   */
  reextractArticles(ids?: ArticleId[]): Promise<ReextractReport>;
  /** Edits an article's title, date, outlet or author; the edit survives re-extraction. */
  updateArticleMetadata(id: ArticleId, edit: MetadataEdit): Promise<Article>;

  /**
   * Full-text search with snippets and facets. A malformed query is read as sensibly as
   * possible (with `notices`); only an impossible one rejects, with `BAD_QUERY`.
   */
  searchArticles(query: SearchQuery): Promise<SearchPage>;
  /** Completions and corrections (titles, names, outlets, tags) for typed text; fuzzy. */
  suggest(text: string, limit?: number): Promise<Suggestion[]>;
  /** Every place `q` matches in one article, for highlighting and next/previous hit. */
  getArticleHits(id: ArticleId, q: string): Promise<ArticleHits>;
  /** Saved searches, oldest first. */
  listSavedSearches(): Promise<SavedSearch[]>;
  /** Saves a search under a name. */
  saveSearch(input: { name: string; q: string }): Promise<SavedSearch>;
  /** Removes a saved search; `NOT_FOUND` if there is none with that id. */
  deleteSavedSearch(id: number): Promise<void>;

  /** Annotations, in reading order within an article, newest article first across the library. */
  listAnnotations(filter?: AnnotationFilter): Promise<AnnotationListItem[]>;
  /** Highlights or notes a range of an article's text; written at once. */
  addAnnotation(input: NewAnnotation): Promise<Annotation>;
  /** Changes colour, note or tags. */
  updateAnnotation(id: AnnotationId, edit: AnnotationEdit): Promise<Annotation>;
  /** Deletes an annotation and returns it whole, so the UI can undo with `restoreAnnotation`. */
  deleteAnnotation(id: AnnotationId): Promise<Annotation>;
  /** Puts back a deleted annotation exactly (same id, links, times); for undo. */
  restoreAnnotation(annotation: Annotation): Promise<Annotation>;
  /** Links two annotations in different articles; both show the link. */
  linkAnnotations(a: AnnotationId, b: AnnotationId, relation: LinkRelation): Promise<void>;
  /** Removes the link between two annotations, if any. */
  unlinkAnnotations(a: AnnotationId, b: AnnotationId): Promise<void>;
  /** Every tag used, most used first, for autocomplete. */
  listAnnotationTags(): Promise<{ tag: string; count: number }[]>;
  /** Exports annotations of one article or the whole library. */
  exportAnnotations(options: { format: AnnotationExportFormat; articleId?: ArticleId }): Promise<ExportFile>;
  /** Imports a W3C Web Annotation JSON-LD export; importing the same file twice adds nothing. */
  importAnnotations(input: { content: string }): Promise<AnnotationImportReport>;
  /**
   * Replaces an article's text with a person's edit (kept apart from the raw bytes, which stay);
   * extraction runs on the edited text and annotations are placed again.
   */
  updateArticleText(id: ArticleId, text: string | null): Promise<Article>;
  /** Saves reading progress or the read/unread mark; cheap enough to call while scrolling. */
  updateReadingState(id: ArticleId, state: ReadingStateEdit): Promise<void>;

  /**
   * Compares two to four reports: their sentences (offsets into each `Article.text`), aligned
   * pairs with class and score and what differs in each (figures, dates, names, quotes,
   * sources), shared passages (wire copy), and the sentences only one report has.
   * Rejects with `BAD_INPUT` for fewer than two or more than four ids, a repeated id or an
   * article without body text, and `NOT_FOUND` for an unknown id.
   */
  compareArticles(ids: ArticleId[]): Promise<Comparison>;
  /**
   * The comparison as a self-contained file (`html`: inline CSS, no scripts, no external
   * assets, every text escaped). Same rejections as `compareArticles`.
   */
  exportComparison(ids: ArticleId[], format: ComparisonExportFormat): Promise<ExportFile>;
  /**
   * Every dated event the library's reports mention, oldest first, each with the sentences
   * (and their reports) that date it. Relative dates are resolved against each article's date.
   */
  getTimeline(filter?: TimelineFilter): Promise<TimelineEvent[]>;
  /** What the text says about an article's date (e.g. a header date the text contradicts). `NOT_FOUND` for an unknown id. */
  getArticleDating(id: ArticleId): Promise<ArticleDating>;
  /** People, places and organisations named in the library, most reports first, spellings grouped. */
  listEntities(filter?: EntityFilter): Promise<EntitySummary[]>;
  /** One entity with every mention; `NOT_FOUND` for an unknown id. */
  getEntity(id: EntityId): Promise<EntityDetail>;
  /** Merges entities into one (the first id's); kept across re-indexing. `BAD_INPUT` for fewer than two ids or mixed kinds. */
  mergeEntities(ids: EntityId[]): Promise<EntitySummary>;
  /**
   * Moves the given spellings out of an entity into an entity of their own; kept across
   * re-indexing. Returns the remaining entity and the new one. `BAD_INPUT` when a spelling is
   * not the entity's or all of them are given.
   */
  splitEntity(id: EntityId, variants: string[]): Promise<EntitySummary[]>;
  /** Reports grouped by what they cover and when, largest story first; stories of one report are left out. */
  listStories(): Promise<Story[]>;
}

/** Every method name of `ParallaxApi`: the allowlist each binding checks before dispatching. */
export const API_METHODS = [
  'getAppInfo',
  'listArticles',
  'listCopies',
  'getArticle',
  'ingestPaths',
  'beginUpload',
  'appendUpload',
  'ingestUploads',
  'discardUpload',
  'ingestFiles',
  'ingestText',
  'reextractArticles',
  'updateArticleMetadata',
  'searchArticles',
  'suggest',
  'getArticleHits',
  'listSavedSearches',
  'saveSearch',
  'deleteSavedSearch',
  'listAnnotations',
  'addAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'restoreAnnotation',
  'linkAnnotations',
  'unlinkAnnotations',
  'listAnnotationTags',
  'exportAnnotations',
  'importAnnotations',
  'updateArticleText',
  'updateReadingState',
  'compareArticles',
  'exportComparison',
  'getTimeline',
  'getArticleDating',
  'listEntities',
  'getEntity',
  'mergeEntities',
  'splitEntity',
  'listStories',
] as const satisfies readonly (keyof ParallaxApi)[];

export type ApiMethod = (typeof API_METHODS)[number];

// A method added to the interface but not to the list fails to compile here.
type MissingMethods = Exclude<keyof ParallaxApi, ApiMethod>;
const allListed: MissingMethods extends never ? true : MissingMethods = true;
void allListed;

/** True when `name` is one of `API_METHODS`. */
export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name);
}

/** What a window talks to: the contract plus the event stream of its host. */
export interface ParallaxClient extends ParallaxApi {
  /** Calls `listener` for every event until the returned function is called. */
  onEvent(listener: (event: ParallaxEvent) => void): () => void;
}

/** Electron IPC channel that carries every call: `invoke(IPC_CALL, method, args)` → `Result`. */
export const IPC_CALL = 'parallax:call';
/** Electron IPC channel on which main pushes `ParallaxEvent`s to windows. */
export const IPC_EVENT = 'parallax:event';
/** Electron IPC channel on which main asks the window to do a menu command (`MenuCommand`). */
export const IPC_COMMAND = 'parallax:command';

/** Commands the app menu sends to the window; the renderer maps each to its own action. */
export type MenuCommand = 'import' | 'add-text' | 'print' | 'theme-light' | 'theme-dark' | 'theme-system' | 'find' | 'shortcuts';

/** HTTP host: header that carries the per-run token on every API call. */
export const HTTP_TOKEN_HEADER = 'x-parallax-token';
