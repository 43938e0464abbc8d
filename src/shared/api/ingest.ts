/**
 * Adding reports: files by path or as bytes, pasted text, and what an import did.
 * Plain JSON-able objects only: no classes, no Dates (dates travel as ISO-8601 strings of the
 * precision the source states).
 */
import type { ArticleId, JobId } from './extraction';
import type { Notice } from './notices';

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

/**
 * Largest article file (or pasted text, in UTF-8) an import reads whole; larger ones are skipped
 * `TOO_LARGE`, except JSON Lines files (by name), which are streamed at any size.
 */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** Text pasted into the "Add text" dialog. */
export interface TextInput {
  text: string;
  /** A name to show for the source; default "Pasted text". */
  name?: string;
  format?: 'text' | 'html' | 'markdown';
}

/**
 * The report an added one is a new version of: an earlier report read from a file of the same
 * name whose text the new one nearly repeats (they share a group of near copies). The new
 * version is added beside it, never over it: the earlier text, the person's annotations and
 * edits stay where they are, and the person is told so.
 */
export interface EarlierVersion {
  /** The latest earlier version. */
  articleId: ArticleId;
  /** Its title as the library shows it (the person's edit, if any). */
  title: string;
  /** Annotations on the earlier versions of that name; they stay there. */
  annotations: number;
  /** True when a person edited an earlier version's details or text; the edits stay there. */
  edited: boolean;
}

/** One item of an ingest report. */
export interface IngestItem {
  name: string;
  locator?: string;
  articleId: ArticleId;
  title: string;
  /** For an added report: the report it is a new version of, when it is one. */
  versionOf?: EarlierVersion;
  /** For a present report: it was in the trash, and this import restored it (no duplicate is made). */
  restoredFromTrash?: true;
}

/** One input that was not ingested, with the reason. */
export interface IngestSkip {
  name: string;
  locator?: string;
  /** The kind of failure, an `ErrorCode` (`NOT_FOUND`, `TOO_LARGE`, …). */
  code: string;
  /** Why, in English. */
  reason: string;
  /** Why, as a code each host words in the person's language. */
  reasonCoded: Notice;
}

/** An input that was added with something to tell (`message` in English, `messageCoded` as a code). */
export interface IngestWarning {
  name: string;
  articleId: ArticleId;
  message: string;
  messageCoded: Notice;
}

/** What an ingest call did. */
export interface IngestReport {
  added: IngestItem[];
  /** Inputs whose content the library already had. */
  present: IngestItem[];
  skipped: IngestSkip[];
  /** Added, but with something to tell (e.g. no article body found). */
  warnings: IngestWarning[];
  durationMs: number;
  /** True when the import was stopped (`cancelIngest`) before its end: the report lists what was written until then. */
  cancelled?: boolean;
}

/** Files that may be sent (`beginUpload`) and staged at once, then ingested in one call. */
export const MAX_UPLOADS = 10_000;

/**
 * Whether a file is refused for its size before a byte of it is read: over
 * `MAX_FILE_BYTES` and not named as JSON (`.jsonl`, `.ndjson` and `.json` may be
 * streamed a record at a time, which only their bytes tell). A window need not send such a
 * file's bytes (`beginUpload` then `ingestUploads` skips it as `TOO_LARGE` all the same).
 */
export function refusedBySize(name: string, size: number): boolean {
  return size > MAX_FILE_BYTES && !/\.(jsonl|ndjson|json)$/i.test(name);
}

/** The ingest part of `ParallaxApi`. */
export interface IngestApi {
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
   * Rejects with `BAD_INPUT` for a missing name or a size out of range. A file
   * `refusedBySize` is complete as begun: its pieces need not be sent (any sent are dropped).
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
   * Stops the running import of `jobId` (the `jobId` of its options) between two batches: the
   * batches written stay, whole, and its report (`cancelled: true`) lists them; what was being
   * read or extracted is dropped, as if never imported. Resolves true when such an import was
   * running, false otherwise (finished already, or unknown).
   */
  cancelIngest(jobId: JobId): Promise<boolean>;
}

/** The method names of `IngestApi`, in the order the allowlist lists them. */
export const INGEST_METHODS = ['ingestPaths', 'ingestFiles', 'beginUpload', 'appendUpload', 'ingestUploads', 'discardUpload', 'ingestText', 'cancelIngest'] as const satisfies readonly (keyof IngestApi)[];
