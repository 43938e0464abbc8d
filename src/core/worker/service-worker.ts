import { parentPort, workerData } from 'node:worker_threads';
import { dispatch } from '../../shared/rpc';
import { toErrorData } from '../../shared/errors';
import type { ParallaxEvent } from '../../shared/events';
import { closeLibrary, openLibraryLive } from '../library';
import { createParallaxService } from '../service';
import type { FromWorker, JsonAnswer, ToWorker, WorkerInit } from './protocol';

/**
 * Entry of the library worker: SQLite is synchronous, so the library lives on its own thread
 * and the host's event loop (Electron's main process, the HTTP server) never waits on a query.
 */
const port = parentPort;
if (!port) throw new Error('service-worker: must run as a worker thread');
const init = workerData as WorkerInit;
const post = (m: FromWorker, transfer?: ArrayBuffer[]) => port.postMessage(m, transfer);
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
    if (msg.type === 'callJson') {
      void callJson(api, msg.method, msg.body).then((answer) => post({ type: 'jsonResult', seq: msg.seq, answer }, answer.badJson ? [] : [answer.json.buffer as ArrayBuffer]));
      return;
    }
    void dispatch(api, msg.method, msg.args).then((result) => post({ type: 'result', seq: msg.seq, result }));
  });
  post({ type: 'ready' });
} catch (e) {
  post({ type: 'initError', error: toErrorData(e) });
}

/**
 * A browser host's call, read from its JSON body and answered as JSON bytes here, so the host's
 * thread never holds a request's or an answer's text as strings or objects: a piece of an upload
 * is 1.4 MB of base64, and each one the host parsed survived its young collections (held until
 * the answer came) and grew its young generation to V8's 32 MB, which only the memory reducer
 * shrinks, seconds later (`bench/README.md`, window import).
 */
async function callJson(api: Parameters<typeof dispatch>[0], method: string, body: Uint8Array): Promise<JsonAnswer> {
  let args: unknown;
  try {
    args = body.byteLength === 0 ? [] : JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  } catch {
    return { badJson: true };
  }
  const result = await dispatch(api, method, args);
  // A fresh buffer of its own (not Buffer's shared pool), so it can be handed over, not copied.
  const json = new TextEncoder().encode(JSON.stringify(result));
  return { ok: result.ok, code: result.ok ? null : result.error.code, json };
}
