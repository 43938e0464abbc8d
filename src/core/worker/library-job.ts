import { parentPort, workerData } from 'node:worker_threads';
import { openDb, type WriteDb } from '../store/db';
import { busyIsNoFailure } from './run-once';

/** What a one-job library worker is started with (`workerData`). */
export interface LibraryJobInit {
  path: string;
  nativeBinding?: string;
}

/**
 * The body of a worker that does one job on its own connection to the library (the spellings
 * and suggestion builds, started by `runOnceWorker`), so the library thread keeps answering
 * meanwhile. Posts `true` once the job stored its result, `false` when a long write elsewhere
 * kept it from storing (the caller asks again); the worker exits after.
 */
export function runLibraryJob(name: string, job: (db: WriteDb) => void): void {
  const port = parentPort;
  if (!port) throw new Error(`${name}: must run as a worker thread`);
  const init = workerData as LibraryJobInit;
  // The library thread opened and migrated the file: this open only checks it.
  const db = openDb(init.path, init.nativeBinding ? { nativeBinding: init.nativeBinding } : {});
  try {
    port.postMessage(busyIsNoFailure(() => job(db)));
  } finally {
    db.close();
  }
}
