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
  /**
   * Near-duplicate copies collapsed under this row (lists with `groupCopies`, search results,
   * timeline chips), 0 when none; `listCopies` gives them.
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
  /** Rows in the list: `total`, or fewer when copies are grouped or `ids` given. */
  rows: number;
  /** Position of the first item in the list; null for a page read from a cursor. */
  offset: number | null;
  /** Cursor of the rows after this page; null when it is the last. */
  next: ListCursor | null;
  /** Cursor of the rows before this page; null when it is the first. */
  prev: ListCursor | null;
}

/** A file being sent in pieces (`beginUpload`), made up by the library. */
export type UploadId = string & { readonly __brand: 'UploadId' };

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
  /**
   * Near-identical copies collapse into their best-ranked report, whose `copyCount` says how
   * many more its group has (`listCopies` gives them). Default true; `total` counts every report.
   */
  groupCopies?: boolean;
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

/** An annotation's id: a UUID, stable across export and import. */
export type AnnotationId = string & { readonly __brand: 'AnnotationId' };

/** The five highlight colours. */
export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink' | 'purple';
export const HIGHLIGHT_COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];

/**
 * W3C Web Annotation text-quote selector (https://www.w3.org/TR/annotation-model/#text-quote-selector):
 * the exact text with a little context on each side.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * W3C Web Annotation text-position selector (https://www.w3.org/TR/annotation-model/#text-position-selector):
 * UTF-16 offsets into `Article.text`.
 */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/**
 * Where an annotation stands after the text last changed: `anchored` (quote at its position),
 * `moved` (the quote found elsewhere), `fuzzy` (a close match found; the text under it changed),
 * `orphaned` (not placed; kept with its quote and note, never deleted).
 */
export type AnchorStatus = 'anchored' | 'moved' | 'fuzzy' | 'orphaned';

/** How two annotations in different reports relate. */
export type LinkRelation = 'same-claim' | 'contradicts' | 'adds';
export const LINK_RELATIONS: readonly LinkRelation[] = ['same-claim', 'contradicts', 'adds'];

/** The other end of a link, as seen from one annotation. */
export interface AnnotationLink {
  id: AnnotationId;
  relation: LinkRelation;
  articleId: ArticleId;
  quote: string;
}

/** A highlight (with a colour) or a note on a passage (colour may be null), or both. */
export interface Annotation {
  id: AnnotationId;
  articleId: ArticleId;
  color: HighlightColor | null;
  /** Markdown; rendered safely by the UI. */
  note: string | null;
  tags: string[];
  quote: TextQuoteSelector;
  /** The current place; for an orphan, the last known place. */
  position: TextPositionSelector;
  status: AnchorStatus;
  links: AnnotationLink[];
  createdAt: string;
  updatedAt: string;
}

/** An annotation in the library-wide list, with the facts of its article. */
export interface AnnotationListItem extends Annotation {
  articleTitle: string;
  articleSite: string | null;
  articlePublished: PartialDate | null;
}

/** What `addAnnotation` takes: a range of `Article.text` and what to attach. */
export interface NewAnnotation {
  articleId: ArticleId;
  start: number;
  end: number;
  color?: HighlightColor | null;
  note?: string | null;
  tags?: string[];
}

/** A change to an annotation; absent fields stay. */
export interface AnnotationEdit {
  color?: HighlightColor | null;
  note?: string | null;
  tags?: string[];
}

/** Filters of the library-wide annotation list; all optional, combined with AND. */
export interface AnnotationFilter {
  articleId?: ArticleId;
  tag?: string;
  color?: HighlightColor;
  outlet?: string;
  /** Words that must appear in the note or the quote. */
  text?: string;
  status?: AnchorStatus;
}

/** Export formats: Markdown (Obsidian-friendly), CSV, W3C Web Annotation JSON-LD. */
export type AnnotationExportFormat = 'md' | 'csv' | 'jsonld';

/** An export as text, with a file name and media type to save it under. */
export interface ExportFile {
  filename: string;
  mediaType: string;
  content: string;
}

/** What an annotation import did. */
export interface AnnotationImportReport {
  added: number;
  /** Already in the library (same id): left as they are. */
  present: number;
  skipped: { id: string | null; reason: string }[];
}

// ─── Compare, timeline, people & places, stories (issue 6) ─────────────────────────────────

/** A sentence of an article: UTF-16 offsets into `Article.text` (body blocks only). */
export interface CompareSentence {
  start: number;
  end: number;
  text: string;
  /** Index of the block (in `Article.blocks`) the sentence stands in. */
  block: number;
}

/** One compared article with its sentences. */
export interface ComparedArticle {
  id: ArticleId;
  title: string;
  site: string | null;
  published: PartialDate | null;
  sentences: CompareSentence[];
  /** Indexes into `sentences` of the sentences no other compared report has a counterpart for. */
  unique: number[];
  /** Sources the report cites (`Interfax`, `Reuters`, `the Times`, …), in order of first citation. */
  sources: CitedSource[];
  /** Quotations in the report, with who is said to have said them. */
  quotes: Quotation[];
}

/** Points at one sentence of one compared article. */
export interface SentenceRef {
  articleId: ArticleId;
  /** Index into `ComparedArticle.sentences`. */
  sentence: number;
}

/**
 * How two aligned sentences relate: `same` (the same text, perhaps lightly edited, e.g. wire
 * copy), `paraphrase` (the same statement in other words), `related` (about the same thing,
 * saying different things).
 */
export type AlignmentClass = 'same' | 'paraphrase' | 'related';

/** Two sentences of two different reports that correspond, with what differs between them. */
export interface AlignedPair {
  a: SentenceRef;
  b: SentenceRef;
  class: AlignmentClass;
  /** Similarity from 0 to 1 (rarity-weighted cosine of stems, names and figures). */
  score: number;
  differences: PairDifferences;
}

/** A figure found in text: `über vier Stunden` → value 4, unit `Stunden`, qualifier `über`. */
export interface Quantity {
  text: string;
  start: number;
  end: number;
  value: number;
  /** The counted thing as written (`Stunden`, `Prozent`), or null when none follows. */
  unit: string | null;
  /** The qualifier as written (`über`, `mehr als`, `rund`), or null. */
  qualifier: string | null;
  /** What the qualifier means: more than, less than, about, at least, at most, exactly. */
  bound: 'more' | 'less' | 'about' | 'at-least' | 'at-most' | 'exact';
}

/**
 * A figure compared across a pair: `same` (same value and unit; `qualifiersDiffer` tells
 * whether the words around it differ, e.g. `über` / `mehr als`), `differs` (same unit, other
 * value), `only-a` / `only-b` (given by one side only).
 */
export interface FigureDifference {
  kind: 'same' | 'differs' | 'only-a' | 'only-b';
  a: Quantity | null;
  b: Quantity | null;
  qualifiersDiffer: boolean;
}

/** A date compared across a pair (resolved dates; `text` as written on each side). */
export interface DateDifference {
  kind: 'same' | 'differs' | 'only-a' | 'only-b';
  a: { text: string; date: PartialDate | null } | null;
  b: { text: string; date: PartialDate | null } | null;
}

/** A name compared across a pair: `spelling` when both name the same entity differently. */
export interface NameDifference {
  kind: 'same' | 'spelling' | 'only-a' | 'only-b';
  entityId: EntityId;
  a: string | null;
  b: string | null;
}

/** A quotation compared across a pair. */
export interface QuoteDifference {
  kind: 'same' | 'differs' | 'only-a' | 'only-b';
  a: Quotation | null;
  b: Quotation | null;
}

/** Everything that differs (or agrees) between two aligned sentences. */
export interface PairDifferences {
  figures: FigureDifference[];
  dates: DateDifference[];
  names: NameDifference[];
  quotes: QuoteDifference[];
  sources: { kind: 'same' | 'only-a' | 'only-b'; name: string }[];
}

/** Quoted words and who is said to have said them. */
export interface Quotation {
  /** The quoted words, without the quotation marks. */
  text: string;
  start: number;
  end: number;
  /** The speaker as the text names them, or null when it does not say. */
  speaker: string | null;
}

/** A source a report cites (a news agency, outlet, platform), with where it cites it. */
export interface CitedSource {
  name: string;
  /** Offsets of every citation in `Article.text`. */
  mentions: { start: number; end: number }[];
}

/** The same run of words in two or more of the compared reports. */
export interface SharedPassage {
  /** Words in the run (the shortest occurrence). */
  words: number;
  text: string;
  occurrences: { articleId: ArticleId; start: number; end: number }[];
  /** Long enough to be the same wire copy rather than a stock phrase. */
  isWireCopy: boolean;
}

/** What `compareArticles` returns: two to four reports side by side. */
export interface Comparison {
  articles: ComparedArticle[];
  pairs: AlignedPair[];
  passages: SharedPassage[];
  /** Sources per report: which are cited by all, which by only some. */
  sources: { name: string; articleIds: ArticleId[] }[];
  /** Names whose spelling differs between the reports (or within one). */
  spellings: { entityId: EntityId; name: string; variants: { text: string; articleIds: ArticleId[] }[] }[];
  tookMs: number;
}

/** The export formats of a comparison. */
export type ComparisonExportFormat = 'html';

/** An entity's id (stable while its spellings stay grouped): `person:witkoff`. */
export type EntityId = string & { readonly __brand: 'EntityId' };

/** The kinds of entity Parallax finds. */
export type EntityKind = 'person' | 'place' | 'organisation';

/** A person, place or organisation with every spelling found for it. */
export interface EntitySummary {
  id: EntityId;
  kind: EntityKind;
  /** The display name: the most frequent full form. */
  name: string;
  /** Every spelling found, most frequent first. */
  variants: { text: string; count: number }[];
  mentionCount: number;
  articleCount: number;
  /** True when a person merged or split this group by hand. */
  manual: boolean;
}

/** One place an entity is named. */
export interface EntityMention {
  articleId: ArticleId;
  articleTitle: string;
  /** The words as written. */
  text: string;
  start: number;
  end: number;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
}

/** An entity with every mention, for the entity page. */
export interface EntityDetail extends EntitySummary {
  mentions: EntityMention[];
}

/** Filters of `listEntities`; all optional. */
export interface EntityFilter {
  kind?: EntityKind;
  /** Only entities one of whose spellings contains this text (case- and accent-insensitive). */
  q?: string;
  /** Only entities named in this article. */
  articleId?: ArticleId;
  /** Default 200, at most 5,000. */
  limit?: number;
}

/** One sentence that dates an event. */
export interface TimelineMention {
  articleId: ArticleId;
  articleTitle: string;
  site: string | null;
  /** The date words as written (`am Freitag`), or '' for an inferred mention. */
  text: string;
  start: number;
  end: number;
  date: PartialDate;
  endDate: PartialDate | null;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  /**
   * True when the sentence names no date itself and was linked to the event because other
   * reports date the same statement (e.g. a wire report whose header date is wrong).
   */
  inferred: boolean;
}

/** One event on the library's timeline: a date and the sentences of all reports about it. */
export interface TimelineEvent {
  id: string;
  /** First day (or month, or year) of the event, at the precision the reports give. */
  date: PartialDate;
  /** Last day of a range, else null. */
  endDate: PartialDate | null;
  /** A short label made from the words and names the sentences share. */
  label: string;
  keywords: string[];
  articleIds: ArticleId[];
  mentions: TimelineMention[];
}

/** Filters of `getTimeline`; all optional. */
export interface TimelineFilter {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: events on or after. */
  from?: PartialDate;
  /** Events on or before (a partial date includes its whole month or year). */
  to?: PartialDate;
  /** Only events one of whose mentions is in this article. */
  articleId?: ArticleId;
  /** Default 1,000, at most 10,000. */
  limit?: number;
}

/** What the text of an article says about its date, beyond extraction's own reading. */
export interface ArticleDating {
  articleId: ArticleId;
  published: PartialDate | null;
  dateConflict: PartialDate | null;
  /**
   * The day the text points to when the article's own date is coarser or contradicted, found
   * through its own sentences or through other reports of the same event; null when unknown.
   */
  textDate: PartialDate | null;
  /** The timeline mentions that support `textDate`. */
  evidence: TimelineMention[];
}

/** Reports grouped by what they cover and when. */
export interface Story {
  id: string;
  label: string;
  articleIds: ArticleId[];
  /** Earliest and latest date of its reports (null when none is dated). */
  from: PartialDate | null;
  to: PartialDate | null;
  /** Names and words the reports share, most shared first. */
  keywords: string[];
}

/** A change of an article's reading state; absent fields stay. */
export interface ReadingStateEdit {
  /** 0..1: where the reader is. */
  progress?: number;
  /** Mark read (true) or unread (false). */
  read?: boolean;
}
