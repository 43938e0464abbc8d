import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { IngestReport, JobId, ParallaxApi, ReextractReport } from '../shared/api';
import { ApiError } from '../shared/errors';
import type { ParallaxEvent } from '../shared/events';
import type { HostFacts } from './library';
import { NOTHING_TO_REBUILD, type DerivedRebuild } from './derived/background';
import { classifyStoreErrors, gateCalls } from './service-gate';
import { decodeUploads, ingestFileList, ingestPaths, ingestText, ingestUploads } from './ingest/ingest';
import { UploadStaging } from './ingest/uploads';
import type { WriteDb } from './store/db';
import { editMetadata } from './edit-metadata';
import { annotationMethods } from './annotate/methods';
import { compareCatchUp } from './derived/compare-rows/background';
import { searchMerger } from './derived/search-merge';
import { compareIndexer } from './derived/compare-rows/catch-up';
import { compareMethods } from './compare/methods';
import { exploreMethods } from './explore/methods';
import { trashMethods } from './trash';
import { versionMethods } from './versions';
import { checkOnOpen, guardDamage, markDamaged, rescueMethod, type DamageState } from './damage';
import { OTHER_WRITERS_EVERY_MS, watchOtherWriters } from './other-writers';
import { sealRunOf, watchSealRun } from './store/seal';
import { backgroundSpellings } from './explore/spellings-background';
import { runOnceWorker } from './worker/run-once';
import type { SuggestWorkerInit } from './worker/suggest-worker';
import { pendingCompareCount } from './derived/compare-rows/rows';
import { reextractArticles } from './ingest/reextract';
import { refreshSites, reextractSite } from './ingest/refresh-sites';
import { correctExtraction, parseCorrection } from './ingest/correct';
import { searchEngineFor } from './search/engine';
import { deleteSavedSearch, insertSavedSearch, listSavedSearches } from './store/queries/saved-searches';
import { LATEST_VERSION } from './store/migrations/index';
import { countArticles, getArticle } from './store/queries/article-reads';
import { listArticlesPage } from './list/list-articles';
import { parseListQuery } from './list/query';
import { listGroup } from './list/copies';
import { notice } from '../shared/api/notices';
import { codedError, english } from '../shared/i18n';
import {
  parseArticleId,
  parseIngestOptions,
  parseMetadataEdit,
  parseOptionalIds,
  parsePaths,
  parseTextInput,
  parseUploads,
  parseHitsQuery,
  parseSavedSearchId,
  parseSavedSearchInput,
  parseSearchQuery,
  parseSuggestInput,
} from './validate';

/** What the service needs: an open library, facts about its host, and where events go. */
export interface ServiceOptions extends HostFacts {
  db: WriteDb;
  emit: (event: ParallaxEvent) => void;
  /**
   * The built extraction worker, so ingests use every core and a file that extracts too long is
   * skipped; omit to extract in-thread (no time limit).
   */
  extractWorkerFile?: string | undefined;
  /** Per-file extraction time limit in ms; default `FILE_TIME_LIMIT_MS` (30 s). */
  fileTimeLimitMs?: number | undefined;
  /**
   * The built compare worker, so the compare index catches up with a large import on every
   * core. Default: `compare-worker.js` beside `extractWorkerFile`, when it is there; without
   * one the catch-up runs in this thread.
   */
  compareWorkerFile?: string | undefined;
  /**
   * Index new articles for the compare views, and extract again the pages of sites whose
   * template the import changed (`refresh-sites.ts`), in the background after an import (hosts with a
   * library thread). Off in the CLI, which catches up itself before it exits. Default false.
   */
  backgroundCompare?: boolean;
  /**
   * The rebuild of derived data the library started as it opened (`openLibraryLive`): calls
   * wait for the datasets they read until it is done. Default: nothing to wait for.
   */
  rebuild?: DerivedRebuild;
  /**
   * The built spellings worker, which groups the library's names for search by entity off the
   * library thread (hosts with one, `backgroundCompare`). Default: `spellings-worker.js` beside
   * `extractWorkerFile`, when it is there.
   */
  spellingsWorkerFile?: string | undefined;
  /**
   * The built suggest worker, which builds the suggestion index off the library thread when it
   * has no snapshot of its version (hosts with one, `backgroundCompare`). Default:
   * `suggest-worker.js` beside `extractWorkerFile`, when it is there.
   */
  suggestWorkerFile?: string | undefined;
  /**
   * The built damage worker: the check of the library file as it opens (hosts with a library
   * thread, `backgroundCompare`) and the rescue, off the library thread. Default:
   * `damage-worker.js` beside `extractWorkerFile`, when it is there.
   */
  damageWorkerFile?: string | undefined;
  /** Reports up to which the suggestion index is built on this thread; default `SYNC_SUGGEST_MAX_ARTICLES`. */
  syncSuggestMaxArticles?: number;
  /** Reports up to which names are grouped on this thread; default `SYNC_SPELLINGS_MAX_ARTICLES`. */
  syncSpellingsMaxArticles?: number;
  /** better-sqlite3's native module, for the connections of worker threads (Electron's build). */
  nativeBinding?: string | undefined;
}

/** Heap of the suggest worker: at 100,000 reports the index as built holds ~106 MB, and its snapshot is written as one string. */
const SUGGEST_WORKER_HEAP_MB = 512;

/** Reports up to which the suggestion index is built on this thread: about half a second, less than a first suggestion waiting for a worker. */
const SYNC_SUGGEST_MAX_ARTICLES = 1000;

/** Waiting reports a search indexes for the compare views first (see `searchArticles`). */
const SEARCH_CATCH_UP_MAX = 64;

/**
 * The whole product behind the contract. Every host (Electron IPC, HTTP, worker, CLI) calls
 * this object and nothing else. Every argument is validated here, because hosts pass through
 * whatever arrives.
 */
export function createParallaxService(opts: ServiceOptions): ParallaxApi {
  const { db, emit } = opts;
  const rebuild = opts.rebuild ?? NOTHING_TO_REBUILD;
  // Its progress goes to the windows: the explore views and comparisons wait for a catch-up
  // (half a minute at 10k new reports on a busy machine) and say how far it is.
  const indexer = compareIndexer(db, {
    workerFile: opts.compareWorkerFile ?? siblingWorker(opts.extractWorkerFile, 'compare-worker.js'),
    onProgress: (done, total) => emit({ type: 'taskProgress', task: 'compareIndex', done, total }),
  });
  // Hosts with a library thread merge the search index's segments after writes; the CLI merges
  // at the end of its import (`ingestCommand`), as it exits after.
  const mergeSegments = opts.backgroundCompare ? searchMerger(db) : () => {};
  // The names are grouped for search once the compare rows are written: grouping them while
  // the catch-up writes them groups names that change again at once (see backgroundSpellings).
  const catchUp = opts.backgroundCompare
    ? compareCatchUp(db, indexer, () => {
        emit({ type: 'libraryChanged' });
        spellings.warm();
      })
    : () => {};
  // Sites an import added pages to: their stored pages are extracted again when the site's
  // template changed materially (`refresh-sites.ts`) — behind the host's back with progress,
  // or before the CLI's import returns (it exits after).
  let sitesAdded: string[] = [];
  let siteRefresh: Promise<unknown> = Promise.resolve();
  const reextractOptions = {
    extractWorkerFile: opts.extractWorkerFile,
    timeLimitMs: opts.fileTimeLimitMs,
    onProgress: (done: number, total: number) => emit({ type: 'taskProgress', task: 'reextract', done, total }),
  };
  const afterSite = async (run: () => Promise<ReextractReport | null>) => {
    // One after another; a store failure reaches a caller that waits (the CLI), and in the
    // background leaves the pages as they were (the next import of the site tries again).
    const job = siteRefresh.then(run).then((r) => { if (r && r.updated > 0) emit({ type: 'libraryChanged' }); });
    siteRefresh = job.catch(() => undefined);
    if (!opts.backgroundCompare) await job;
  };
  const afterImport = async <T>(report: T): Promise<T> => {
    catchUp();
    mergeSegments();
    const sites = sitesAdded;
    sitesAdded = [];
    if (sites.length > 0) await afterSite(() => refreshSites(db, sites, reextractOptions));
    return report;
  };
  // Hosts with a library thread group the names for search by entity on a worker, started as
  // soon as the compare rows are current, so it is ready before the person types; the CLI
  // groups them when a search asks.
  const spellings = backgroundSpellings(db, {
    workerFile: opts.backgroundCompare ? (opts.spellingsWorkerFile ?? siblingWorker(opts.extractWorkerFile, 'spellings-worker.js')) : undefined,
    path: db.name,
    nativeBinding: opts.nativeBinding,
    waitWhile: () => db.open && pendingCompareCount(db) > 0,
    ...(opts.syncSpellingsMaxArticles !== undefined ? { syncMaxArticles: opts.syncSpellingsMaxArticles } : {}),
  });
  void rebuild.whenReady(['compare-rows']).then(() => spellings.warm(), () => undefined);
  // A new suggestion index (a new SUGGEST_VERSION: a minute at 100k) is built on a worker, so
  // list and search answer meanwhile and suggestions are empty until it is saved.
  const suggestWorker = opts.backgroundCompare && db.name !== ':memory:' ? (opts.suggestWorkerFile ?? siblingWorker(opts.extractWorkerFile, 'suggest-worker.js')) : undefined;
  if (suggestWorker) {
    const init: SuggestWorkerInit = { path: db.name, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) };
    const syncMax = opts.syncSuggestMaxArticles ?? SYNC_SUGGEST_MAX_ARTICLES;
    const suggestions = searchEngineFor(db).suggestions;
    suggestions.background = () => (countArticles(db) <= syncMax ? null : runOnceWorker(suggestWorker, init, SUGGEST_WORKER_HEAP_MB));
    void rebuild.whenReady(['search-index', 'suggestions']).then(() => suggestions.warm(), () => undefined);
  }
  // A library an earlier run left with articles to index (the CLI imported them) catches up
  // now, or once its derived data is rebuilt.
  void rebuild.done.then(catchUp, () => undefined);
  // A search index rebuilt on this open (batches of 500) is merged, as after an import; a
  // library opened as it is is left alone until its next import.
  if (!rebuild.isReady('search-index')) void rebuild.whenReady(['search-index']).then(mergeSegments, () => undefined);
  const staging = new UploadStaging();
  const damage: DamageState = { damaged: false };
  const damageWorker = opts.libraryPath && opts.libraryPath !== ':memory:' ? (opts.damageWorkerFile ?? siblingWorker(opts.extractWorkerFile, 'damage-worker.js')) : undefined;
  // The re-extraction a person asked for, while it runs (`cancelReextract`).
  let reextracting: { cancelled: boolean } | null = null;
  // The imports running, by job id, with whether a person asked to stop them (`cancelIngest`).
  const running = new Map<JobId, { cancelled: boolean }>();
  const ctx = (options: unknown) => {
    const o = parseIngestOptions(options);
    const job = { cancelled: false };
    if (o.jobId !== null) running.set(o.jobId, job);
    return { db, emit, extractWorkerFile: opts.extractWorkerFile, timeLimitMs: opts.fileTimeLimitMs, onSitesAdded: (s: string[]) => sitesAdded.push(...s), isCancelled: () => job.cancelled, ...o };
  };
  /** Runs one import and forgets its job when it ends. */
  const importing = async (c: ReturnType<typeof ctx>, run: (c: ReturnType<typeof ctx>) => Promise<IngestReport>): Promise<IngestReport> => {
    try {
      return await run(c);
    } finally {
      if (c.jobId !== null) running.delete(c.jobId);
    }
  };
  const api = classifyStoreErrors(gateCalls({
    ...annotationMethods(db, emit, undefined, { extractWorkerFile: opts.extractWorkerFile, timeLimitMs: opts.fileTimeLimitMs }),
    ...compareMethods(db, indexer),
    ...exploreMethods(db, emit, indexer, opts.backgroundCompare ?? false),
    ...trashMethods(db, emit),
    ...versionMethods(db, emit, { extractWorkerFile: opts.extractWorkerFile, timeLimitMs: opts.fileTimeLimitMs }),
    ...rescueMethod(opts.libraryPath, opts.nativeBinding, damageWorker, emit),
    async getAppInfo() {
      return {
        name: 'Parallax',
        version: opts.version,
        host: opts.host,
        libraryPath: opts.libraryPath,
        schemaVersion: LATEST_VERSION,
        articleCount: countArticles(db),
        rebuilding: rebuild.status,
        damaged: damage.damaged,
      };
    },
    async listArticles(query) {
      return listArticlesPage(db, parseListQuery(query));
    },
    async listCopies(id) {
      const group = listGroup(db, parseArticleId(id));
      if (group.length === 0) throw codedError('NOT_FOUND', notice('library.no-article', { id: id, scope: 'library' }));
      return group;
    },
    async getArticle(id) {
      const article = getArticle(db, parseArticleId(id));
      if (!article) throw codedError('NOT_FOUND', notice('library.no-article', { id: id, scope: 'library' }));
      return article;
    },
    async ingestPaths(paths, options) {
      const list = parsePaths(paths);
      return afterImport(await importing(ctx(options), (c) => ingestPaths(c, list)));
    },
    async ingestFiles(files, options) {
      const uploads = decodeUploads(parseUploads(files));
      return afterImport(await importing(ctx(options), (c) => ingestUploads(c, uploads)));
    },
    async beginUpload(file) {
      if (typeof file !== 'object' || file === null) throw new ApiError('BAD_INPUT', 'ingest: beginUpload takes { name, size }');
      return staging.begin(file.name, file.size);
    },
    async appendUpload(id, piece) {
      staging.append(id, piece);
    },
    async ingestUploads(ids, options) {
      const files = staging.take(ids);
      try {
        return afterImport(await importing(ctx(options), (c) => ingestFileList(c, files)));
      } finally {
        for (const id of ids) staging.discard(id);
      }
    },
    async discardUpload(id) {
      staging.discard(id);
    },
    async ingestText(input, options) {
      const text = parseTextInput(input);
      return afterImport(await importing(ctx(options), (c) => ingestText(c, text)));
    },
    async cancelIngest(jobId) {
      const job = running.get(parseIngestOptions({ jobId }).jobId ?? ('' as JobId));
      if (!job) return false;
      job.cancelled = true;
      return true;
    },
    async correctExtraction(id, correction) {
      const articleId = parseArticleId(id);
      const { taughtSite } = await correctExtraction(db, articleId, parseCorrection(correction));
      emit({ type: 'libraryChanged' });
      if (taughtSite) await afterSite(() => reextractSite(db, taughtSite, articleId, reextractOptions));
      const article = getArticle(db, articleId);
      if (!article) throw codedError('NOT_FOUND', notice('library.no-article', { id: articleId, scope: 'library' }));
      return article;
    },
    async reextractArticles(ids) {
      const job = { cancelled: false };
      reextracting = job;
      try {
        const report = await reextractArticles(db, parseOptionalIds(ids), {
          extractWorkerFile: opts.extractWorkerFile,
          timeLimitMs: opts.fileTimeLimitMs,
          onProgress: (done, total) => emit({ type: 'taskProgress', task: 'reextract', done, total }),
          isCancelled: () => job.cancelled,
        });
        if (report.updated > 0) emit({ type: 'libraryChanged' });
        return report;
      } finally {
        if (reextracting === job) reextracting = null;
      }
    },
    async cancelReextract() {
      if (!reextracting) return false;
      reextracting.cancelled = true;
      return true;
    },
    async searchArticles(query) {
      const q = parseSearchQuery(query);
      // Other spellings of names come from the people of the compare index: a few reports left
      // waiting are indexed first (a batch takes milliseconds); after a large import the search
      // uses the people indexed so far rather than wait for all of them.
      // Not on a damaged library, which is written no more (`damage.ts`).
      if (rebuild.isReady('compare-rows') && !damage.damaged && pendingCompareCount(db) <= SEARCH_CATCH_UP_MAX) await indexer.catchUp();
      const names = spellings.lookup();
      const page = searchEngineFor(db).search(q, names.spellings ?? undefined);
      if (!names.pending) return page;
      const pending = notice('search.names-pending');
      return { ...page, notices: [...page.notices, english(pending)], noticesCoded: [...page.noticesCoded, pending] };
    },
    async suggest(text, limit) {
      const s = parseSuggestInput(text, limit);
      // The people as search by entity groups them: one suggestion per person (`suggest-people.ts`).
      return searchEngineFor(db).suggest(s.text, s.limit, () => spellings.lookup().spellings);
    },
    async getArticleHits(id, q) {
      // The same other spellings of names as `searchArticles`, so the reader marks what the list counted.
      const hits = searchEngineFor(db).hits(parseArticleId(id), parseHitsQuery(q), spellings.lookup().spellings ?? undefined);
      if (!hits) throw codedError('NOT_FOUND', notice('library.no-article', { id: id, scope: 'library' }));
      return hits;
    },
    async listSavedSearches() {
      return listSavedSearches(db);
    },
    async saveSearch(input) {
      const s = parseSavedSearchInput(input);
      return insertSavedSearch(db, s.name, s.q, new Date().toISOString());
    },
    async deleteSavedSearch(id) {
      const n = parseSavedSearchId(id);
      if (!deleteSavedSearch(db, n)) throw codedError('NOT_FOUND', notice('library.no-saved-search', { id: n }));
    },
    async updateArticleMetadata(id, edit) {
      const articleId = parseArticleId(id);
      editMetadata(db, articleId, parseMetadataEdit(edit));
      emit({ type: 'libraryChanged' });
      return getArticle(db, articleId)!;
    },
  }, rebuild), opts.libraryPath);
  // Hosts with a library thread check the file as it opens, so the damage shows before a write
  // meets it — not when it is as a sound run closed it (`store/seal.ts`): nothing can have
  // changed, and the full check costs 35 s and ~35 MB at 100k. They tell the windows what the
  // command line changed in the list meanwhile, and watch for bytes written outside SQLite.
  const sealRun = sealRunOf(db);
  if (damageWorker && opts.backgroundCompare && !sealRun?.markedAtOpen) {
    checkOnOpen(damageWorker, opts.libraryPath, opts.nativeBinding, () => markDamaged(db, damage, emit), () => sealRun?.checked());
  }
  if (opts.backgroundCompare && db.name !== ':memory:') {
    watchOtherWriters(db, emit);
    watchSealRun(db, OTHER_WRITERS_EVERY_MS);
  }
  return guardDamage(api, db, damage, opts.libraryPath, emit);
}

/** A worker bundle built beside another one (`out/node`, `out/main`), if it is there. */
function siblingWorker(file: string | undefined, name: string): string | undefined {
  if (!file) return undefined;
  const sibling = join(dirname(file), name);
  return existsSync(sibling) ? sibling : undefined;
}
