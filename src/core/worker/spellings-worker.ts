import { parentPort, workerData } from 'node:worker_threads';
import { openReadOnly } from '../store/read-only';
import { entityGroups } from '../explore/views';
import { spellingsData } from '../explore/spellings-lookup';

/** What the spellings worker is started with (`workerData`). */
export interface SpellingsWorkerInit {
  path: string;
  nativeBinding?: string;
}

/**
 * Entry of the spellings worker: groups the library's names (seconds at 100,000 reports) on
 * its own read-only connection and posts the lookup search needs (`explore/spellings-lookup.ts`),
 * so the library thread keeps answering meanwhile. One build per start; it exits after.
 */
const port = parentPort;
if (!port) throw new Error('spellings-worker: must run as a worker thread');
const init = workerData as SpellingsWorkerInit;
const db = openReadOnly(init.path, init.nativeBinding ? { nativeBinding: init.nativeBinding } : {});
try {
  port.postMessage(spellingsData(entityGroups(db).groups));
} finally {
  db.close();
}
