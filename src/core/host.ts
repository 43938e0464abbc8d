import { Worker } from 'node:worker_threads';
import type { ParallaxApi } from '../shared/api';
import { ApiError } from '../shared/errors';
import type { EventListener, ParallaxEvent } from '../shared/events';
import { createApiProxy } from '../shared/rpc';
import { closeLibrary, openLibraryLive } from './library';
import { createParallaxService } from './service';
import type { FromWorker, ToWorker, WorkerInit } from './worker/protocol';

/** A running library as a host sees it. */
export interface LibraryHandle {
  api: ParallaxApi;
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
    return { api, onEvent, close: async () => closeLibrary(db) };
  }
  const { workerFile, ...init } = opts;
  const worker = new Worker(workerFile, { workerData: init satisfies WorkerInit });
  const pending = new Map<number, (m: Extract<FromWorker, { type: 'result' }>) => void>();
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
  const send = (method: Parameters<Parameters<typeof createApiProxy>[0]>[0], args: unknown[]) =>
    new Promise<Extract<FromWorker, { type: 'result' }>>((resolve) => {
      const s = ++seq;
      pending.set(s, resolve);
      worker.postMessage({ type: 'call', seq: s, method, args } satisfies ToWorker);
    }).then((m) => m.result);
  return {
    api: createApiProxy(send),
    onEvent,
    close: () =>
      new Promise<void>((resolve) => {
        closed = resolve;
        worker.postMessage({ type: 'close' } satisfies ToWorker);
        setTimeout(() => void worker.terminate().then(() => resolve()), 2000).unref();
      }),
  };
}
