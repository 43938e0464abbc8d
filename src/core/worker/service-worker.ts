import { parentPort, workerData } from 'node:worker_threads';
import { dispatch } from '../../shared/rpc';
import { toErrorData } from '../../shared/errors';
import type { ParallaxEvent } from '../../shared/events';
import { closeLibrary, openLibraryLive } from '../library';
import { createParallaxService } from '../service';
import type { FromWorker, ToWorker, WorkerInit } from './protocol';

/**
 * Entry of the library worker: SQLite is synchronous, so the library lives on its own thread
 * and the host's event loop (Electron's main process, the HTTP server) never waits on a query.
 */
const port = parentPort;
if (!port) throw new Error('service-worker: must run as a worker thread');
const init = workerData as WorkerInit;
const post = (m: FromWorker) => port.postMessage(m);
const emit = (event: ParallaxEvent) => post({ type: 'event', event });

try {
  // The library answers as soon as it is open; derived data it must rebuild is rebuilt between
  // calls, and the calls that read it wait (`service-gate.ts`).
  const { db, rebuild } = await openLibraryLive({ path: init.path, seedDir: init.seedDir, emit, ...(init.nativeBinding ? { nativeBinding: init.nativeBinding } : {}) });
  const api = createParallaxService({ db, emit, rebuild, host: init.host, libraryPath: init.path, version: init.version, extractWorkerFile: init.extractWorkerFile, backgroundCompare: true, nativeBinding: init.nativeBinding });
  port.on('message', (msg: ToWorker) => {
    if (msg.type === 'close') {
      closeLibrary(db);
      post({ type: 'closed' });
      port.close();
      return;
    }
    void dispatch(api, msg.method, msg.args).then((result) => post({ type: 'result', seq: msg.seq, result }));
  });
  post({ type: 'ready' });
} catch (e) {
  post({ type: 'initError', error: toErrorData(e) });
}
