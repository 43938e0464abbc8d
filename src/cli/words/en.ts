import type { ReextractChanges } from '../../shared/api';
import { reextractChangeWords } from '../../shared/reextract-words';
import { sentence } from './sentence';

/**
 * The command line's own words, in English: the reference (`CliWords` is derived from it).
 * What core says (notices, skip reasons, errors) is worded by `src/shared/i18n`.
 */
export const en = {
  seeHelp: '(see parallax --help)',
  unknownCommand: (command: string) => `unknown command "${command}" (see parallax --help)`,
  unexpected: (detail: string) => `unexpected error: ${detail}`,
  stopping: 'Stopping once the reports being written are in (Ctrl+C again quits at once; what is written is kept either way)…',
  stoppedImport: 'Stopped. The reports written are kept and searchable; the same command again adds the rest (those already in are found present).',
  stoppedReextract: 'Stopped. The reports re-extracted so far keep their new extraction, the others their earlier one.',
  rescueTable: (table: string, kept: number, refused: number, damaged: boolean) =>
    `  ${table}: ${kept} rows kept${refused > 0 ? `, ${refused} left out (unreadable, or what they belong to was lost)` : ''}${damaged ? ', some rows unreadable' : ''}`,
  rescuedAll: (to: string, from: string) => `Rescued everything into ${to}; search, compare and the views are built again when it is opened. ${from} was left as it is.`,
  rescuedSome: (to: string, from: string) => `Rescued what could be read into ${to} (see above for what was lost); search, compare and the views are built again when it is opened. ${from} was left as it is.`,

  listEmpty: 'The library is empty. Add reports with: parallax ingest <files or folders>',
  flagWhole: (command: string, flag: string, value: string) => `${command}: --${flag} must be a whole number, not "${value}"`,
  listLimit: 'list: --limit must be from 1 to 5000; page on with --after (each page prints its cursor) or use --all',
  pageRows: (from: string, to: string, rows: string) => `Rows ${from}–${to} of ${rows}`,
  pageRowsFrom: (shown: string, rows: string) => `${shown} rows of ${rows}`,
  pageGrouped: (total: string) => ` (${total} reports, copies grouped)`,
  pageNext: (cursor: string) => `Next page: parallax list --after ${cursor}`,
  titleDerived: '  (title derived from the lead)',
  inferred: ' (inferred)',
  dateConflict: (points: string, stated: string) => `Note: the text points to ${points}, not to the stated ${stated}.`,
  image: (text: string) => `[Image: ${text}]`,
  articleFooter: (p: { words: number; minutes: number; comments: number; folded: number; id: string }) =>
    `— ${p.words} words, ${p.minutes} min · ${p.comments} comments · ${p.folded} blocks of page text removed · id ${p.id}`,

  reportSummary: (added: number, present: number, within: string, skipped: number, seconds: string) =>
    `Added ${added}, already present ${present}${within}, skipped ${skipped} (${seconds} s).`,
  withinAll: ' (all duplicates within the input)',
  withinSome: (n: number) => ` (${n} of them duplicates within the input)`,
  skippedLine: (name: string, reason: string) => `  skipped ${name}: ${reason}`,
  skippedSelf: (reason: string) => `  skipped: ${reason}`,
  warningLine: (name: string, message: string) => `  warning ${name}: ${message}`,
  versionLine: (name: string, id: string, annotations: number, edited: boolean) =>
    `  new version ${name}: of ${id}, kept beside it${annotations > 0 || edited ? `; ${[annotations > 0 ? `${annotations} annotation${annotations === 1 ? '' : 's'}` : '', edited ? 'edits' : ''].filter(Boolean).join(' and ')} ${annotations === 1 && !edited ? 'stays' : 'stay'} there` : ''}`,
  reextracted: (n: number, seconds: string) => `Re-extracted ${n} report${n === 1 ? '' : 's'} (${seconds} s).`,
  /** What changed, as the window says it ("Title changed, 2 paragraphs changed."). */
  reextractChanges: (c: ReextractChanges, one: boolean) => sentence(reextractChangeWords('en')[one ? 'one' : 'all'](c)),
  failedLine: (id: string, reason: string) => `  failed ${id}: ${reason}`,

  taskLabel: (task: string) => ({ ingestCount: 'Counting reports', ingest: 'Ingesting', ingestReports: 'Ingesting', reextract: 'Re-extracting', compareIndex: 'Indexing for comparison' })[task] ?? task,
  /** A share of work done: English writes the sign against the number. */
  percent: (n: string) => `${n}%`,
  megabytes: (done: string, total: string) => `${done} of ${total} MB`,
  reportsAmount: (done: string, total: string) => `${done} of ${total} reports`,
  rebuilding: (what: string) => `Rebuilding ${what}`,
  portRange: (raw: string) => `serve: --port must be a number from 0 to 65535, not "${raw}"`,
  serveRunning: (url: string) => `Parallax is running at ${url}`,
  serveLibrary: (path: string) => `Library: ${path}`,
  serveHint: 'Open the address above in a browser. Press Ctrl+C to stop.',
  searchNote: (text: string) => `Note: ${text}`,
  alsoSearched: (word: string, spellings: string) => `Also searched for ${word}: ${spellings} (the spelling as typed first)`,
  noMatches: 'No reports match.',
  didYouMean: (q: string) => ` Did you mean: ${q}`,
  resultCount: (n: number, ms: number) => `${n} report${n === 1 ? '' : 's'} (${ms} ms)`,
  hitCount: (n: number) => `(${n} hit${n === 1 ? '' : 's'})`,
  snippetField: (field: string) => field,
  noSuggestions: 'No suggestions.',

  giveQuery: 'search: give a query, e.g. parallax search "vier Stunden" outlet:ntv.de',
  giveSuggestText: 'suggest: give some text, e.g. parallax suggest Whitkoff',
  limitRange: (command: string, max: number, raw: string) => `${command}: --limit must be a whole number from 1 to ${max}, not "${raw}"`,
  givePaths: 'ingest: give one or more files or folders, e.g. parallax ingest ~/reports',
  giveId: 'show: give a report id (see parallax list)',
  notAnId: (command: string, prefix: string) => `${command}: "${prefix}" is not a report id (ids are hexadecimal, see parallax list)`,
  noArticle: (command: string, prefix: string) => `${command}: no report with id "${prefix}"`,
  ambiguousId: (command: string, prefix: string) => `${command}: "${prefix}" matches several reports; give more characters`,
  reextractGive: 'reextract: give report ids, or --all for the whole library',
  reextractBoth: 'reextract: give either ids or --all, not both',
  compareGiveIds: 'compare: give two to four report ids, e.g. parallax compare 1a2b 3c4d (see parallax list)',
  compareTooMany: (n: number) => `compare: at most four reports at once (got ${n})`,
  compareFormat: 'compare: --format must be html',
  wrote: (file: string) => `Wrote ${file}`,
  onlyInOne: 'Only in one report',
  passageWords: (n: number) => `${n} words`,
  reportsOf: (n: number) => `${n} report${n === 1 ? '' : 's'}`,
  span: (from: string, to: string) => `${from} to ${to}`,
  noStories: 'No stories yet: no two reports cover the same event.',
  timelineCapped: (shown: string, total: string) => `${shown} of ${total} events; --limit N (up to 10000) for more`,
  entitiesCapped: (shown: string, total: string) => `${shown} of ${total} names; --limit N (up to 5000) for more`,
  annotationsFormat: (formats: string) => `annotations: --format must be one of ${formats}`,
  annotationsGiveFile: 'annotations: give the JSON-LD file to import, e.g. parallax annotations import notes.jsonld',
  annotationsUsage: 'annotations: use "annotations export" or "annotations import FILE"',
  annotationsImported: (added: number, present: number, skipped: number) => `Imported ${added}, already present ${present}, skipped ${skipped}.`,
  noId: '(no id)',
  cannotRead: (command: string, file: string, why: string) => `${command}: cannot read "${file}" (${why})`,
  tooLarge: (command: string, file: string, mb: number) => `${command}: "${file}" is larger than ${mb} MB`,
  extractGiveFile: 'extract: give a file, e.g. parallax extract page.txt --json',
  extractRecords: (name: string) => `extract: "${name}" holds JSON records; use parallax ingest for those`,
  notInLibrary: '(not in a library)',
  kindColumn: (kind: string) => kind,
  trashGive: (command: string) => `${command}: give one or more report ids (any unique prefix), e.g. parallax ${command} 3f2a`,
  trashed: (n: number) => `Moved ${n} report${n === 1 ? '' : 's'} to the trash (parallax restore ID brings one back).`,
  restored: (n: number) => `Restored ${n} report${n === 1 ? '' : 's'} from the trash.`,
  purged: (n: number) => `Deleted ${n} report${n === 1 ? '' : 's'} for good.`,
  notInTrash: (id: string) => `  not in the trash: ${id}`,
  trashEmpty: 'The trash is empty.',
  trashLine: (id: string, when: string, title: string, annotations: number, edited: boolean) =>
    `${id}  ${when}  ${title}${annotations > 0 ? `  (${annotations} annotation${annotations === 1 ? '' : 's'})` : ''}${edited ? '  (edited)' : ''}`,
  restoredLine: (name: string, id: string) => `  ${name}: was in the trash; restored ${id} rather than adding it again`,
  versionGive: 'use-version: give the id of the new version (any unique prefix), e.g. parallax use-version 3f2a',
  versionUsed: (id: string, moved: number, orphaned: number, edits: boolean, earlier: string[]) =>
    `Now working on ${id}: ${moved} annotation${moved === 1 ? '' : 's'} moved to it${orphaned > 0 ? ` (${orphaned} could not be placed in the new text and ${orphaned === 1 ? 'is' : 'are'} kept as orphaned)` : ''}${edits ? ', edits of title, date, outlet and author with them' : ''}; the earlier version${earlier.length === 1 ? '' : 's'} ${earlier.join(', ')} moved to the trash.`,
  versionOrphan: (quote: string) => `  orphaned: "${quote}"`,
  versionTextCarried: (conflicts: number) => conflicts === 0
    ? '  Your edit of the earlier version\'s text was carried into the new text.'
    : `  Your edit of the earlier version's text was carried into the new text; ${conflicts === 1 ? '1 stretch' : `${conflicts} stretches`} the file changed too ${conflicts === 1 ? 'holds' : 'hold'} the file's words, yours kept beside them to choose in the reader (Edit text).`,
  /** Why a text edit stayed with the earlier version (the library's own sentence, which says so). */
  versionTextLeftWhy: (why: string) => `  ${why}`,
  versionTextLeft: '  The earlier version\'s text edit or article bounds stay with it, in the trash (they are of its text).',
  timeLimit: (raw: string) => `--time-limit must be a number of seconds between 0 and 3600, not "${raw}"`,
};

/** Widens literal string types so other languages can say something else. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] };

/** The shape of the command line's words in every language. */
export type CliWords = Widen<typeof en>;
