import { Worker } from 'node:worker_threads';
import type { ApiMethod, ParallaxApi } from '../shared/api';
import { ApiError, type ErrorCode, type Result } from '../shared/errors';
import type { EventListener, ParallaxEvent } from '../shared/events';
import { createApiProxy, dispatch } from '../shared/rpc';
import { openLibraryLive } from './library';
import { createParallaxService } from './service';
import type { FromWorker, ToWorker, WorkerInit } from './worker/protocol';

/** An answer as the JSON text of its `Result`, with the error's code when the call failed. */
export interface JsonAnswer {
  json: string;
  error: ErrorCode | null;
}

/** A running library as a host sees it. */
export interface LibraryHandle {
  api: ParallaxApi;
  /**
   * Calls `method` (not checked here: the library answers an unknown one with an error) and
   * gives its answer as JSON text, for a host that only passes it on (HTTP). On a library
   * thread the text is made there, so the host's thread never makes the answer into objects:
   * the 10k import's report (~2 MB of JSON) grew the browser host's young generation to
   * 8–32 MB, by chance, at the window import's peak (`core/search/README.md`).
   */
  callJson(method: unknown, args: unknown): Promise<JsonAnswer>;
  onEvent(listener: EventListener): () => void;
  close(): Promise<void>;
}

/** What `startLibrary` takes. */
export interface StartOptions extends WorkerInit {
  /** The built `service-worker.js` beside the host's entry; omit to run in this thread (CLI, tests). */
  workerFile?: string;
}

/**
 * Opens a library for a host: on a worker thread when `workerFile` is given, else in-process.
 * Rejects with the library's own `ApiError` (not a database, from a newer app, …).
 */
export async function startLibrary(opts: StartOptions): Promise<LibraryHandle> {
  const listeners = new Set<EventListener>();
  const emit = (event: ParallaxEvent) => listeners.forEach((l) => l(event));
  const onEvent = (l: EventListener) => {
    listeners.add(l);
    return () => void listeners.delete(l);
  };
  if (!opts.workerFile) {
    const { db, rebuild } = await openLibraryLive({ path: opts.path, seedDir: opts.seedDir, emit, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
    const api = createParallaxService({ db, emit, rebuild, host: opts.host, libraryPath: opts.path, version: opts.version, extractWorkerFile: opts.extractWorkerFile });
    return { api, callJson: jsonCalls(api), onEvent, close: async () => void db.close() };
  }
  const { workerFile, ...init } = opts;
  const worker = new Worker(workerFile, { workerData: init satisfies WorkerInit });
  const pending = new Map<number, (m: Answer) => void>();
  let seq = 0;
  let closed: (() => void) | null = null;
  await new Promise<void>((resolve, reject) => {
    worker.on('message', (m: FromWorker) => {
      switch (m.type) {
        case 'ready':
          return resolve();
        case 'initError':
          void worker.terminate();
          return reject(new ApiError(m.error.code, m.error.message, m.error.messageCoded));
        case 'result':
        case 'json':
          pending.get(m.seq)?.(m);
          pending.delete(m.seq);
          return;
        case 'event':
          return emit(m.event);
        case 'closed':
          closed?.();
          return;
      }
    });
    worker.on('error', (e) => {
      reject(e);
      for (const [s, settle] of pending) settle({ type: 'result', seq: s, result: { ok: false, error: { code: 'INTERNAL', message: `library worker failed: ${e.message}` } } });
      pending.clear();
    });
  });
  const call = (method: unknown, args: unknown, asJson: boolean) =>
    new Promise<Answer>((resolve) => {
      const s = ++seq;
      pending.set(s, resolve);
      // The library checks the method and its arguments (`dispatch`); the types are the proxy's.
      worker.postMessage({ type: 'call', seq: s, method: method as ApiMethod, args: args as unknown[], ...(asJson ? { asJson } : {}) } satisfies ToWorker);
    });
  const send = (method: ApiMethod, args: unknown[]) =>
    call(method, args, false).then((m) => (m.type === 'result' ? m.result : (JSON.parse(m.json) as Result<unknown>)));
  return {
    api: createApiProxy(send),
    callJson: (method, args) => call(method, args, true).then((m) => (m.type === 'json' ? { json: m.json, error: m.error } : asJson(m.result))),
    onEvent,
    close: () =>
      new Promise<void>((resolve) => {
        closed = resolve;
        worker.postMessage({ type: 'close' } satisfies ToWorker);
        setTimeout(() => void worker.terminate().then(() => resolve()), 2000).unref();
      }),
  };
}

/** A library thread's answer to one call: as objects, or as JSON text (`callJson`). */
type Answer = Extract<FromWorker, { type: 'result' | 'json' }>;

/** `LibraryHandle.callJson` over a service on this thread (in-process hosts, tests' stubs). */
export function jsonCalls(api: ParallaxApi): LibraryHandle['callJson'] {
  return (method, args) => dispatch(api, method, args).then(asJson);
}

function asJson(result: Result<unknown>): JsonAnswer {
  return { json: JSON.stringify(result), error: result.ok ? null : result.error.code };
}
