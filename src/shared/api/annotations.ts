/**
 * Highlights and notes (W3C Web Annotation selectors), links between them, export and import.
 * Plain JSON-able objects only: no classes, no Dates (dates travel as ISO-8601 strings of the
 * precision the source states).
 */
import type { ArticleId, PartialDate } from './extraction';
import { notice, type Notice } from './notices';

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
  /** `reason` in English; `reasonCoded` the same as a code. */
  skipped: { id: string | null; reason: string; reasonCoded: Notice }[];
}

/**
 * A note being typed and not saved, kept in the library so that it outlives a restart and every
 * window of the library sees it. Not the note: not searched, exported or listed with it.
 */
export interface NoteDraft {
  annotationId: AnnotationId;
  /** What was typed. */
  text: string;
  /**
   * The saved note the draft was begun on (null: none). When the annotation's note is no longer
   * this, it was saved elsewhere since, and the draft must not silently take its place.
   */
  basedOn: string | null;
  /** When the draft was last kept (ISO-8601). */
  savedAt: string;
}

/** What `saveNoteDraft` did: whether it wrote, and the annotation's draft in the library now. */
export interface NoteDraftWrite {
  written: boolean;
  draft: NoteDraft | null;
}

/** The annotations part of `ParallaxApi`. */
export interface AnnotationsApi {
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
  /**
   * Exports annotations of one article or the whole library. The Markdown file is worded in
   * `lang` (`en` or `de`, the UI's language; default `en`); CSV and JSON-LD are data and do not change.
   */
  exportAnnotations(options: { format: AnnotationExportFormat; articleId?: ArticleId; excel?: boolean; lang?: string }): Promise<ExportFile>;
  /** Imports a W3C Web Annotation JSON-LD export; importing the same file twice adds nothing. */
  importAnnotations(input: { content: string }): Promise<AnnotationImportReport>;
  /** Every note draft in the library, oldest first. */
  listNoteDrafts(): Promise<NoteDraft[]>;
  /**
   * Keeps `draft` as the annotation's note draft, or drops it (null). With `replaces` (the
   * `savedAt` of the draft the caller last saw in the library, null: none), only when that is
   * still the library's draft: a window never overwrites or drops a draft another window typed
   * since it last read them. Answers whether it was written and the draft the library now holds.
   * Keeping one for an annotation that no longer exists rejects with `NOT_FOUND`. Sends no
   * `libraryChanged`: it is saved while typing, and nothing else must redraw.
   */
  saveNoteDraft(id: AnnotationId, draft: { text: string; basedOn: string | null } | null, replaces?: string | null): Promise<NoteDraftWrite>;
}

/** The method names of `AnnotationsApi`, in the order the allowlist lists them. */
export const ANNOTATIONS_METHODS = ['listAnnotations', 'addAnnotation', 'updateAnnotation', 'deleteAnnotation', 'restoreAnnotation', 'linkAnnotations', 'unlinkAnnotations', 'listAnnotationTags', 'exportAnnotations', 'importAnnotations', 'listNoteDrafts', 'saveNoteDraft'] as const satisfies readonly (keyof AnnotationsApi)[];

/** Largest annotation import accepted, in characters: far beyond any real annotation export. */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

/** What a host says of an import over `MAX_IMPORT_CHARS` ("the file is larger than 64 MB"). */
export function importTooLarge(): Notice {
  return notice('import.too-large', { megabytes: MAX_IMPORT_CHARS / 1024 / 1024 });
}

/**
 * Whether an annotation file is refused from its size before it is read: three bytes of UTF-8
 * make at least one character, so a file over three times the limit in bytes is over it in
 * characters (a 200 MB file took 4 s and 490 MB to be refused after reading it whole).
 */
export function importRefusedBySize(bytes: number): boolean {
  return bytes > 3 * MAX_IMPORT_CHARS;
}
