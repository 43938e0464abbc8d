/**
 * What extraction makes of a report: ids, typed blocks with offsets, comments, captions, dates.
 * Plain JSON-able objects only: no classes, no Dates (dates travel as ISO-8601 strings of the
 * precision the source states).
 */
import type { Notice } from './notices';

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

/** The kinds of page furniture extraction labels (`Block.label` of a boilerplate block). */
export const FURNITURE_LABELS = [
  'skip-link',
  'consent',
  'donation',
  'follow',
  'share',
  'comment-rules',
  'comments-header',
  'navigation',
  'related',
  'footer',
  'paywall',
  'script',
  'image-slug',
  'other',
] as const;
/** One of `FURNITURE_LABELS`. */
export type FurnitureLabel = (typeof FURNITURE_LABELS)[number];

/** Which part of the page a block belongs to; the reader shows `header` and `body` in full. */
export type BlockRegion = 'header' | 'body' | 'comments' | 'boilerplate';

/** One typed block of an article. `start`/`end` are UTF-16 offsets into `Article.text`. */
export interface Block {
  kind: BlockKind;
  region: BlockRegion;
  text: string;
  start: number;
  end: number;
  /**
   * For boilerplate: why it is not article text, one of `FURNITURE_LABELS` (`consent`,
   * `skip-link`, `related`, …). Typed as a string because libraries keep what older versions
   * wrote; hosts word it with `furnitureLabel`, which reads an unknown one as `other`.
   */
  label?: string;
  /** For quotes: who is said to have said it, when the text names them. */
  attribution?: string;
  /** For captions: the photo credit. For comments: index into `Article.comments`. */
  credit?: string;
  comment?: number;
  /** For a body block of a Markdown or HTML report: what its markup says of it (plain text has none). */
  markup?: BlockMarkup;
}

/** A container a body block stands in: a block quote, a bulleted list or a numbered one. */
export type MarkupContainer = 'quote' | 'ul' | 'ol';

/**
 * The structure a report's markup gives one of its body blocks (`Block.markup`), read from
 * Markdown's tokens or HTML's elements, never guessed from plain text. Every field is optional;
 * a field that does not apply is absent.
 */
export interface BlockMarkup {
  /** A heading of this level (1–6). */
  heading?: number;
  /** The containers around the block, outermost first (`['quote', 'ul']`: a list inside a quote). */
  path?: MarkupContainer[];
  /**
   * Set when the block opens an item of its innermost list: the item's number (counted from the
   * list's start for `ol`, from 1 for `ul`). A later block of the same item has none.
   */
  item?: number;
  /** Preformatted text (code, a poem set line by line). */
  pre?: true;
  /** The line goes on the paragraph of the block before it (the source wraps it with a soft line break). */
  joins?: true;
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
 * A person's correction of where the article is, kept with the article and applied on every
 * re-extraction: offsets into the article's text of a line where the article starts, where it
 * ends, and of its headline (null: leave that to the extractor).
 */
export interface ExtractionCorrection {
  start: number | null;
  end: number | null;
  headline: number | null;
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
  /** Why this publication date, in English (`dateEvidenceCoded` says the same as codes). */
  dateEvidence: string[];
  /** Why this publication date, as codes each host words in the person's language. */
  dateEvidenceCoded: Notice[];
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
  /** Problems worth telling the user, in English, e.g. "no article body found". */
  warnings: string[];
  /** The same problems as codes (`extract.no-body`, …). */
  warningsCoded: Notice[];
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
/** What a re-extraction changed in what a person reads, summed over its reports. */
export interface ReextractChanges {
  /** Reports whose title, date or paragraphs changed. */
  reports: number;
  /** Reports whose title as shown (a person's edit applied) changed. */
  titles: number;
  /** Reports whose date as shown changed. */
  dates: number;
  /** Body paragraphs changed, added or removed, in all reports. */
  paragraphs: number;
}

export interface ReextractReport {
  updated: number;
  /** What changed in the reports written (absent from hosts before it was counted). */
  changed?: ReextractChanges;
  /** `reason` in English; `reasonCoded` the same as a code. */
  failed: { id: ArticleId; reason: string; reasonCoded: Notice }[];
  durationMs: number;
  /** True when stopped (`cancelReextract`) before its end: `updated` counts what was written until then. */
  cancelled?: boolean;
}
