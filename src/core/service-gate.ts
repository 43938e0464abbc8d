/**
 * While a library rebuilds derived data as it opens, each call waits only for the datasets it
 * reads: the list, the reader, annotations and saved searches answer at once, search waits for
 * its index. A method not named here waits for the whole rebuild: every write (it keeps every
 * dataset current, so it must not run into a half-built one), compare and the explore views.
 */
import type { ApiMethod, ParallaxApi } from '../shared/api';
import { API_METHODS } from '../shared/api';
import type { DerivedDatasetName } from '../shared/events';
import type { DerivedRebuild } from './derived/background';
import { DATASETS } from './derived/datasets';
import { classifySqliteError } from './store/db';

/** What each call reads of the derived data, when not all of it. */
const READS: Partial<Record<ApiMethod, readonly DerivedDatasetName[]>> = {
  getAppInfo: [],
  // Stopping an import must not wait for what the import waits for.
  cancelIngest: [],
  cancelReextract: [],
  listArticles: [],
  listCopies: ['twin-groups'],
  // Near-duplicates show as far as the rebuild has come; the reader is not held up for them.
  getArticle: [],
  updateReadingState: [],
  listTrash: [],
  searchArticles: ['search-index'],
  getArticleHits: ['search-index'],
  suggest: ['search-index', 'suggestions'],
  listSavedSearches: [],
  saveSearch: [],
  deleteSavedSearch: [],
  listAnnotations: [],
  addAnnotation: [],
  updateAnnotation: [],
  deleteAnnotation: [],
  restoreAnnotation: [],
  linkAnnotations: [],
  unlinkAnnotations: [],
  listAnnotationTags: [],
  exportAnnotations: [],
  importAnnotations: [],
  listNoteDrafts: [],
  saveNoteDraft: [],
};

const EVERY_DATASET: readonly DerivedDatasetName[] = DATASETS.map((d) => d.name);

/** The derived datasets a call must wait for. */
export function datasetsFor(method: ApiMethod): readonly DerivedDatasetName[] {
  return READS[method] ?? EVERY_DATASET;
}

/** `api` with every call first waiting for the datasets it reads (nothing, once the rebuild is done). */
export function gateCalls(api: ParallaxApi, rebuild: DerivedRebuild): ParallaxApi {
  const gated: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    const fn = (api[method] as (...args: unknown[]) => Promise<unknown>).bind(api);
    const needs = datasetsFor(method);
    gated[method] = async (...args) => {
      if (needs.some((n) => !rebuild.isReady(n))) await rebuild.whenReady(needs);
      return fn(...args);
    };
  }
  return gated as unknown as ParallaxApi;
}

/**
 * `api` with SQLite's own failures (a damaged page, a full disk, a lock held too long) turned
 * into the store's coded errors for the library at `path`, wherever in a call they arise: a
 * list or a view that reads a damaged page said only "INTERNAL: database disk image is
 * malformed", in English, with nothing about what to do.
 */
export function classifyStoreErrors(api: ParallaxApi, path: string): ParallaxApi {
  const classified: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    const fn = (api[method] as (...args: unknown[]) => Promise<unknown>).bind(api);
    classified[method] = async (...args) => {
      try {
        return await fn(...args);
      } catch (e) {
        throw classifySqliteError(e, path);
      }
    };
  }
  return classified as unknown as ParallaxApi;
}
