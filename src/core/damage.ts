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
 * Reads go on as far as the file allows. Found lazily, by the first call that meets the damage:
 * a full check (`PRAGMA quick_check`) reads the whole file, seconds at 100k reports.
 */
import type { ApiMethod, ParallaxApi } from '../shared/api';
import { API_METHODS } from '../shared/api';
import { isApiError } from '../shared/errors';
import type { ParallaxEvent } from '../shared/events';
import { notice } from '../shared/api/notices';
import { codedError } from '../shared/i18n';
import type { WriteDb } from './store/db';
import { rescueLibrary } from './store/rescue';

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
  const found = () => {
    if (state.damaged) return;
    state.damaged = true;
    // Best effort: a connection already closed has nothing left to write.
    if (db.open) db.pragma('query_only = ON');
    emit({ type: 'libraryDamaged' });
  };
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

/** `NAME.rescued-STAMP.sqlite` beside `path`: a new file each time, never over another. */
export function rescuedPath(path: string, now = new Date()): string {
  return `${path.replace(/\.sqlite$|\.db$/, '')}.rescued-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`;
}

/** The rescue call of the API contract, for the library at `path`. */
export function rescueMethod(path: string, nativeBinding: string | undefined): Pick<ParallaxApi, 'rescueLibrary'> {
  return {
    async rescueLibrary() {
      if (path === ':memory:' || path === '') throw codedError('UNSUPPORTED', notice('store.rescue-in-memory'));
      return rescueLibrary(path, rescuedPath(path), nativeBinding ? { nativeBinding } : {});
    },
  };
}
