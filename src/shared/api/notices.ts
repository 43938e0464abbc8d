/**
 * Everything core says to a person, as a code with parameters: how a search query was read,
 * why an input was skipped, what extraction warns about, why a date was chosen, and the errors
 * a person can cause. Hosts word a `Notice` in the person's language with `say` from
 * `src/shared/i18n`; where a JSON shape already carried an English sentence it keeps it, with
 * the notice beside it (`reason` and `reasonCoded`, `notices` and `noticesCoded`, …).
 *
 * Codes are `feature.what-happened`; parameters are plain data (numbers stay numbers, so each
 * language writes `1,500` or `1.500` its own way). A new code is added here and worded in every
 * catalogue (the compiler checks that each language has every code, with these parameters).
 */

/** A code without parameters. */
export type NoParams = Record<string, never>;

/** How a search query was read (`SearchPage.noticesCoded`). */
export interface SearchNotices {
  'search.unclosed-quote': NoParams;
  'search.unclosed-paren': NoParams;
  'search.unmatched-paren': NoParams;
  'search.or-needs-words': NoParams;
  /** `-outlet:x`: the filter name. */
  'search.filter-not-excludable': { filter: string };
  /** `NOT` or `-` with nothing after it. */
  'search.operator-needs-word': { operator: 'NOT' | '-' };
  'search.empty-phrase': NoParams;
  'search.star-needs-letters': NoParams;
  'search.too-many-words': { max: number };
  'search.prefix-too-short': { prefix: string; min: number };
  'search.filter-needs-value': { filter: string };
  'search.filter-not-a-date': { filter: string; value: string };
  'search.unknown-has': { value: string };
  'search.unknown-in': { value: string };
  'search.query-cut': { max: number };
  'search.exclusion-in-or': NoParams;
  'search.nothing-to-search': NoParams;
  'search.showing-every-report': NoParams;
  'search.only-exclusions': NoParams;
  /** Facets counted over the newest `newest` matches and scaled. */
  'search.facets-estimated': { newest: number };
  /** Relevance scored over the newest `newest` matches (and every title match when `titles`). */
  'search.ranked-newest': { newest: number; titles: boolean };
  'search.total-estimated': { total: number; newest: number };
  /** Searched without (all) other spellings of names: the library's names are still being grouped. */
  'search.names-pending': NoParams;
}

/** A binary format a file was recognised as (and so not read as text). */
export type BinaryKind = 'pdf' | 'png' | 'jpeg' | 'gif' | 'zip' | 'gzip' | 'sqlite' | 'riff' | 'executable';

/** Why an input was skipped (`IngestSkip.reasonCoded`); `detail` is the system's own message. */
export interface IngestNotices {
  'ingest.path-missing': { path: string };
  'ingest.link-missing': { path: string };
  'ingest.link-loop': { path: string };
  'ingest.no-permission': { path: string };
  'ingest.folder-empty': { path: string };
  'ingest.not-a-file': { path: string };
  'ingest.folder-unreadable': { path: string; detail: string };
  'ingest.file-unreadable': { name: string; detail: string };
  /** A file listed for the import was gone when its turn came. */
  'ingest.file-vanished': { name: string };
  'ingest.too-many-files': { count: number; limit: number };
  /** `megabytes` and `limit` in MiB. */
  'ingest.file-too-large': { name: string; megabytes: number; limit: number };
  /** A UTF-16 JSON Lines file is read whole, so it has the limit of other files. */
  'ingest.utf16-lines-too-large': { name: string; megabytes: number; limit: number };
  'ingest.file-empty': { name: string };
  'ingest.file-blank': { name: string };
  'ingest.file-binary': { name: string; kind: BinaryKind };
  'ingest.file-nul-bytes': { name: string };
  'ingest.file-control-chars': { name: string; count: number };
  'ingest.file-not-json': { name: string; detail: string };
  /** The JSON stops before its value ends: the file was cut off or is still being written. */
  'ingest.file-cut': { name: string };
  /** `locator` is where in the file: `line 12`, `item 3`. */
  'ingest.record-too-large': { name: string; locator: string; limit: number };
  'ingest.record-not-json': { name: string; locator: string; detail: string };
  /** The record stops before its JSON ends (see `ingest.file-cut`). */
  'ingest.record-cut': { name: string; locator: string };
  'ingest.record-not-object': { name: string; locator: string };
  'ingest.record-no-text': { name: string; locator: string };
  'ingest.extraction-failed': { name: string; detail: string };
  'ingest.store-failed': { name: string; detail: string };
  /** Extraction of one input ran over its time limit (`seconds`); the rest went on. */
  'ingest.timed-out': { name: string; locator: string; seconds: number };
  /** Extraction of one input needed more than a helper's heap (`megabytes`); the rest went on. */
  'ingest.out-of-memory': { name: string; locator: string; megabytes: number };
  /** The store failed (`cause`: disk full, …) and the import stopped; `kept` reports were added before. */
  'ingest.store-stopped': { cause: Notice; kept: number };
}

/** What extraction warns about (`Extraction.warningsCoded`). */
export interface ExtractionNotices {
  'extract.no-body': NoParams;
  'extract.failed': { detail: string };
}

/**
 * Why a publication date was chosen (`Extraction.dateEvidenceCoded`). Dates are ISO
 * (`2025-04-12`, `2025-07`); `weekday` is 0 for Sunday to 6 for Saturday.
 */
export interface DateNotices {
  'date.from-record': NoParams;
  'date.stated-near-title': { text: string };
  'date.header-line': { text: string };
  'date.weekday-fixes-week': { word: string; dateText: string; weekday: number };
  'date.weekday-after': { word: string; date: string };
  'date.current-month': { phrase: string; named: string; namedMonth: string };
  'date.points-to': { month: string; header: string };
}

/** Errors a person can cause, carried by `ApiErrorData.messageCoded`, and per-item failures. */
export interface LibraryNotices {
  /** `scope` is the module that looked (its English message starts with it). */
  'library.no-article': { id: string; scope: 'library' | 'annotate' | 'compare' | 'export' };
  'library.no-saved-search': { id: number };
  'reextract.failed': { detail: string };
  'reextract.timed-out': { seconds: number };
  'reextract.out-of-memory': { megabytes: number };
  /** `useNewVersion` of a report that follows no earlier version outside the trash. */
  'version.not-new': { id: string };
  /** `undoNewVersion` after an annotation it moved was deleted or moved again. */
  'version.undo-changed': NoParams;
  /** The person's text edit stays with the earlier version: the new one has a text edit or bounds of its own. */
  'version.text-new-edited': NoParams;
  /** The person's text edit stays with the earlier version: a text over the merge's bound (characters). */
  'version.text-too-large': { max: number };
  /** The person's text edit stays with the earlier version: the merge ran past its time (seconds). */
  'version.text-timed-out': { seconds: number };
  /** The person's text edit stays with the earlier version: the merged text could not be extracted. */
  'version.text-unreadable': { detail: string };
  /** `resolveTextConflict` with no such conflict, or one whose stretch changed since. */
  'version.no-conflict': { index: number };
  'correct.end-before-start': NoParams;
  /** `mark`: `start`, `end` or `headline`; an offset past the text's `length`. */
  'correct.past-end': { mark: string; offset: number; length: number };
  'edit.text-empty': NoParams;
  'edit.text-too-long': { max: number };
  /** An edit whose text extraction could not read within the per-file memory ceiling (MB). */
  'edit.out-of-memory': { megabytes: number };
  /** An edit whose text extraction could not read within the per-file time limit (s). */
  'edit.timed-out': { seconds: number };
  'edit.title-invalid': { max: number };
  'edit.date-invalid': { value: string };
  'edit.field-too-long': { field: string; max: number };
  'store.is-folder': { path: string };
  'store.not-sqlite': { path: string };
  'store.other-program': { path: string };
  'store.disk-full': { path: string; detail: string };
  'store.disk-failing': { path: string; detail: string };
  /** Another Parallax has held the write lock longer than `seconds`. */
  'store.busy': { path: string; seconds: number };
  'store.not-a-library': { path: string; detail: string };
  'store.damaged': { path: string; detail: string };
  'store.rescue-exists': { path: string };
  /** A write refused because this run found the library damaged (`core/damage.ts`). */
  'store.damaged-no-writes': { path: string };
  'store.rescue-in-memory': NoParams;
  'store.read-only': { path: string; detail: string };
  'store.from-future': { path: string; version: number; known: number };
  'search.query-too-long': { length: number };
  /** A list or search option out of range; `scope` is `api` (the list) or `search`. */
  'query.unknown-sort': { scope: 'api' | 'search'; value: string; allowed: string[] };
  'query.limit-range': { scope: 'api' | 'search'; max: number };
  'query.offset-negative': { scope: 'api' | 'search' };
}

/** The hosts: the browser host's refusals, and what the renderer says when it loses its host. */
export interface HostNotices {
  /** `detail` is the browser's own words (`Failed to fetch`), the same whatever the cause: kept for logs, not said. */
  'http.unreachable': { detail: string };
  'http.body-not-json': NoParams;
  /** `size`: the declared size, when the request declared one. */
  'http.too-large': { limit: number; size: number | null };
  'pdf.render-failed': { detail: string };
  'pdf.write-failed': { path: string; detail: string };
  'serve.not-built': { dir: string };
  'serve.port-in-use': { port: number };
  'serve.port-forbidden': { port: number };
  /** `detail`: the system's error code or message. */
  'serve.cannot-listen': { port: number; detail: string };
}

/** Annotations: refused changes, import skips (`AnnotationImportReport.skipped[].reasonCoded`). */
export interface AnnotationNotices {
  'annotate.no-annotation': { id: string };
  'annotate.range-past-end': { end: number; length: number };
  'annotate.blank-range': NoParams;
  'annotate.self-link': NoParams;
  'annotate.link-same-report': NoParams;
  'annotate.not-linked': { a: string; b: string };
  'import.too-large': { megabytes: number };
  'import.not-json': { detail: string };
  'import.not-annotations': NoParams;
  'import.not-an-object': NoParams;
  'import.id-not-urn': NoParams;
  'import.id-not-uuid': NoParams;
  'import.target-not-article': NoParams;
  'import.no-quote': NoParams;
  'import.no-article': { id: string };
}

/** Compare and the explore views: refused requests. */
export interface CompareNotices {
  'compare.too-few': { max: number; got: number };
  'compare.too-many': { max: number; got: number };
  'compare.same-twice': NoParams;
  'compare.no-body': { id: string };
  'entities.no-entity': { id: string };
  'timeline.no-event': { id: string };
  'stories.no-story': { id: string };
  'entities.mixed-kinds': { a: 'person' | 'place' | 'organisation'; b: 'person' | 'place' | 'organisation' };
  'entities.not-a-spelling': { spelling: string; name: string; names: string[] };
  'entities.keep-one': NoParams;
}

/**
 * A sentence stored by a version of Parallax from before codes, that this one could not read
 * back as a code: shown as it stands (English).
 */
export interface StoredNotices {
  'stored.text': { text: string };
}

/** Every code core can say, with its parameters. */
export interface NoticeParams
  extends SearchNotices,
    IngestNotices,
    ExtractionNotices,
    DateNotices,
    LibraryNotices,
    HostNotices,
    AnnotationNotices,
    CompareNotices,
    StoredNotices {}

/** Any notice code. */
export type NoticeCode = keyof NoticeParams;

/** A message for a person: a stable code and its parameters, worded by the host. */
export type Notice = { [C in NoticeCode]: { code: C; params: NoticeParams[C] } }[NoticeCode];

/**
 * Makes a notice; the parameters are checked against the code.
 *
 * ```ts
 * notice('search.too-many-words', { max: 64 }) // { code: 'search.too-many-words', params: { max: 64 } }
 * notice('search.unclosed-quote')              // params: {}
 * ```
 */
export function notice<C extends NoticeCode>(code: C, ...params: NoticeParams[C] extends NoParams ? [] : [NoticeParams[C]]): Notice {
  return { code, params: params[0] ?? {} } as Notice;
}

/** True when two notices say the same thing (same code, same parameters). */
export function sameNotice(a: Notice, b: Notice): boolean {
  return a.code === b.code && JSON.stringify(a.params) === JSON.stringify(b.params);
}
