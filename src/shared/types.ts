/**
 * Data types that cross the API boundary. Plain JSON-able objects only: no classes, no Dates
 * (dates travel as ISO-8601 strings of the precision the source states).
 */

/** A library article's id: 12 lowercase hex characters derived from its content hash. */
export type ArticleId = string & { readonly __brand: 'ArticleId' };

/** A job id chosen by the caller, so it can match progress events to the call it made. */
export type JobId = string & { readonly __brand: 'JobId' };

/**
 * A date as the text gives it: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` (local time of the source),
 * `YYYY-MM` or `YYYY`. The string's length is its precision.
 */
export type PartialDate = string;

/** Where the publication date came from. */
export type PublishedSource = 'stated' | 'header' | 'inferred' | 'record' | 'user';

/** The input formats Parallax reads. */
export type SourceFormat = 'text' | 'html' | 'markdown' | 'jsonl' | 'json';

/**
 * The kinds of block an article is cut into. Blocks carry offsets into the article's canonical
 * text, so every character of the input belongs to at most one block and nothing is lost.
 */
export type BlockKind =
  | 'title'
  | 'kicker'
  | 'dek'
  | 'byline'
  | 'date'
  | 'dateline'
  | 'section'
  | 'paragraph'
  | 'heading'
  | 'list-item'
  | 'quote'
  | 'caption'
  | 'credit'
  | 'comment'
  | 'tags'
  | 'boilerplate';

/** Which part of the page a block belongs to; the reader shows `header` and `body` in full. */
export type BlockRegion = 'header' | 'body' | 'comments' | 'boilerplate';

/** One typed block of an article. `start`/`end` are UTF-16 offsets into `Article.text`. */
export interface Block {
  kind: BlockKind;
  region: BlockRegion;
  text: string;
  start: number;
  end: number;
  /** For boilerplate: why it is not article text (`consent`, `skip-link`, `related`, …). */
  label?: string;
  /** For quotes: who is said to have said it, when the text names them. */
  attribution?: string;
  /** For captions: the photo credit. For comments: index into `Article.comments`. */
  credit?: string;
  comment?: number;
}

/** A reader comment found on the page. */
export interface Comment {
  author: string | null;
  /** `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD`, or null when the page gives none. */
  published: PartialDate | null;
  text: string;
  /** Index of the comment this one replies to, or null for a top-level comment. */
  replyTo: number | null;
  start: number;
  end: number;
}

/** A photo caption and its credit. */
export interface Caption {
  text: string;
  credit: string | null;
  start: number;
  end: number;
}

/** How a date mention was read. */
export type DateMentionKind = 'absolute' | 'relative' | 'header';

/** A date the text states or implies, resolved where it can be. */
export interface DateMention {
  /** The words as they stand in the text. */
  text: string;
  start: number;
  end: number;
  kind: DateMentionKind;
  /** The resolved date (or the first day of a range), or null when it cannot be resolved. */
  date: PartialDate | null;
  /** Last day of a range (`vom 24. bis zum 26. Oktober`). */
  endDate?: PartialDate | null;
  /** The sentence it stands in, for the timeline. */
  sentence: string;
}

/**
 * What extraction finds in one input. This is the shape `parallax extract --json` prints
 * and the shape stored per article; user edits are kept apart (see `MetadataOverrides`).
 */
export interface Extraction {
  /** The canonical text every offset points into (the decoded input, or an HTML page's text). */
  text: string;
  title: string;
  /** True when no title is stated and this one was made from the lead. */
  titleDerived: boolean;
  kicker: string | null;
  dek: string | null;
  published: PartialDate | null;
  publishedSource: PublishedSource | null;
  /** Human-readable reasons for the publication date, shown on hover. */
  dateEvidence: string[];
  /** When a header date is contradicted by the text: the date the text points to. */
  dateConflict: PartialDate | null;
  site: string | null;
  author: string | null;
  dateline: string | null;
  agencies: string[];
  section: string | null;
  tags: string[];
  /** ISO 639-1 code, or null when too little text to tell. */
  lang: string | null;
  wordCount: number;
  readingMinutes: number;
  /** Article text blocks in order (header and body regions), as strings. */
  body: string[];
  blocks: Block[];
  comments: Comment[];
  captions: Caption[];
  boilerplate: string[];
  dateMentions: DateMention[];
  /** Problems worth telling the user, e.g. "no article body found". */
  warnings: string[];
}

/** Metadata a person edited; each present field wins over extraction, also after re-extraction. */
export interface MetadataOverrides {
  title?: string;
  published?: PartialDate | null;
  site?: string | null;
  author?: string | null;
}

/** A person's edit of an article's metadata; `clear` removes earlier edits of those fields. */
export interface MetadataEdit extends MetadataOverrides {
  clear?: (keyof MetadataOverrides)[];
}

/** What `reextractArticles` did. */
export interface ReextractReport {
  updated: number;
  failed: { id: ArticleId; reason: string }[];
  durationMs: number;
}

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
  dateline: string | null;
  agencies: string[];
  section: string | null;
  tags: string[];
  blocks: Block[];
  comments: Comment[];
  captions: Caption[];
  dateMentions: DateMention[];
  warnings: string[];
  overrides: MetadataOverrides;
  source: SourceInfo;
  /** Near duplicates in the library, most similar first (estimated share of shared text). */
  twins: { id: ArticleId; title: string; similarity: number }[];
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

/** What `listArticles` takes. Every field is optional. */
export interface ListQuery {
  /** Default `published-desc` (undated articles last). */
  sort?: ArticleSort;
  /** Default 500, at most 5,000. */
  limit?: number;
  /** Default 0. */
  offset?: number;
}

/** A page of the library list. */
export interface ArticlePage {
  items: ArticleSummary[];
  total: number;
}

/** A file handed over as bytes (drag and drop in a browser, where there are no paths). */
export interface FileUpload {
  name: string;
  /** The file's bytes, base64-encoded. */
  dataBase64: string;
}

/** Options for the ingest calls. */
export interface IngestOptions {
  /** Matches the progress events of this call; made up by the caller. */
  jobId?: JobId;
}

/** Text pasted into the "Add text" dialog. */
export interface TextInput {
  text: string;
  /** A name to show for the source; default "Pasted text". */
  name?: string;
  format?: 'text' | 'html' | 'markdown';
}

/** One item of an ingest report. */
export interface IngestItem {
  name: string;
  locator?: string;
  articleId: ArticleId;
  title: string;
}

/** One input that was not ingested, with the reason. */
export interface IngestSkip {
  name: string;
  locator?: string;
  code: string;
  reason: string;
}

/** What an ingest call did. */
export interface IngestReport {
  added: IngestItem[];
  /** Inputs whose content the library already had. */
  present: IngestItem[];
  skipped: IngestSkip[];
  /** Added, but with something to tell (e.g. no article body found). */
  warnings: { name: string; articleId: ArticleId; message: string }[];
  durationMs: number;
}

/** Facts about the running app and its library. */
export interface AppInfo {
  name: string;
  version: string;
  host: 'electron' | 'http' | 'cli' | 'test';
  libraryPath: string;
  schemaVersion: number;
  articleCount: number;
}

/** Sort orders of search results. */
export type SearchSort = 'relevance' | 'date-desc' | 'date-asc';

/** What `searchArticles` takes. */
export interface SearchQuery {
  /**
   * The query in Parallax's language: words (all must match), `"phrases"`, `OR`, `-exclude`,
   * `prefix*`, and filters `outlet:`, `lang:`, `tag:`, `from:YYYY-MM-DD`, `to:`, `has:note`,
   * `has:highlight`, `in:notes`, `in:comments`. Never passed raw to SQLite.
   */
  q: string;
  /** Default `relevance`. */
  sort?: SearchSort;
  /** Default 20, at most 200. */
  limit?: number;
  /** Default 0. */
  offset?: number;
  /** Compute facet counts over all matches. Default true. */
  facets?: boolean;
}

/** A run of text with the matched words marked as `[start, end)` offsets into `text`. */
export interface Snippet {
  field: 'title' | 'dek' | 'body' | 'comments' | 'notes';
  text: string;
  highlights: [number, number][];
}

/** One search result. */
export interface SearchHit {
  article: ArticleSummary;
  /** Higher is better; comparable within one result page only. */
  score: number;
  snippets: Snippet[];
  /** Matched words in the article (all fields searched). */
  hitCount: number;
}

/** One value of a facet and how many matching articles have it. */
export interface FacetValue {
  value: string;
  count: number;
}

/** Facet counts over every match of a query (not just the page). */
export interface SearchFacets {
  outlet: FacetValue[];
  /** `YYYY-MM` of the publication date. */
  month: FacetValue[];
  lang: FacetValue[];
  tag: FacetValue[];
}

/** A page of search results. */
export interface SearchPage {
  hits: SearchHit[];
  total: number;
  facets: SearchFacets | null;
  /** A corrected query when this one found nothing and a close one would, else null. */
  didYouMean: string | null;
  /** How the query was read, for the UI (e.g. "unclosed quote: read as a phrase to the end"). */
  notices: string[];
  tookMs: number;
}

/** What a suggestion is. */
export type SuggestionKind = 'title' | 'person' | 'place' | 'organisation' | 'outlet' | 'tag' | 'term';

/** A completion or correction for what a person is typing. */
export interface Suggestion {
  text: string;
  kind: SuggestionKind;
  /** For titles: the article it opens. */
  articleId?: ArticleId;
  score: number;
}

/** Where a query matches inside one article: offsets into `Article.text`, in order. */
export interface ArticleHits {
  ranges: [number, number][];
}

/** A search a person saved, shown in the sidebar. */
export interface SavedSearch {
  id: number;
  name: string;
  q: string;
  createdAt: string;
}
