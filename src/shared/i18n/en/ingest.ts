import type { DateNotices, ExtractionNotices, IngestNotices, StoredNotices } from '../../api/notices';
import type { Wording } from '../words';
import { binary } from './labels';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Why an input was skipped, in English (the `reason` of an ingest report). */
export const ingest: Wording<IngestNotices> = {
  'ingest.path-missing': (p) => `ingest: "${p.path}" does not exist`,
  'ingest.folder-empty': (p) => `ingest: folder "${p.path}" holds no readable files`,
  'ingest.not-a-file': (p) => `ingest: "${p.path}" is not a regular file or folder (a pipe, socket or device)`,
  'ingest.link-missing': (p) => `ingest: "${p.path}" is a link to a file that does not exist`,
  'ingest.link-loop': (p) => `ingest: "${p.path}" is a link that leads back to itself`,
  'ingest.no-permission': (p) => `ingest: no permission to read "${p.path}"`,
  'ingest.folder-unreadable': (p) => `ingest: cannot read folder "${p.path}" (${p.detail})`,
  'ingest.too-many-files': (p, f) => `ingest: ${f.num(p.count)} files were picked, and at most ${f.num(p.limit)} can be sent at once: pick them in parts, or import the folder with "parallax ingest FOLDER"`,
  'ingest.file-vanished': (p) => `ingest: "${p.name}" was deleted or moved while the import ran, so it was not added`,
  'ingest.file-unreadable': (p) => `ingest: cannot read "${p.name}" (${p.detail})`,
  'ingest.file-too-large': (p, f) => `ingest: "${p.name}" is ${f.fixed(p.megabytes, 1)} MB; one article file may be at most ${f.num(p.limit)} MB`,
  'ingest.utf16-lines-too-large': (p, f) => `ingest: "${p.name}" is ${f.fixed(p.megabytes, 1)} MB of JSON Lines in UTF-16, which is read whole and may be at most ${f.num(p.limit)} MB; saved as UTF-8 it can be any size`,
  'ingest.file-empty': (p) => `ingest: "${p.name}" is empty`,
  'ingest.file-blank': (p) => `ingest: "${p.name}" holds only white space`,
  'ingest.file-binary': (p) => `ingest: "${p.name}" is ${binary[p.kind]}, not text; it was not added`,
  'ingest.file-nul-bytes': (p) => `ingest: "${p.name}" contains NUL bytes, so it is binary data, not text`,
  'ingest.file-control-chars': (p) => `ingest: "${p.name}" looks like binary data (${p.count} control characters)`,
  'ingest.file-not-json': (p) => `ingest: "${p.name}" is not valid JSON (${p.detail})`,
  'ingest.file-cut': (p) => `ingest: "${p.name}" breaks off before its JSON ends (the file was cut short or is still being written); import it again once it is complete`,
  'ingest.record-too-large': (p, f) => `ingest: ${p.name} ${p.locator}: record is larger than ${f.num(p.limit)} MB`,
  'ingest.record-not-json': (p) => `ingest: ${p.name} ${p.locator}: not valid JSON (${p.detail})`,
  'ingest.record-cut': (p) => `ingest: ${p.name} ${p.locator}: the record breaks off before its JSON ends (the file was cut short or is still being written); import the file again once it is complete`,
  'ingest.record-not-object': (p) => `ingest: ${p.name} ${p.locator}: not a JSON object`,
  'ingest.record-no-text': (p) => `ingest: ${p.name} ${p.locator}: no "text" or "body" field with text`,
  'ingest.extraction-failed': (p) => `ingest: extraction failed for "${p.name}" (${p.detail})`,
  'ingest.store-failed': (p) => `ingest: could not store "${p.name}" (${p.detail})`,
  'ingest.timed-out': (p) => `ingest: "${p.name}"${p.locator ? ` ${p.locator}` : ''}: extraction took longer than ${p.seconds} s, so it was skipped; the rest goes on`,
  'ingest.out-of-memory': (p, f) => `ingest: "${p.name}"${p.locator ? ` ${p.locator}` : ''}: too large or too deeply nested to read in ${f.num(p.megabytes)} MB of memory, so it was skipped; the rest goes on`,
  'ingest.store-stopped': (p, f) =>
    `${f.say(p.cause)}; ${p.kept === 0 ? 'nothing of this import was added' : `the ${p.kept} report${p.kept === 1 ? '' : 's'} added before it ${p.kept === 1 ? 'is' : 'are'} kept`}`,
};

/** What extraction warns about, in English. */
export const extraction: Wording<ExtractionNotices> = {
  'extract.no-body': () => 'no article body found',
  'extract.failed': (p) => `extractor failed: ${p.detail}`,
};

/** Why a publication date was chosen, in English. */
export const dates: Wording<DateNotices> = {
  'date.from-record': () => 'stated by the record',
  'date.stated-near-title': (p) => `stated near the title: "${p.text}"`,
  'date.header-line': (p) => `header line: "${p.text}"`,
  'date.weekday-fixes-week': (p) => `"${p.word}" and "${p.dateText}" (a ${WEEKDAYS[p.weekday] ?? '?'}) fix the week`,
  'date.weekday-after': (p) => `"${p.word}" after it is ${p.date}`,
  'date.current-month': (p) => `the text speaks of "${p.phrase}" but the latest month it names is "${p.named}" (${p.namedMonth})`,
  'date.points-to': (p) => `so it points to ${p.month}, not ${p.header}`,
};

/** A sentence an older version stored, as it stands. */
export const stored: Wording<StoredNotices> = {
  'stored.text': (p) => p.text,
};
