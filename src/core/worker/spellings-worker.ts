import { parentPort, workerData } from 'node:worker_threads';
import { openDb } from '../store/db';
import { entityGroups } from '../explore/views';
import { spellingRows, spellingsData } from '../explore/spellings-lookup';
import { replaceSpellings, spellingsState } from '../store/queries/name-spellings';
import { busyIsNoFailure } from './run-once';

/** What the spellings worker is started with (`workerData`). */
export interface SpellingsWorkerInit {
  path: string;
  nativeBinding?: string;
}

/**
 * Entry of the spellings worker: groups the library's names (seconds at 100,000 reports) on its
 * own connection and stores the lookup search needs in the library (`name_spellings`, migration
 * 14), so the library thread keeps answering meanwhile and never holds the lookup. It posts
 * `true` once stored, `false` when a long write elsewhere kept it from storing (a search asks again). One build per start; it exits after.
 */
const port = parentPort;
if (!port) throw new Error('spellings-worker: must run as a worker thread');
const init = workerData as SpellingsWorkerInit;
// The library thread opened and migrated the file: this open only checks it.
const db = openDb(init.path, init.nativeBinding ? { nativeBinding: init.nativeBinding } : {});
try {
  // Read before the names: a change while they are grouped leaves the lookup stale, to be built again.
  const { changes } = spellingsState(db);
  port.postMessage(busyIsNoFailure(() => replaceSpellings(db, spellingRows(spellingsData(entityGroups(db).groups)), changes)));
} finally {
  db.close();
}
