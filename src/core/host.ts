import { Worker } from 'node:worker_threads';
import { isApiMethod, type ParallaxApi } from '../shared/api';
import { ApiError, type ErrorCode, type Result } from '../shared/errors';
import type { EventListener, ParallaxEvent } from '../shared/events';
import { createApiProxy, dispatch } from '../shared/rpc';
import { closeLibrary, openLibraryLive } from './library';
import { createParallaxService } from './service';
import type { FromWorker, ToWorker, WorkerInit } from './worker/protocol';

/** A call's `Result` as JSON text, with what a host decides by (its HTTP status) read off it. */
export interface TextResult {
  ok: boolean;
  code?: ErrorCode;
  text: string;
}

/** A running library as a host sees it. */
export interface LibraryHandle {
  api: ParallaxApi;
  /** `only`: the event types this listener reads; others are not made into objects for it. */
  onEvent(listener: EventListener, only?: readonly ParallaxEvent['type'][]): () => void;
  /**
   * A call answered as JSON text, for a host that only writes the answer out (the browser
   * host): an import's answer lists every report it added, and as objects it would be read
   * into the host's heap only to be written out again. Absent where the library runs in the
   * host's thread.
   */
  callText?(method: string, args: unknown): Promise<TextResult>;
  /** Every event as the JSON text of the event (see `callText`). */
  onEventText?(listener: (text: string) => void): () => void;
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
  const listeners = new Map<EventListener, readonly ParallaxEvent['type'][] | undefined>();
  const emit = (event: ParallaxEvent) => listeners.forEach((only, l) => (!only || only.includes(event.type)) && l(event));
  const onEvent = (l: EventListener, only?: readonly ParallaxEvent['type'][]) => {
    listeners.set(l, only);
    return () => void listeners.delete(l);
  };
  if (!opts.workerFile) {
    const { db, rebuild } = await openLibraryLive({ path: opts.path, seedDir: opts.seedDir, emit, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
    const api = createParallaxService({ db, emit, rebuild, host: opts.host, libraryPath: opts.path, version: opts.version, extractWorkerFile: opts.extractWorkerFile });
    return { api, onEvent, close: async () => closeLibrary(db) };
  }
  const { workerFile, ...init } = opts;
  const worker = new Worker(workerFile, { workerData: init satisfies WorkerInit });
  const pending = new Map<number, (m: Extract<FromWorker, { type: 'result' | 'resultText' }>) => void>();
  const textListeners = new Set<(text: string) => void>();
  // Parsed once, and only when an object listener reads events of this kind.
  const emitText = (kind: ParallaxEvent['type'], text: string) => {
    textListeners.forEach((l) => l(text));
    let event: ParallaxEvent | undefined;
    listeners.forEach((only, l) => {
      if (only && !only.includes(kind)) return;
      event ??= JSON.parse(text) as ParallaxEvent;
      l(event);
    });
  };
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
        case 'resultText':
          pending.get(m.seq)?.(m);
          pending.delete(m.seq);
          return;
        case 'event':
          return emitText(m.kind, m.text);
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
  const call = (method: Parameters<Parameters<typeof createApiProxy>[0]>[0], args: unknown[], asText: boolean) =>
    new Promise<Extract<FromWorker, { type: 'result' | 'resultText' }>>((resolve) => {
      const s = ++seq;
      pending.set(s, resolve);
      worker.postMessage({ type: 'call', seq: s, method, args, ...(asText ? { asText } : {}) } satisfies ToWorker);
    });
  const send = (method: Parameters<typeof call>[0], args: unknown[]) =>
    call(method, args, false).then((m) => (m.type === 'result' ? m.result : (JSON.parse(m.text) as Result<unknown>)));
  const callText = async (method: string, args: unknown): Promise<TextResult> => {
    if (!isApiMethod(method) || !Array.isArray(args)) {
      // Refused here as the library thread would refuse it (the same `dispatch`).
      const result = await dispatch({} as ParallaxApi, method, args);
      return { ok: result.ok, ...(result.ok ? {} : { code: result.error.code }), text: JSON.stringify(result) };
    }
    const m = await call(method, args, true);
    if (m.type === 'resultText') return { ok: m.ok, ...(m.code ? { code: m.code } : {}), text: m.text };
    // A worker failure answers every call as an object.
    return { ok: m.result.ok, ...(m.result.ok ? {} : { code: m.result.error.code }), text: JSON.stringify(m.result) };
  };
  return {
    api: createApiProxy(send),
    onEvent,
    callText,
    onEventText: (l) => {
      textListeners.add(l);
      return () => void textListeners.delete(l);
    },
    close: () =>
      new Promise<void>((resolve) => {
        closed = resolve;
        worker.postMessage({ type: 'close' } satisfies ToWorker);
        setTimeout(() => void worker.terminate().then(() => resolve()), 2000).unref();
      }),
  };
}
