import type { ApiMethod } from '../../shared/api';
import type { ApiErrorData, ErrorCode, Result } from '../../shared/errors';
import type { ParallaxEvent } from '../../shared/events';
import type { AppInfo } from '../../shared/api';

/** Everything the worker needs to open the library; passed as `workerData`. */
export interface WorkerInit {
  path: string;
  seedDir: string | null;
  host: AppInfo['host'];
  version: string;
  nativeBinding?: string;
  /** The built extraction worker beside this one, for large ingests. */
  extractWorkerFile?: string;
}

/** Messages from the host thread to the worker. */
export type ToWorker =
  | { type: 'call'; seq: number; method: ApiMethod; args: unknown[] }
  /** A call as the browser host received it: the method's name and the request's JSON body, unread. */
  | { type: 'callJson'; seq: number; method: string; body: Uint8Array }
  | { type: 'close' };

/**
 * The answer to a `callJson`: the `Result` as UTF-8 JSON with what an HTTP status needs, or
 * `badJson` when the body was not JSON (nothing was called).
 */
export type JsonAnswer = { badJson: true } | { badJson?: false; ok: boolean; code: ErrorCode | null; json: Uint8Array };

/** Messages from the worker to the host thread. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'initError'; error: ApiErrorData }
  | { type: 'result'; seq: number; result: Result<unknown> }
  | { type: 'jsonResult'; seq: number; answer: JsonAnswer }
  | { type: 'event'; event: ParallaxEvent }
  | { type: 'closed' };
