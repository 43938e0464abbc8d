import { parentPort, workerData } from 'node:worker_threads';
import { openDb } from '../store/db';
import { SuggestIndex } from '../search/suggest';
import { busyIsNoFailure } from './run-once';

/** What the suggest worker is started with (`workerData`). */
export interface SuggestWorkerInit {
  path: string;
  nativeBinding?: string;
}

/**
 * Entry of the suggest worker: builds the suggestion index from the library (about a minute at
 * 100,000 reports) on its own connection and saves its snapshot, so the library thread keeps
 * answering meanwhile and loads the snapshot when it is there. Posts `true` once saved, `false`
 * when a long write elsewhere kept it from saving (the next suggestion asks again); one build per start.
 */
const port = parentPort;
if (!port) throw new Error('suggest-worker: must run as a worker thread');
const init = workerData as SuggestWorkerInit;
// The library thread opened and migrated the file: this open only checks it.
const db = openDb(init.path, init.nativeBinding ? { nativeBinding: init.nativeBinding } : {});
try {
  port.postMessage(busyIsNoFailure(() => new SuggestIndex(db).buildSnapshot()));
} finally {
  db.close();
}
