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

/**
 * Messages from the host thread to the worker. `asText`: answer with the `Result` as JSON text
 * (`resultText`), for a host that only writes it out (the browser host).
 */
export type ToWorker = { type: 'call'; seq: number; method: ApiMethod; args: unknown[]; asText?: boolean } | { type: 'close' };

/** Messages from the worker to the host thread. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'initError'; error: ApiErrorData }
  | { type: 'result'; seq: number; result: Result<unknown> }
  /** The answer to a call `asText`: the `Result` envelope as JSON, with what a host needs of it unread. */
  | { type: 'resultText'; seq: number; ok: boolean; code?: ErrorCode; text: string }
  /**
   * An event as JSON text: the browser host writes it out as it is, and only a listener that
   * asked for this `kind` reads it back into an object (an import's `ingestDone` lists every
   * report it added: some 2 MB at 10,000, which the host held as objects before).
   */
  | { type: 'event'; kind: ParallaxEvent['type']; text: string }
  | { type: 'closed' };
