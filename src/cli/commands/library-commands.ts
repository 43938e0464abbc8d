import type { ArticleId, ArticleSort, IngestReport, JobId, ListCursor, ListQuery, ReextractReport } from '../../shared/api';
import { stopOnInterrupt } from '../interrupt';
import { closeLibrary, openLibrary } from '../../core/library';
import { createParallaxService } from '../../core/service';
import { findIdsByPrefix } from '../../core/store/queries/article-reads';
import { classifySqliteError, type WriteDb } from '../../core/store/db';
import { APP_VERSION } from '../../core/version';
import { compareIndexer } from '../../core/derived/compare-rows/catch-up';
import { mergeSearchIndex } from '../../core/derived/search-merge';
import { CliError, libraryPath, PATHS, seedDir } from '../context';
import { createProgress, type Progress } from '../progress';
import { formatArticle, formatList, formatPageFooter, formatReport, secondsOf } from '../format';
import { say } from '../../shared/i18n';
import { CLI_LANG, cliWords } from '../words';
import { switchLines, useAddedVersions } from './version-lines';

/** Flags every library command shares. */
export interface LibraryFlags {
  library?: string;
  json?: boolean;
  /** `--time-limit S`: per-file extraction limit in seconds (ingest, reextract). */
  'time-limit'?: string;
  /** `ingest --replace`: each changed file's new version becomes the one worked on. */
  replace?: boolean;
}

/** What a command gets besides the service: the open library and its progress display. */
export interface CommandContext {
  db: WriteDb;
  progress: Progress;
}

/** Opens the library, runs `fn` with the service, and closes it again. */
export async function withService<T>(flags: LibraryFlags, fn: (api: ReturnType<typeof createParallaxService>, db: WriteDb, ctx: CommandContext) => Promise<T>): Promise<T> {
  const path = libraryPath(flags.library);
  const progress = createProgress({ json: !!flags.json, isTTY: !!process.stderr.isTTY, write: (s) => void process.stderr.write(s) });
  let db: WriteDb;
  try {
    db = await openLibrary({ path, seedDir: seedDir(), extractWorkerFile: PATHS.extractWorker, emit: progress.onOpening });
  } catch (e) {
    progress.end();
    throw classifySqliteError(e, path);
  }
  const api = createParallaxService({
    db,
    host: 'cli',
    libraryPath: path,
    version: APP_VERSION,
    extractWorkerFile: PATHS.extractWorker,
    fileTimeLimitMs: timeLimitMs(flags['time-limit']),
    emit: progress.onEvent,
  });
  try {
    return await fn(api, db, { db, progress });
  } catch (e) {
    // The command's own steps (the compare catch-up, the search index's merge) read the
    // library outside the service: a damaged page there is the store's error too.
    throw classifySqliteError(e, path);
  } finally {
    progress.end();
    closeLibrary(db);
  }
}

/** `--time-limit S` in ms; undefined for the default. */
function timeLimitMs(flag: string | undefined): number | undefined {
  if (flag === undefined) return undefined;
  const s = Number(flag);
  if (!Number.isFinite(s) || s <= 0 || s > 3600) throw new CliError(cliWords().timeLimit(String(flag)), 2);
  return Math.round(s * 1000);
}

/** `parallax ingest PATHS…`: adds files and folders; exit 1 when nothing could be read. */
export async function ingestCommand(paths: string[], flags: LibraryFlags): Promise<number> {
  if (paths.length === 0) throw new CliError(cliWords().givePaths, 2);
  return withService(flags, async (api, db, { progress }) => {
    const jobId = `cli-${process.pid}` as JobId;
    const release = stopOnInterrupt(() => void api.cancelIngest(jobId));
    let report: IngestReport;
    try {
      report = await api.ingestPaths(paths, { jobId });
    } finally {
      release();
    }
    if (report.cancelled) {
      // Stopped by Ctrl+C: out soon. What waits for the compare index is caught up by the next run.
      if (report.added.length > 0) mergeSearchIndex(db);
      progress.end();
      if (flags.json) console.log(JSON.stringify(report, null, 2));
      else console.log([formatReport(report), cliWords().stoppedImport].join('\n'));
      return 130;
    }
    // `--replace`: each changed file's new version becomes the one worked on (`use-version`).
    const replaced = flags.replace ? await useAddedVersions(api, report.added) : [];
    // Index the new articles for comparison now, so the timeline and people views are ready;
    // also those an earlier run left waiting (killed while it indexed), even if none is new.
    // On every core for a large import (see compareIndexer).
    await compareIndexer(db, { workerFile: PATHS.compareWorker, onProgress: (done, total) => progress.update('compareIndex', done, total) }).catchUp();
    // The import's segments of the search index merged (`core/derived/search-merge.ts`): this
    // process exits next, and no host may open the library before a search does.
    if (report.added.length > 0) mergeSearchIndex(db);
    progress.end();
    if (flags.json) console.log(JSON.stringify(flags.replace ? { ...report, replaced } : report, null, 2));
    else console.log([formatReport(report), ...replaced.flatMap(switchLines)].join('\n'));
    const nothing = report.added.length + report.present.length === 0 && report.skipped.length > 0;
    return nothing ? 1 : 0;
  });
}

/** What `parallax list` takes. */
export interface ListFlags extends LibraryFlags {
  sort?: string;
  limit?: string;
  offset?: string;
  after?: string;
  before?: string;
  end?: boolean;
  all?: boolean;
  'group-copies'?: boolean;
}

/** Rows per page when `--all` walks the whole library. */
const ALL_PAGE = 5000;

/**
 * `parallax list`: one page of the library, newest first, or every page with `--all`. A page
 * that is not the last says (on stderr) how to get the next: `--after CURSOR`.
 */
export async function listCommand(flags: ListFlags): Promise<number> {
  const whole = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) throw new CliError(cliWords().flagWhole('list', name, v), 2);
    return Number(v);
  };
  const limit = whole('limit', flags.limit);
  const offset = whole('offset', flags.offset);
  if (limit !== undefined && (limit < 1 || limit > 5000)) {
    throw new CliError(cliWords().listLimit, 2);
  }
  const query: ListQuery = {
    ...(flags.sort ? { sort: flags.sort as ArticleSort } : {}),
    ...(limit !== undefined ? { limit } : {}),
    ...(offset !== undefined ? { offset } : {}),
    ...(flags.after ? { after: flags.after as ListCursor } : {}),
    ...(flags.before ? { before: flags.before as ListCursor } : {}),
    ...(flags.end ? { fromEnd: true } : {}),
    ...(flags['group-copies'] ? { groupCopies: true } : {}),
  };
  return withService(flags, async (api) => {
    if (flags.all) return listAll(api, query, flags.json === true);
    const page = await api.listArticles(query);
    console.log(flags.json ? JSON.stringify(page, null, 2) : formatList(page.items));
    // Only a list with more than this page says where the page sits and how to go on.
    if (!flags.json && page.items.length > 0 && (page.next !== null || page.items.length < page.rows)) console.error(formatPageFooter(page));
    return 0;
  });
}

/** Every row from the query's start on, page by page (by cursor: as fast at the end as at the start). */
async function listAll(api: ReturnType<typeof createParallaxService>, query: ListQuery, json: boolean): Promise<number> {
  let page = await api.listArticles({ ...query, limit: ALL_PAGE });
  if (json) process.stdout.write('[');
  for (let first = true; ; first = false) {
    if (json) {
      const rows = page.items.map((a) => JSON.stringify(a)).join(',\n');
      if (rows) process.stdout.write((first ? '\n' : ',\n') + rows);
    } else if (page.items.length > 0) console.log(formatList(page.items));
    if (!page.next) break;
    page = await api.listArticles({ after: page.next, limit: ALL_PAGE, ...(query.groupCopies ? { groupCopies: true } : {}) });
  }
  if (json) process.stdout.write('\n]\n');
  return 0;
}

/** `parallax show ID`: one article; any unique prefix of its id will do. */
export async function showCommand(idArg: string | undefined, flags: LibraryFlags): Promise<number> {
  if (!idArg) throw new CliError(cliWords().giveId, 2);
  return withService(flags, async (api, db) => {
    const id = resolveId(db, idArg);
    const article = await api.getArticle(id);
    console.log(flags.json ? JSON.stringify(article, null, 2) : formatArticle(article));
    return 0;
  });
}

/** The article whose id starts with `prefix`; one clear error when none or several do. */
export function resolveId(db: WriteDb, prefix: string, command = 'show'): ArticleId {
  const p = prefix.toLowerCase();
  if (!/^[0-9a-f]{1,64}$/.test(p)) throw new CliError(cliWords().notAnId(command, prefix));
  const ids = findIdsByPrefix(db, p, 2);
  if (ids.length === 0) throw new CliError(cliWords().noArticle(command, prefix));
  if (ids.length > 1) throw new CliError(cliWords().ambiguousId(command, prefix));
  return ids[0]!;
}


/** `parallax reextract [ID…] [--all]`: extraction again from the kept raw text, edits kept. */
export async function reextractCommand(idArgs: string[], flags: LibraryFlags & { all?: boolean }): Promise<number> {
  if (idArgs.length === 0 && !flags.all) throw new CliError(cliWords().reextractGive, 2);
  if (idArgs.length > 0 && flags.all) throw new CliError(cliWords().reextractBoth, 2);
  return withService(flags, async (api, db, { progress }) => {
    const ids = flags.all ? undefined : idArgs.map((p) => resolveId(db, p, 'reextract'));
    const release = stopOnInterrupt(() => void api.cancelReextract());
    let report: ReextractReport;
    try {
      report = await api.reextractArticles(ids);
    } finally {
      release();
    }
    progress.end();
    if (flags.json) console.log(JSON.stringify(report, null, 2));
    else {
      const w = cliWords();
      console.log(w.reextracted(report.updated, secondsOf(report.durationMs)));
      // The window's words for the same count: one report asked for is told what changed in it.
      if (report.changed && report.updated > 0) console.log(w.reextractChanges(report.changed, ids?.length === 1));
      for (const f of report.failed) console.log(w.failedLine(f.id, say(CLI_LANG, f.reasonCoded)));
      if (report.cancelled) console.log(w.stoppedReextract);
    }
    if (report.cancelled) return 130;
    return report.failed.length > 0 ? 1 : 0;
  });
}
