/**
 * A damaged library (`DB_CORRUPT`): once any call of this run meets a damaged page, nothing more
 * is written to the file. SQLite writes only the pages a change reaches, so a damaged library
 * takes some writes and fails others whole — a person kept working, each failure a surprise,
 * and every write risks spreading the damage before the rescue reads it. From then on:
 *
 * - every call that is not a read is refused before it runs, `DB_CORRUPT` `store.damaged-no-writes`;
 * - the connection is switched to `query_only`, so work of the library itself (a compare
 *   catch-up, a merge of the search index) cannot write either; what it meets is worded the same;
 * - `rescueLibrary` copies what can still be read into a new file beside it (`store/rescue.ts`).
 *
 * Reads go on as far as the file allows. Found by the first call that meets the damage, or before:
 * hosts with a library thread check the file as it opens, on the damage worker
 * (`checkOnOpen`, `store/check.ts`): its header, schema and every table's ends at once
 * (~30 ms at 100k), then every page at the lowest priority (35 s at 100k) — unless the file is
 * as a sound run closed it (`store/seal.ts`), when nothing is read. The rescue runs on that
 * worker too, so the library thread answers reads and searches while it copies.
 */
import type { ApiMethod, ParallaxApi } from '../shared/api';
import { API_METHODS } from '../shared/api';
import { isApiError } from '../shared/errors';
import type { ParallaxEvent } from '../shared/events';
import { notice } from '../shared/api/notices';
import { codedError } from '../shared/i18n';
import { Worker } from 'node:worker_threads';
import { ApiError } from '../shared/errors';
import type { RescueReport } from '../shared/api';
import type { WriteDb } from './store/db';
import { rescueLibrary } from './store/rescue';
import { sealRunOf } from './store/seal';
import type { DamageWorkerInit, DamageWorkerMessage } from './worker/damage-worker';

/** The calls that only read the library (and stopping work, which writes nothing): they go on when it is damaged. */
const READS: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'getAppInfo',
  'listArticles',
  'listCopies',
  'getArticle',
  'listTrash',
  'cancelReextract',
  'cancelIngest',
  'discardUpload',
  'searchArticles',
  'suggest',
  'getArticleHits',
  'listSavedSearches',
  'listAnnotations',
  'listAnnotationTags',
  'listNoteDrafts',
  'exportAnnotations',
  'compareArticles',
  'exportComparison',
  'getTimeline',
  'getTimelinePage',
  'getTimelineEvent',
  'getArticleDating',
  'listEntities',
  'listEntityPage',
  'getEntity',
  'getEntityMentions',
  'listStories',
  'listStorySummaries',
  'getStory',
  'rescueLibrary',
]);

/** Whether this run found its library damaged. */
export interface DamageState {
  damaged: boolean;
}

/** The error every write meets once the library is known damaged. */
function refusal(path: string): Error {
  return codedError('DB_CORRUPT', notice('store.damaged-no-writes', { path }));
}

/**
 * `api` that stops writing once a call finds the library damaged (see the file's comment);
 * `emit` tells every window once (`libraryDamaged`). Wrap it around the classified api
 * (`classifyStoreErrors`), whose errors carry the codes looked at here.
 */
export function guardDamage(api: ParallaxApi, db: WriteDb, state: DamageState, path: string, emit: (e: ParallaxEvent) => void): ParallaxApi {
  const found = () => markDamaged(db, state, emit);
  const guarded: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    const fn = (api[method] as (...args: unknown[]) => Promise<unknown>).bind(api);
    const reads = READS.has(method);
    guarded[method] = async (...args) => {
      if (state.damaged && !reads) throw refusal(path);
      try {
        return await fn(...args);
      } catch (e) {
        if (isApiError(e) && e.code === 'DB_CORRUPT') found();
        // A read that wanted to write derived data (a catch-up) on the query-only connection.
        else if (state.damaged && isApiError(e) && e.code === 'DB_READONLY') throw refusal(path);
        throw e;
      }
    };
  }
  return guarded as unknown as ParallaxApi;
}

/**
 * The library is damaged (a call met it, or the check on open found it): nothing more is
 * written (the connection becomes query-only) and every window is told once.
 */
export function markDamaged(db: WriteDb, state: DamageState, emit: (e: ParallaxEvent) => void): void {
  if (state.damaged) return;
  state.damaged = true;
  sealRunOf(db)?.damageFound();
  // Best effort: a connection already closed has nothing left to write.
  if (db.open) db.pragma('query_only = ON');
  emit({ type: 'libraryDamaged' });
}

/**
 * Checks the library at `path` on the damage worker `workerFile` as it opens (see the file's
 * comment) and calls `onDamaged` with what was found, once, if anything, or `onSound` once every
 * page was read and found sound. The worker is unref'd:
 * a host that exits does not wait for the check. A check that cannot run says nothing: the
 * first call to meet damage still finds it.
 */
export function checkOnOpen(workerFile: string, path: string, nativeBinding: string | undefined, onDamaged: (detail: string) => void, onSound: () => void = () => {}): void {
  const init: DamageWorkerInit = { job: 'check', path, ...(nativeBinding ? { nativeBinding } : {}) };
  const w = new Worker(workerFile, { workerData: init });
  w.unref();
  w.on('message', (m: DamageWorkerMessage) => {
    if (m.type !== 'checked') return;
    if (!m.result.ok) {
      onDamaged(m.result.detail);
      void w.terminate();
    } else if (m.result.stage === 'full') onSound();
  });
  // Best effort, as said: the check is an early warning, not the only one.
  w.on('error', () => undefined);
}

/** `NAME.rescued-STAMP.sqlite` beside `path`: a new file each time, never over another. */
export function rescuedPath(path: string, now = new Date()): string {
  return `${path.replace(/\.sqlite$|\.db$/, '')}.rescued-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`;
}

/**
 * The rescue call of the API contract, for the library at `path`: on the damage worker
 * `workerFile` when there is one (the library thread answers meanwhile), else here; its
 * progress goes to every window as `taskProgress` of `rescue`.
 */
export function rescueMethod(path: string, nativeBinding: string | undefined, workerFile: string | undefined, emit: (e: ParallaxEvent) => void): Pick<ParallaxApi, 'rescueLibrary'> {
  const onProgress = (done: number, total: number) => emit({ type: 'taskProgress', task: 'rescue', done, total });
  return {
    async rescueLibrary() {
      if (path === ':memory:' || path === '') throw codedError('UNSUPPORTED', notice('store.rescue-in-memory'));
      const to = rescuedPath(path);
      if (!workerFile) return rescueLibrary(path, to, { ...(nativeBinding ? { nativeBinding } : {}), onProgress });
      return rescueOnWorker(workerFile, { job: 'rescue', path, to, ...(nativeBinding ? { nativeBinding } : {}) }, onProgress);
    },
  };
}

function rescueOnWorker(file: string, init: DamageWorkerInit, onProgress: (done: number, total: number) => void): Promise<RescueReport> {
  return new Promise((resolve, reject) => {
    const w = new Worker(file, { workerData: init });
    let settled = false;
    w.on('message', (m: DamageWorkerMessage) => {
      if (m.type === 'progress') onProgress(m.done, m.total);
      else if (m.type === 'rescued' || m.type === 'failed') {
        settled = true;
        if (m.type === 'rescued') resolve(m.report);
        else reject(new ApiError(m.error.code, m.error.message, m.error.messageCoded));
        void w.terminate();
      }
    });
    w.on('error', (e) => {
      settled = true;
      reject(e);
    });
    w.on('exit', (code) => {
      if (!settled) reject(new Error(`damage worker: stopped (exit code ${code}) before the rescue ended`));
    });
  });
}
