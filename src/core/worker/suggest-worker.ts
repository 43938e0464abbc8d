import { SuggestIndex } from '../search/suggest';
import { runLibraryJob, type LibraryJobInit } from './library-job';

/** What the suggest worker is started with (`workerData`). */
export type SuggestWorkerInit = LibraryJobInit;

/**
 * Entry of the suggest worker: builds the suggestion index from the library (about a minute at
 * 100,000 reports) and saves its snapshot, which the library thread loads when it is there.
 */
runLibraryJob('suggest-worker', (db) => new SuggestIndex(db).buildSnapshot());
