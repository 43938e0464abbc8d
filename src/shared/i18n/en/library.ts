import type { AnnotationNotices, CompareNotices, HostNotices, LibraryNotices } from '../../api/notices';
import type { Wording } from '../words';

/** Errors a person can cause in the library, in English (the `message` of an `ApiError`). */
export const library: Wording<LibraryNotices> = {
  'library.no-article': (p) => `${p.scope}: no article with id "${p.id}"`,
  'library.no-saved-search': (p) => `search: no saved search with id ${p.id}`,
  'reextract.failed': (p) => `reextract: ${p.detail}`,
  'reextract.out-of-memory': (p, f) => `reextract: the text is too large or too deeply nested to read in ${f.num(p.megabytes)} MB of memory`,
  'reextract.timed-out': (p) => `reextract: extraction took longer than ${p.seconds} s`,
  'version.not-new': (p) => `version: report "${p.id}" is no new version of a report outside the trash`,
  'version.text-new-edited': () => 'version: the new version has a text edit of its own, so the earlier version keeps yours (in the trash)',
  'version.text-too-large': (p) => `version: the text is too long to merge (over ${p.max.toLocaleString('en')} characters), so your text edit stays with the earlier version (in the trash)`,
  'version.text-timed-out': (p) => `version: merging your text edit into the new text took longer than ${p.seconds} s, so it stays with the earlier version (in the trash)`,
  'version.text-unreadable': (p) => `version: the merged text could not be read (${p.detail}), so your text edit stays with the earlier version (in the trash)`,
  'version.no-conflict': (p) => `version: there is no conflict ${p.index + 1} in this report's text (it was resolved or edited since)`,
  'version.undo-changed': () => 'version: an annotation was deleted or moved since; the change of version cannot be taken back as a whole',
  'correct.end-before-start': () => 'correct: the article cannot end before it starts',
  'correct.past-end': (p) => `correct: ${p.mark} ${p.offset} lies past the end of the text (${p.length})`,
  'edit.text-empty': () => 'edit: the text is empty; give null to go back to the original',
  'edit.text-too-long': (p) => `edit: the text is longer than ${p.max} characters`,
  'edit.out-of-memory': (p, f) => `edit: the text is too large to read in ${f.num(p.megabytes)} MB of memory; nothing was changed`,
  'edit.timed-out': (p) => `edit: reading the text took longer than ${p.seconds} s; nothing was changed`,
  'edit.title-invalid': (p, f) => `edit: title must be non-empty text of at most ${f.num(p.max)} characters`,
  'edit.date-invalid': (p) => `edit: date must be YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM, not ${p.value}`,
  'edit.field-too-long': (p) => `edit: ${p.field} must be text of at most ${p.max} characters, or null`,
  'store.is-folder': (p) => `store: library path "${p.path}" is a folder, not a file`,
  'store.not-sqlite': (p) => `store: "${p.path}" is not a Parallax library (not a SQLite database); it was left unchanged`,
  'store.other-program': (p) => `store: "${p.path}" is a database of another program, not a Parallax library; it was left unchanged`,
  'store.disk-full': (p) => `store: the disk is full: library "${p.path}" could not be written (${p.detail})`,
  'store.disk-failing': (p) => `store: library "${p.path}" could not be written: the disk is full or failing (${p.detail})`,
  'store.busy': (p) => `store: library "${p.path}" is busy: another Parallax has been writing to it for over ${p.seconds} s; try again when it is done`,
  'store.not-a-library': (p) => `store: "${p.path}" is not a Parallax library (${p.detail}); it was left unchanged`,
  'store.damaged': (p) =>
    `store: library "${p.path}" is damaged (${p.detail}); Parallax left it as it is and replaced nothing. Keep a copy of the file; "parallax rescue --library FILE" copies what can still be read into a new library beside it`,
  'store.damaged-no-writes': (p) => `store: library "${p.path}" is damaged, so nothing will be written to it; rescue it into a new library ("Rescue into a new library", or parallax rescue --library FILE)`,
  'store.rescue-in-memory': () => 'store: a library in memory has no file to rescue',
  'store.rescue-exists': (p) => `store: "${p.path}" already exists; the rescue writes only a new file`,
  'store.read-only': (p) => `store: cannot write library "${p.path}" (${p.detail})`,
  'store.from-future': (p) =>
    `store: library "${p.path}" was written by a newer Parallax (schema ${p.version}, this app knows up to ${p.known}); update Parallax to open it`,
  'search.query-too-long': (p) => `search: query of ${p.length} characters is too long`,
  'query.unknown-sort': (p) => `${p.scope}: unknown sort ${p.value}; use one of ${p.allowed.join(', ')}`,
  'query.limit-range': (p) => `${p.scope}: limit must be a whole number from 1 to ${p.max}`,
  'query.offset-negative': (p) => `${p.scope}: offset must be a whole number ≥ 0`,
};

/** The hosts' refusals, in English. */
export const host: Wording<HostNotices> = {
  'http.unreachable': () => 'http: Parallax cannot be reached: the program that serves this page (parallax serve, or npm start) is no longer running. Start it again and open the address it prints',
  'http.body-not-json': () => 'http: the request body is not valid JSON',
  'http.too-large': (p) => (p.size !== null ? `http: request of ${p.size} bytes is over the limit of ${p.limit}` : `http: request is over the limit of ${p.limit} bytes`),
  'pdf.render-failed': (p) => `savePdf: could not render the page as a PDF: ${p.detail}`,
  'pdf.write-failed': (p) => `savePdf: could not write "${p.path}": ${p.detail}`,
  'serve.not-built': (p) => `serve: the app is not built (${p.dir} is missing); run "npm run build" first`,
  'serve.port-in-use': (p) => `serve: port ${p.port} is already in use; choose another with --port N (or --port 0 for any free port)`,
  'serve.port-forbidden': (p) => `serve: not allowed to listen on port ${p.port}; choose a port above 1023`,
  'serve.cannot-listen': (p) => `serve: cannot listen on port ${p.port} (${p.detail})`,
};

/** Refused annotation changes and import skips, in English. */
export const annotations: Wording<AnnotationNotices> = {
  'annotate.no-annotation': (p) => `annotate: no annotation with id "${p.id}"`,
  'annotate.range-past-end': (p) => `annotate: range ends at ${p.end}, after the article's end (${p.length})`,
  'annotate.blank-range': () => 'annotate: the range holds only white space',
  'annotate.self-link': () => 'annotate: an annotation cannot be linked to itself',
  'annotate.link-same-report': () => 'annotate: links join annotations of two different reports',
  'annotate.not-linked': (p) => `annotate: "${p.a}" and "${p.b}" are not linked`,
  'import.too-large': (p) => `import: the file is larger than ${p.megabytes} MB`,
  'import.not-json': (p) => `import: not valid JSON (${p.detail})`,
  'import.not-annotations': () => 'import: not a W3C Web Annotation collection, page or annotation',
  'import.not-an-object': () => 'import: not an object',
  'import.id-not-urn': () => 'import: id is not a urn:uuid: id',
  'import.id-not-uuid': () => 'import: id is not a UUID',
  'import.target-not-article': () => 'import: target is not a Parallax article',
  'import.no-quote': () => 'import: no TextQuoteSelector with exact text',
  'import.no-article': (p) => `import: the library has no article "${p.id}" for this annotation`,
};

/** Refused comparisons and entity edits, in English. */
export const compare: Wording<CompareNotices> = {
  'compare.too-few': (p) => `compare: give two to ${p.max} articles (got ${p.got})`,
  'compare.too-many': (p) => `compare: at most ${p.max} articles at once (got ${p.got})`,
  'compare.same-twice': () => 'compare: the same article is given twice',
  'compare.no-body': (p) => `compare: article "${p.id}" has no body text to compare`,
  'entities.no-entity': (p) => `entities: no entity with id "${p.id}"`,
  'stories.no-story': (p) => `stories: no story with id "${p.id}" (any more: new reports may have changed it)`,
  'timeline.no-event': (p) => `timeline: no event with id "${p.id}" (any more: new reports may have changed it)`,
  'entities.mixed-kinds': (p) => `entities: cannot merge a ${p.a} with a ${p.b}`,
  'entities.not-a-spelling': (p) => `entities: "${p.spelling}" is not a spelling of ${p.name} (${p.names.join(', ')})`,
  'entities.keep-one': () => 'entities: leave at least one spelling in the entity',
};
