import type { ApiMethod } from '../../shared/api';
import type { ApiErrorData, Result } from '../../shared/errors';
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
export type ToWorker = { type: 'call'; seq: number; method: ApiMethod; args: unknown[] } | { type: 'close' };

/** Messages from the worker to the host thread. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'initError'; error: ApiErrorData }
  | { type: 'result'; seq: number; result: Result<unknown> }
  | { type: 'event'; event: ParallaxEvent }
  | { type: 'closed' };
